// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <usage/exportimporter.h>
#include <usage/importpipeline.h>

#include <QThread>

namespace LicenseCore {

ExportImporter::ExportImporter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LicenseCore::ImportProgress>();
    qRegisterMetaType<LicenseCore::UsageSnapshotPtr>();
    qRegisterMetaType<LicenseCore::Error>();
}

ExportImporter::~ExportImporter()
{
    stopWorker();
}

void ExportImporter::stopWorker()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    // The import checks the flag between entries, so this returns within one entry's parse.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ExportImporter::start(const QString &path, const ImportOptions &options)
{
    stopWorker();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    auto cancel = m_cancel;
    // The destructor joins the thread, so `this` outlives it; events queued to a deleted object are dropped.
    m_thread = QThread::create([this, path, options, cancel, generation] {
        auto post = [this, generation](auto &&function) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, function = std::forward<decltype(function)>(function)] {
                    if (m_generation == generation)
                        function(this);
                },
                Qt::QueuedConnection);
        };
        Result<UsageSnapshotPtr> result = importExport(
            path, options,
            [&post](const ImportProgress &progress) {
                post([progress](ExportImporter *importer) { Q_EMIT importer->progressChanged(progress); });
            },
            cancel.get());
        if (result) {
            UsageSnapshotPtr store = result.value();
            post([store](ExportImporter *importer) {
                importer->finishedThread();
                Q_EMIT importer->finished(store);
            });
        } else {
            Error error = result.error();
            post([error](ExportImporter *importer) {
                importer->finishedThread();
                Q_EMIT importer->failed(error);
            });
        }
    });
    m_thread->setObjectName(QStringLiteral("ExportImporter"));
    m_thread->start();
}

void ExportImporter::finishedThread()
{
    // The worker posts its result as its last act; joining it here takes no time worth mentioning.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ExportImporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ExportImporter::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace LicenseCore
