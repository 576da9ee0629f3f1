// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logcapture.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace TestSupport {

namespace {

QMutex mutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;
bool installed = false;
bool forwardDebugMessages = false;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&mutex);
        captured.append(message);
    }
    if (previousHandler && (type != QtDebugMsg || forwardDebugMessages))
        previousHandler(type, context, message);
}

} // namespace

void LogCapture::install(bool forwardDebug)
{
    forwardDebugMessages = forwardDebug;
    if (installed)
        return;
    previousHandler = qInstallMessageHandler(capture);
    installed = true;
}

void LogCapture::uninstall()
{
    if (!installed)
        return;
    qInstallMessageHandler(previousHandler);
    previousHandler = nullptr;
    installed = false;
}

QStringList LogCapture::lines()
{
    const QMutexLocker locker(&mutex);
    return captured;
}

} // namespace TestSupport
