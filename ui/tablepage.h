// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <usage/environmentnames.h>
#include <usage/usagesnapshot.h>

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace LicenseUi {

class OpenDocument;
class UsageFilterProxyModel;

// A sortable table over one of the usage models, with a text filter and an environment filter above it.
// Pages may add their own controls (resolution, host mode) to the filter row. The environment filter offers the
// environments of the open document; the model follows the document on its own.
class TablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePage)

public:
    TablePage(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent = nullptr);
    ~TablePage() override;

    // Follows the document's environments. Connect the model to the document first: the columns are sized to
    // the rows of a new snapshot.
    void setDocument(const OpenDocument *document);
    void addFilterWidget(const QString &label, QWidget *widget);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] UsageFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QComboBox *environmentCombo() const { return m_environment; }
    // The environments the table shows; empty when all are shown.
    [[nodiscard]] QSet<QString> environmentFilter() const;

private:
    void showDocument();
    void setEnvironments(const QStringList &environmentIds, const LicenseCore::EnvironmentNames &names);
    void applyEnvironment();

    QPointer<const OpenDocument> m_document;
    LicenseCore::UsageSnapshotPtr m_store; // whose environments are offered
    LicenseCore::EnvironmentNames m_names;

    UsageFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_environment = nullptr;
    QHBoxLayout *m_filterRow = nullptr;
};

} // namespace LicenseUi
