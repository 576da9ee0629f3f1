// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace LicenseCore {

// Installs the translators for `locale`, the system's unless a setting says otherwise: the program's own
// catalogue (compiled in under :/i18n), then Qt's and QtKeychain's from where the system keeps them. Call once,
// right after the application object is created and before any text is shown. The translators are children of
// `app`.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace LicenseCore
