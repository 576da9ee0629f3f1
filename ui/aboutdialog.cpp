// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

const QString ProgramName = QStringLiteral("License Usage Explorer");
const QString LicenseUrl = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");

QLabel *textLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString sourceName(const LibraryVersion &library)
{
    switch (library.source) {
    case LibraryVersion::Source::Runtime:
        return library.detail.isEmpty() ? AboutDialog::tr("Reported by the library")
                                        : AboutDialog::tr("Reported by the library (%1)").arg(library.detail);
    case LibraryVersion::Source::LoadedFile:
        return AboutDialog::tr("Loaded file %1").arg(library.detail);
    case LibraryVersion::Source::CompileTime:
        return library.detail.isEmpty() ? AboutDialog::tr("Built against; not found at run time")
                                        : AboutDialog::tr("Built against (%1)").arg(library.detail);
    case LibraryVersion::Source::Unavailable:
        return AboutDialog::tr("Not available");
    }
    return {};
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : AboutDialog(libraryVersions(), parent)
{}

AboutDialog::AboutDialog(const QList<LibraryVersion> &libraries, QWidget *parent)
    : QDialog(parent)
    , m_libraryVersions(libraries)
{
    setWindowTitle(tr("About License Usage Explorer"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    const QIcon icon = QApplication::windowIcon();
    if (!icon.isNull()) {
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon.pixmap(64, 64));
        iconLabel->setAlignment(Qt::AlignTop);
        header->addWidget(iconLabel);
    }
    auto *titles = new QVBoxLayout;
    auto *name = textLabel(ProgramName, this);
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.5);
    name->setFont(big);
    name->setAccessibleName(tr("Program name"));
    titles->addWidget(name);
    m_version = textLabel(tr("Version %1").arg(QStringLiteral(LUE_VERSION)), this);
    m_version->setObjectName(QStringLiteral("version"));
    m_version->setAccessibleName(tr("Version"));
    titles->addWidget(m_version);
    header->addLayout(titles, 1);
    layout->addLayout(header);

    layout->addWidget(textLabel(tr("Explore Dynatrace Managed license consumption exports: host units, DEM units, "
                                   "DDUs and more, per environment and hour."),
                                this));
    layout->addWidget(textLabel(tr("Host units and DEM units are estimates computed from the export's inputs, not "
                                   "billed figures."),
                                this));

    m_license = new QLabel(this);
    m_license->setObjectName(QStringLiteral("license"));
    m_license->setTextFormat(Qt::RichText);
    m_license->setOpenExternalLinks(true);
    m_license->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_license->setText(
        tr("License: %1").arg(QStringLiteral("<a href=\"%1\">GPL-3.0-or-later</a>").arg(LicenseUrl.toHtmlEscaped())));
    m_license->setToolTip(LicenseUrl);
    m_license->setAccessibleName(tr("License: GPL-3.0-or-later"));
    layout->addWidget(m_license);

    layout->addWidget(textLabel(tr("Libraries in use:"), this));
    m_libraries = new QTableWidget(int(m_libraryVersions.size()), 3, this);
    m_libraries->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Source of the version")});
    m_libraries->setAccessibleName(tr("Libraries in use"));
    m_libraries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_libraries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_libraries->verticalHeader()->hide();
    m_libraries->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_libraryVersions.size(); ++row) {
        const LibraryVersion &library = m_libraryVersions.at(row);
        m_libraries->setItem(row, 0, new QTableWidgetItem(library.library));
        m_libraries->setItem(row, 1, new QTableWidgetItem(library.version.isEmpty() ? tr("unknown") : library.version));
        m_libraries->setItem(row, 2, new QTableWidgetItem(sourceName(library)));
    }
    m_libraries->resizeColumnsToContents();
    m_libraries->horizontalHeader()->setStretchLastSection(true);
    m_libraries->setMinimumWidth(560);
    // Every library visible without scrolling.
    m_libraries->setMinimumHeight(m_libraries->horizontalHeader()->sizeHint().height() +
                                  m_libraries->rowCount() * m_libraries->verticalHeader()->defaultSectionSize() +
                                  2 * m_libraries->frameWidth());
    layout->addWidget(m_libraries, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    m_copy->setToolTip(tr("Copy the versions as text, for a bug report"));
    m_copy->setAccessibleName(tr("Copy version information"));
    connect(m_copy, &QPushButton::clicked, this, &AboutDialog::copyVersionInfo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    QString text = versionReport(ProgramName, QStringLiteral(LUE_VERSION), m_libraryVersions);
    text += QStringLiteral("System %1, %2, kernel %3 %4, Qt platform %5\n")
                .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QSysInfo::kernelType(),
                     QSysInfo::kernelVersion(), QGuiApplication::platformName());
    return text;
}

void AboutDialog::copyVersionInfo()
{
    QGuiApplication::clipboard()->setText(versionText());
    m_copy->setText(tr("Copied"));
}

} // namespace LicenseUi
