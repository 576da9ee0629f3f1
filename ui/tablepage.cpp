// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepage.h"

#include "models/itemroles.h"
#include "models/usagefilterproxymodel.h"
#include "opendocument.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace LicenseUi {

namespace {

// Rows measured besides those in view when the columns are sized to their contents.
constexpr int ColumnSizingRows = 20;

} // namespace

TablePage::TablePage(QAbstractItemModel *model, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new UsageFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Filter…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter rows by text"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &UsageFilterProxyModel::setSearchText);

    m_environment = new QComboBox(this);
    m_environment->setAccessibleName(tr("Filter by environment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &TablePage::applyEnvironment);

    m_filterRow = new QHBoxLayout;
    m_filterRow->addWidget(m_search, 1);
    auto *environmentLabel = new QLabel(tr("&Environment"), this);
    environmentLabel->setBuddy(m_environment);
    m_filterRow->addWidget(environmentLabel);
    m_filterRow->addWidget(m_environment);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(accessibleName);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_view);
    setEnvironments({}, {});
}

TablePage::~TablePage() = default;

void TablePage::setDocument(const OpenDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &OpenDocument::changed, this, &TablePage::showDocument);
    showDocument();
}

void TablePage::showDocument()
{
    const OpenDocument *document = m_document.data();
    const LicenseCore::UsageSnapshotPtr store = document ? document->snapshot() : nullptr;
    const LicenseCore::EnvironmentNames names =
        document ? document->environmentNames() : LicenseCore::EnvironmentNames();
    // Nothing to offer before the first snapshot, and nothing new after a change elsewhere (a license): sizing
    // the columns again would undo the user's widths.
    if (!store || (store == m_store && names == m_names))
        return;
    m_store = store;
    m_names = names;
    setEnvironments(store->environmentIds(), names);
}

void TablePage::setEnvironments(const QStringList &environmentIds, const LicenseCore::EnvironmentNames &names)
{
    const QString current = m_environment->currentData().toString();
    QSignalBlocker blocker(m_environment);
    m_environment->clear();
    m_environment->addItem(tr("All environments"), QString());
    for (const QString &id : environmentIds) {
        const QString name = names.value(id);
        m_environment->addItem(name.isEmpty() ? id : name, id);
        m_environment->setItemData(m_environment->count() - 1, id, Qt::ToolTipRole);
    }
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(current)));
    applyEnvironment();
    // Sized from the first rows only, so this stays cheap on a year of data: every cell measured lays out its text.
    m_view->horizontalHeader()->setResizeContentsPrecision(ColumnSizingRows);
    m_view->resizeColumnsToContents();
}

void TablePage::addFilterWidget(const QString &label, QWidget *widget)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(widget);
    m_filterRow->addWidget(caption);
    m_filterRow->addWidget(widget);
}

QSet<QString> TablePage::environmentFilter() const
{
    const QString id = m_environment->currentData().toString();
    return id.isEmpty() ? QSet<QString>() : QSet<QString>{id};
}

void TablePage::applyEnvironment()
{
    const QString id = m_environment->currentData().toString();
    if (id.isEmpty())
        m_proxy->clearEnvironmentFilter();
    else
        m_proxy->setEnvironmentFilter({id});
}

} // namespace LicenseUi
