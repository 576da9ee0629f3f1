// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chargebackpage.h"

#include "models/costcentremodel.h"
#include "models/ratecardmodel.h"

#include <application/appsettings.h>
#include <application/historyservice.h>
#include <history/historystore.h>
#include <report/chargebackcalculator.h>
#include <report/chargebackcsv.h>
#include <report/chargebackpdf.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

// What the history's thread hands back: the statements, or why there are none, and the environments to map.
struct Computation
{
    std::optional<ChargebackStatement> statement;
    Error error;
    QList<CostCentreModel::Environment> environments;
};

// The report room's messages start in lower case, as the command line prints them after "error: "; on the page
// they stand alone.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

qint64 utcMs(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The rate card a new page starts with: one version from last month, the period a new page shows (a version from
// this month would greet the user with "no prices" for it), nothing priced yet.
RateCard startingCard()
{
    RateCard card;
    RateVersion version;
    const QDate lastMonth = QDate::currentDate().addMonths(-1);
    version.fromYear = lastMonth.year();
    version.fromMonth = lastMonth.month();
    card.versions.append(version);
    return card;
}

} // namespace

ChargebackPage::ChargebackPage(HistoryService *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_rateCard(new RateCardModel(this))
    , m_costCentres(new CostCentreModel(this))
    , m_cluster(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_currency(new QLineEdit(this))
    , m_tagKey(new QLineEdit(QString::fromLatin1(CostCentreMapping::DefaultTagKey), this))
    , m_rateView(new QTableView(this))
    , m_mappingView(new QTableView(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_rateCardFileLabel(new QLabel(this))
    , m_mappingHint(new QLabel(this))
    , m_saveCsv(new QPushButton(tr("Save &CSV…"), this))
    , m_savePdf(new QPushButton(tr("Save &PDF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_computeTimer(new QTimer(this))
{
    // A month is the usual period: the last whole one.
    const QDate firstOfMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(firstOfMonth.addMonths(-1));
    m_to->setDate(firstOfMonth);

    auto *periodForm = new QFormLayout;
    periodForm->addRow(tr("C&luster:"), m_cluster);
    periodForm->addRow(tr("&From:"), m_from);
    //: The end of the period; that day is not included.
    periodForm->addRow(tr("&Until (excluded):"), m_to);

    m_currency->setMaxLength(3);
    m_rateView->setModel(m_rateCard);
    m_rateView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rateView->verticalHeader()->hide();
    auto *addVersion = new QPushButton(tr("&Add price change"), this);
    auto *removeVersion = new QPushButton(tr("Re&move"), this);
    auto *loadRates = new QPushButton(tr("&Load…"), this);
    auto *saveRates = new QPushButton(tr("&Save…"), this);
    saveRates->setToolTip(tr("Save the rate card as a JSON file, which the command line reads too."));
    auto *rateButtons = new QHBoxLayout;
    rateButtons->addWidget(new QLabel(tr("Currency:"), this));
    rateButtons->addWidget(m_currency);
    rateButtons->addStretch();
    for (QPushButton *button : {addVersion, removeVersion, loadRates, saveRates})
        rateButtons->addWidget(button);
    auto *rateBox = new QGroupBox(tr("Rate card"), this);
    auto *rateLayout = new QVBoxLayout(rateBox);
    rateLayout->addLayout(rateButtons);
    rateLayout->addWidget(m_rateView);
    m_rateCardFileLabel->setWordWrap(true);
    m_rateCardFileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rateLayout->addWidget(m_rateCardFileLabel);

    m_mappingView->setModel(m_costCentres);
    m_mappingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    m_mappingView->verticalHeader()->hide();
    auto *loadMapping = new QPushButton(tr("Load &mapping…"), this);
    auto *saveMapping = new QPushButton(tr("Save ma&pping…"), this);
    auto *mappingButtons = new QHBoxLayout;
    mappingButtons->addWidget(new QLabel(tr("Tag &key:"), this));
    mappingButtons->addWidget(m_tagKey);
    mappingButtons->addStretch();
    mappingButtons->addWidget(loadMapping);
    mappingButtons->addWidget(saveMapping);
    auto *mappingBox = new QGroupBox(tr("Cost centres"), this);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addLayout(mappingButtons);
    mappingLayout->addWidget(m_mappingView);
    mappingLayout->addWidget(m_mappingHint);

    auto *inputs = new QWidget(this);
    auto *inputsLayout = new QVBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);
    inputsLayout->addLayout(periodForm);
    inputsLayout->addWidget(rateBox, 1);
    inputsLayout->addWidget(mappingBox, 2);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(inputs);
    splitter->addWidget(m_preview);
    // The inputs get the room their tables need (the rate card has seven columns); the preview wraps.
    splitter->setSizes({740, 520});

    m_status->setWordWrap(true);
    m_mappingHint->setWordWrap(true);
    m_mappingHint->setVisible(false);
    auto *outputButtons = new QHBoxLayout;
    outputButtons->addWidget(m_status, 1);
    outputButtons->addWidget(m_saveCsv);
    outputButtons->addWidget(m_savePdf);
    outputButtons->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(outputButtons);

    // Edits come in bursts (typing a price): one computation after they settle.
    m_computeTimer->setSingleShot(true);
    m_computeTimer->setInterval(150);
    connect(m_computeTimer, &QTimer::timeout, this, &ChargebackPage::compute);
    restoreInputs();
    connect(m_rateCard, &RateCardModel::cardChanged, this, &ChargebackPage::scheduleCompute);
    connect(m_costCentres, &CostCentreModel::mappingChanged, this, &ChargebackPage::scheduleCompute);
    connect(m_rateCard, &RateCardModel::cardChanged, this, [this] {
        if (m_restoring)
            return;
        m_rateCardSaved = false;
        showRateCardFile();
        keepInputs();
    });
    connect(m_costCentres, &CostCentreModel::mappingChanged, this, [this] {
        showMappingHint();
        if (!m_restoring)
            keepInputs();
    });
    connect(m_cluster, &QComboBox::currentIndexChanged, this, &ChargebackPage::scheduleCompute);
    connect(m_from, &QDateEdit::dateChanged, this, &ChargebackPage::scheduleCompute);
    connect(m_to, &QDateEdit::dateChanged, this, &ChargebackPage::scheduleCompute);
    connect(m_currency, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_rateCard->setCurrency(text.trimmed().toUpper()); });
    connect(m_tagKey, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_costCentres->setTagKey(text.trimmed());
        keepInputs();
    });
    connect(addVersion, &QPushButton::clicked, m_rateCard, &RateCardModel::addVersion);
    connect(removeVersion, &QPushButton::clicked, this,
            [this] { m_rateCard->removeVersion(m_rateView->currentIndex().row()); });
    connect(loadRates, &QPushButton::clicked, this, [this] {
        askForFile(false, tr("Load Rate Card"), tr("Rate cards (*.json)"), QStringLiteral("json"),
                   [this](const QString &path) {
                       if (const Status status = loadRateCard(path); status.isError())
                           showStatus(status.message(), true);
                   });
    });
    connect(saveRates, &QPushButton::clicked, this, [this] {
        askForFile(true, tr("Save Rate Card"), tr("Rate cards (*.json)"), QStringLiteral("json"),
                   [this](const QString &path) {
                       if (const Status status = saveRateCard(path); status.isError())
                           showStatus(status.message(), true);
                   });
    });
    connect(loadMapping, &QPushButton::clicked, this, [this] {
        askForFile(false, tr("Load Cost-Centre Mapping"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                   [this](const QString &path) {
                       const Result<QList<ManualCostCentre>> manual = CostCentreMapping::load(path);
                       if (!manual)
                           showStatus(manual.error().message(), true);
                       else
                           m_costCentres->setManual(manual.value());
                   });
    });
    connect(saveMapping, &QPushButton::clicked, this, [this] {
        askForFile(true, tr("Save Cost-Centre Mapping"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                   [this](const QString &path) {
                       QSaveFile file(path);
                       const QByteArray csv = CostCentreMapping::toCsv(m_costCentres->manual());
                       if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
                           showStatus(Error{ErrorCode::FileUnwritable, file.errorString(), path}.message(), true);
                   });
    });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] {
        askForFile(true, tr("Save Statements as CSV"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
                   [this](const QString &path) {
                       if (const Status status = saveCsv(path); status.isError())
                           showStatus(status.message(), true);
                   });
    });
    connect(m_savePdf, &QPushButton::clicked, this, [this] {
        askForFile(true, tr("Save Statements as PDF"), tr("PDF files (*.pdf)"), QStringLiteral("pdf"),
                   [this](const QString &path) {
                       if (const Status status = savePdf(path); status.isError())
                           showStatus(status.message(), true);
                   });
    });
    connect(m_print, &QPushButton::clicked, this, &ChargebackPage::print);
    if (m_history) {
        // New hours or another store: the clusters, and the statements, may differ.
        connect(m_history, &HistoryService::opened, this, &ChargebackPage::reload);
        connect(m_history, &HistoryService::ingested, this, &ChargebackPage::reload);
        connect(m_history, &HistoryService::changed, this, &ChargebackPage::reload);
    }
    updateButtons();
    reload();
}

ChargebackPage::~ChargebackPage() = default;

void ChargebackPage::restoreInputs()
{
    const ChargebackSettings kept = loadChargebackSettings(QSettings());
    m_restoring = true;
    m_rateCardFile = kept.rateCardFile;
    const Result<RateCard> fromFile = m_rateCardFile.isEmpty()
                                          ? Result<RateCard>(Error{ErrorCode::FileNotFound, {}, {}})
                                          : RateCard::load(m_rateCardFile);
    // The card as last edited wins over its file: edits not saved to the file are not lost by a restart.
    const RateCard card = kept.rateCard ? *kept.rateCard : fromFile ? fromFile.value() : startingCard();
    m_rateCardSaved = fromFile && fromFile.value() == card;
    m_rateCard->setCard(card);
    m_currency->setText(card.currency);
    m_tagKey->setText(kept.tagKey);
    m_costCentres->setTagKey(kept.tagKey);
    m_costCentres->setManual(kept.manualCostCentres);
    m_restoring = false;
    showRateCardFile();
}

void ChargebackPage::keepInputs() const
{
    ChargebackSettings kept;
    // A card being typed into (a currency of two letters, say) is not valid yet: the last valid one is kept.
    const RateCard card = m_rateCard->card();
    if (!card.validate().isError())
        kept.rateCard = card;
    else
        kept.rateCard = loadChargebackSettings(QSettings()).rateCard;
    kept.rateCardFile = m_rateCardFile;
    kept.manualCostCentres = m_costCentres->manual();
    kept.tagKey = m_tagKey->text().trimmed();
    QSettings settings;
    saveChargebackSettings(settings, kept);
}

void ChargebackPage::showRateCardFile()
{
    if (m_rateCardFile.isEmpty()) {
        m_rateCardFileLabel->setText(
            tr("This rate card is not saved to a file yet; save it to use it on the command line as well."));
    } else if (m_rateCardSaved) {
        //: %1 is a file path.
        m_rateCardFileLabel->setText(tr("Rate card file: %1").arg(QDir::toNativeSeparators(m_rateCardFile)));
    } else {
        //: %1 is a file path.
        m_rateCardFileLabel->setText(
            tr("Rate card file: %1 (changed here, not saved)").arg(QDir::toNativeSeparators(m_rateCardFile)));
    }
}

Status ChargebackPage::loadRateCard(const QString &path)
{
    const Result<RateCard> card = RateCard::load(path);
    if (!card)
        return card.error();
    m_rateCardFile = QFileInfo(path).absoluteFilePath();
    m_rateCard->setCard(card.value());
    m_currency->setText(card.value().currency);
    m_rateCardSaved = true;
    showRateCardFile();
    keepInputs();
    return {};
}

Status ChargebackPage::saveRateCard(const QString &path)
{
    const RateCard card = m_rateCard->card();
    if (const Status valid = card.validate(); valid.isError())
        return valid;
    if (const Status saved = card.save(path); saved.isError())
        return saved;
    m_rateCardFile = QFileInfo(path).absoluteFilePath();
    m_rateCardSaved = true;
    showRateCardFile();
    keepInputs();
    return {};
}

void ChargebackPage::reload()
{
    if (!m_history)
        return;
    m_history->read<QStringList>(
        this,
        [](const HistoryStore &store) {
            QStringList uuids;
            const Result<QList<StoredCluster>> clusters = store.clusters();
            if (clusters) {
                for (const StoredCluster &cluster : clusters.value())
                    uuids.append(cluster.uuid);
            }
            return uuids;
        },
        [this](const QStringList &uuids) {
            const QString current = m_cluster->currentText();
            const QSignalBlocker blocker(m_cluster);
            m_cluster->clear();
            m_cluster->addItems(uuids);
            if (uuids.contains(current))
                m_cluster->setCurrentText(current);
            scheduleCompute();
        });
}

void ChargebackPage::setPeriod(const QDate &from, const QDate &toExcluded)
{
    m_from->setDate(from);
    m_to->setDate(toExcluded);
}

Status ChargebackPage::saveCsv(const QString &path) const
{
    if (!m_statement)
        return Error{ErrorCode::NoUsageData, tr("There are no statements to save."), path};
    return ChargebackCsv::save(path, *m_statement);
}

Status ChargebackPage::savePdf(const QString &path) const
{
    if (!m_statement)
        return Error{ErrorCode::NoUsageData, tr("There are no statements to save."), path};
    return ChargebackPdf::save(path, *m_statement,
                               {m_statement->clusterUuid, QDateTime::currentMSecsSinceEpoch(), locale()});
}

void ChargebackPage::scheduleCompute()
{
    m_computeTimer->start();
}

void ChargebackPage::compute()
{
    const quint64 request = ++m_request;
    const QString cluster = m_cluster->currentText();
    const HourRange period{utcMs(m_from->date()), utcMs(m_to->date())};
    if (!m_history || cluster.isEmpty() || period.isEmpty()) {
        m_statement.reset();
        const QString problem = cluster.isEmpty()
                                    ? tr("The history holds no cluster yet: import or sync exports first.")
                                    : tr("The period is empty: its end must come after its start.");
        showStatus(problem, true);
        showPreviewHint(cluster.isEmpty() ? tr("Open license exports (File menu) or sync a cluster (Cluster menu): "
                                               "the statements of the period are shown here.")
                                          : problem);
        m_costCentres->setEnvironments({});
        showMappingHint();
        updateButtons();
        Q_EMIT computed();
        return;
    }
    const RateCard card = m_rateCard->card();
    const CostCentreMapping mapping = m_costCentres->mapping();
    m_history->read<Computation>(
        this,
        [cluster, period, card, mapping](const HistoryStore &store) {
            Computation result;
            const Result<UsageSnapshotPtr> snapshot = store.snapshot(cluster, period, RuleSettings{});
            const Result<QList<StoredEnvironment>> environments = store.environments(cluster);
            if (!snapshot || !environments) {
                result.error = snapshot ? environments.error() : snapshot.error();
                return result;
            }
            ChargebackCalculator::Input input;
            input.snapshot = snapshot.value();
            input.period = period;
            input.rates = card;
            QHash<QString, QStringList> tags;
            for (const StoredEnvironment &environment : environments.value()) {
                result.environments.append({environment.id, environment.name, environment.tags});
                tags.insert(environment.id, environment.tags);
                input.knownEnvironments.insert(environment.id);
                input.names.insert(environment.id, environment.name);
            }
            // Environments in the period that the cluster did not list (yet): they are mapped too.
            for (const QString &id : snapshot.value()->environmentIds()) {
                if (!input.knownEnvironments.contains(id))
                    result.environments.append({id, {}, {}});
            }
            // The manual entries of other clusters' environments are kept for those clusters, not used here.
            QList<ManualCostCentre> manual;
            for (const ManualCostCentre &entry : mapping.manual()) {
                if (input.knownEnvironments.contains(entry.environmentId) ||
                    snapshot.value()->environmentIndex(entry.environmentId) >= 0)
                    manual.append(entry);
            }
            input.mapping = CostCentreMapping(mapping.tagKey(), tags, manual);
            Result<ChargebackStatement> statement = ChargebackCalculator::compute(input);
            if (statement)
                result.statement = std::move(statement).value();
            else
                result.error = statement.error();
            return result;
        },
        [this, request](const Computation &result) {
            if (request != m_request)
                return;
            m_costCentres->setEnvironments(result.environments);
            showMappingHint();
            m_statement = result.statement;
            if (m_statement) {
                setPreview(ChargebackPdf::document(
                    *m_statement, {m_statement->clusterUuid, QDateTime::currentMSecsSinceEpoch(), locale()}));
                //: %1 is an amount, %2 a currency code.
                showStatus(tr("Total for the period: %1 %2")
                               .arg(m_statement->amountText(m_statement->totalMinor), m_statement->currency),
                           false);
            } else {
                showStatus(result.error.message(), true);
                showPreviewHint(result.error.message() + QLatin1Char('\n') +
                                tr("Change the period, the rate card or the cost centres: the statements are shown "
                                   "here as soon as they can be made."));
            }
            updateButtons();
            Q_EMIT computed();
        });
}

void ChargebackPage::setPreview(QTextDocument *document)
{
    // The preview's first document belongs to the preview itself, which deletes it when replaced.
    QTextDocument *old = m_preview->document();
    if (old && old->parent() != m_preview)
        old = nullptr;
    document->setParent(m_preview);
    m_preview->setDocument(document);
    if (old && old != document)
        old->deleteLater();
}

void ChargebackPage::showPreviewHint(const QString &text)
{
    auto *document = new QTextDocument;
    document->setPlainText(sentence(text));
    setPreview(document);
}

void ChargebackPage::showMappingHint()
{
    QString hint;
    if (m_costCentres->rowCount() == 0) {
        hint = tr("The environments with hours in the period are listed here.");
    } else {
        const CostCentreMapping mapping = m_costCentres->mapping();
        bool anyAllocated = false;
        for (int row = 0; row < m_costCentres->rowCount() && !anyAllocated; ++row) {
            const QString id = m_costCentres->index(row, CostCentreModel::EnvironmentColumn).data().toString();
            anyAllocated = mapping.assign(id).source != CostCentreSource::None;
        }
        if (!anyAllocated) {
            //: %1 is a tag key such as "costcenter".
            hint = tr("No environment has a tag \"%1:…\", so all are Unallocated. Type a cost centre into the table, "
                      "load a mapping, or change the tag key. Tags are read by Sync.")
                       .arg(mapping.tagKey());
        }
    }
    m_mappingHint->setText(hint);
    m_mappingHint->setVisible(!hint.isEmpty());
}

void ChargebackPage::showStatus(const QString &text, bool problem)
{
    m_status->setText(sentence(text));
    m_status->setStyleSheet(problem ? QStringLiteral("color: palette(highlight)") : QString());
}

void ChargebackPage::askForFile(bool save, const QString &title, const QString &filter, const QString &suffix,
                                std::function<void(const QString &)> chosen)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(suffix);
    connect(dialog, &QFileDialog::fileSelected, this, std::move(chosen));
    dialog->open();
}

void ChargebackPage::updateButtons()
{
    const bool ready = m_statement.has_value();
    m_saveCsv->setEnabled(ready);
    m_savePdf->setEnabled(ready);
    m_print->setEnabled(ready);
}

Status ChargebackPage::printTo(QPrinter &printer) const
{
    if (!m_statement)
        return Error{ErrorCode::NoUsageData, tr("There are no statements to print."), {}};
    ChargebackPdf::print(printer, *m_statement,
                         {m_statement->clusterUuid, QDateTime::currentMSecsSinceEpoch(), locale()});
    return {};
}

void ChargebackPage::print()
{
    if (!m_statement)
        return;
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageSize(ChargebackPdf::pageSizeFor(locale()));
    }
    auto *dialog = new QPrintDialog(m_printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (const Status status = printTo(*m_printer); status.isError())
            showStatus(status.message(), true);
    });
    dialog->open();
}

} // namespace LicenseUi
