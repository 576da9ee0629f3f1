// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <common/result.h>
#include <report/chargebackstatement.h>

#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace LicenseCore {
class HistoryService;
}

namespace LicenseUi {

class CostCentreModel;
class RateCardModel;

// Chargeback statements of a period of the history: the rate card (loaded, edited, saved as JSON), the cost
// centre of each environment (from its tag or entered by hand), a preview of the statements, and Save CSV, Save
// PDF and Print. The statements are computed on the history's thread (HistoryService::read) whenever an input
// changes; the page only shows them.
class ChargebackPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChargebackPage)

public:
    explicit ChargebackPage(LicenseCore::HistoryService *history, QWidget *parent = nullptr);
    ~ChargebackPage() override;

    // The clusters the history holds are read again (after an ingest or a sync).
    void reload();
    void setPeriod(const QDate &from, const QDate &toExcluded);
    // The last statements computed, if the inputs allowed one.
    [[nodiscard]] const std::optional<LicenseCore::ChargebackStatement> &statement() const { return m_statement; }

    [[nodiscard]] RateCardModel *rateCardModel() const { return m_rateCard; }
    [[nodiscard]] CostCentreModel *costCentreModel() const { return m_costCentres; }
    [[nodiscard]] QComboBox *clusterBox() const { return m_cluster; }
    [[nodiscard]] QLineEdit *currencyEdit() const { return m_currency; }
    [[nodiscard]] QLineEdit *tagKeyEdit() const { return m_tagKey; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }
    [[nodiscard]] QLabel *mappingHint() const { return m_mappingHint; }

    // The file writers behind Save CSV and Save PDF, for a path already chosen.
    [[nodiscard]] LicenseCore::Status saveCsv(const QString &path) const;
    [[nodiscard]] LicenseCore::Status savePdf(const QString &path) const;
    // Prints the statements on `printer` as it is set up (the Print button asks for it with the print dialog).
    [[nodiscard]] LicenseCore::Status printTo(QPrinter &printer) const;
    // The rate card file the page reads from and saves to: the one last loaded or saved; empty when none.
    [[nodiscard]] QString rateCardFile() const { return m_rateCardFile; }
    [[nodiscard]] LicenseCore::Status loadRateCard(const QString &path);
    [[nodiscard]] LicenseCore::Status saveRateCard(const QString &path);

Q_SIGNALS:
    // After each computation, with or without statements.
    void computed();

private:
    void scheduleCompute();
    void compute();
    void showStatus(const QString &text, bool problem);
    void askForFile(bool save, const QString &title, const QString &filter, const QString &suffix,
                    std::function<void(const QString &)> chosen);
    void updateButtons();
    void print();
    // The inputs are kept in the application settings on every change, so they come back after a restart.
    void restoreInputs();
    void keepInputs() const;
    void showRateCardFile();
    void showMappingHint();
    // Replaces the preview's document (it takes `document`).
    void setPreview(QTextDocument *document);
    // What the preview says while there are no statements: why, and what to do.
    void showPreviewHint(const QString &text);

    QPointer<LicenseCore::HistoryService> m_history;
    RateCardModel *m_rateCard = nullptr;
    CostCentreModel *m_costCentres = nullptr;
    QComboBox *m_cluster = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_currency = nullptr;
    QLineEdit *m_tagKey = nullptr;
    QTableView *m_rateView = nullptr;
    QTableView *m_mappingView = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rateCardFileLabel = nullptr;
    QLabel *m_mappingHint = nullptr;
    QString m_rateCardFile;
    bool m_rateCardSaved = true; // the card equals the file's
    bool m_restoring = false;
    QPushButton *m_saveCsv = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_print = nullptr;
    QTimer *m_computeTimer = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    std::optional<LicenseCore::ChargebackStatement> m_statement;
    quint64 m_request = 0; // answers to older requests are dropped
};

} // namespace LicenseUi
