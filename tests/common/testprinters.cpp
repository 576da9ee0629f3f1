// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testprinters.h"

#include <QByteArray>

namespace LicenseCore {

char *toString(HostMode mode)
{
    switch (mode) {
    case HostMode::FullStack:
        return qstrdup("FullStack");
    case HostMode::Infrastructure:
        return qstrdup("Infrastructure");
    case HostMode::PaaS:
        return qstrdup("PaaS");
    }
    return qstrdup("?");
}

} // namespace LicenseCore
