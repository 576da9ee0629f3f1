// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace LicenseCli {

// license-usage history import|csv|gaps|list|rebuild|forget: the local history every export lands in.
int runHistory(const QStringList &arguments);

} // namespace LicenseCli
