// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opendocument.h"

namespace LicenseUi {

using namespace LicenseCore;

OpenDocument::OpenDocument(QObject *parent)
    : QObject(parent)
{}

OpenDocument::~OpenDocument() = default;

void OpenDocument::open(UsageSnapshotPtr snapshot, const QString &exportPath, std::optional<HourRange> expectedRange)
{
    m_snapshot = std::move(snapshot);
    m_exportPath = exportPath;
    m_expectedRange = expectedRange;
    m_historyView.reset();
    Q_EMIT changed();
}

void OpenDocument::openHistory(const HistorySnapshot &view)
{
    m_snapshot = view.snapshot;
    m_exportPath = view.singleSourceCopy;
    m_expectedRange = view.range;
    m_historyView = view;
    Q_EMIT changed();
}

void OpenDocument::addEnvironmentNames(const EnvironmentNames &names)
{
    bool learnt = false;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        auto known = m_names.find(it.key());
        if (known == m_names.end()) {
            m_names.insert(it.key(), it.value());
            learnt = true;
        } else if (known.value() != it.value()) {
            known.value() = it.value();
            learnt = true;
        }
    }
    if (learnt)
        Q_EMIT changed();
}

void OpenDocument::follow(const OpenDocument &other)
{
    // A license that changed alone is taken over quietly: the pages that follow this way do not show it.
    m_license = other.m_license;
    if (m_snapshot == other.m_snapshot && m_exportPath == other.m_exportPath &&
        m_expectedRange == other.m_expectedRange && m_names == other.m_names &&
        m_historyView.has_value() == other.m_historyView.has_value() &&
        (!m_historyView || m_historyView->snapshot == other.m_historyView->snapshot))
        return;
    m_snapshot = other.m_snapshot;
    m_exportPath = other.m_exportPath;
    m_expectedRange = other.m_expectedRange;
    m_historyView = other.m_historyView;
    m_names = other.m_names;
    Q_EMIT changed();
}

void OpenDocument::setLicense(const ClusterLicense &license)
{
    m_license = license;
    Q_EMIT changed();
}

} // namespace LicenseUi
