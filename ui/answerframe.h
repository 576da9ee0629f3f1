// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagewidget.h"

#include <common/error.h>

#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace LicenseUi {

// What every answer page shows around its figures: its inputs in a form at the top, then a headline, an
// "estimate" label where the figures are estimated, a "How is this computed?" link that unfolds the method the
// result names, a message (a refusal, an error, "computing…"), the answer's own content and Save CSV.
class AnswerFrame final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerFrame)

public:
    // Writes the answer's CSV to a path; an Error when it could not.
    using CsvSaver = std::function<LicenseCore::Error(const QString &path)>;

    explicit AnswerFrame(QWidget *parent = nullptr);
    ~AnswerFrame() override;

    void addInput(const QString &label, QWidget *input);
    void addInput(QWidget *input);
    // The answer's tables and charts, below the headline; the first one added takes the spare room.
    void addContent(QWidget *content, int stretch = 1);

    // Clears what the last answer showed and says the next is being computed.
    void setComputing();
    // Shows an answer: its headline, whether it is an estimate, and how it was computed.
    void setAnswer(const QString &headline, bool estimate, const QString &method);
    // No answer: `text` says why (a refusal or an error), at `severity`; the method stays when given.
    void setProblem(MessageWidget::Severity severity, const QString &text, const QString &method = {});

    // Save CSV offers a file name like `fileName` and is enabled while `saver` is set.
    void setCsv(const QString &fileName, CsvSaver saver);
    void clearCsv();
    // Saves without a dialog (the dialog calls it); false with a message on failure.
    bool saveCsv(const QString &path);

    [[nodiscard]] QLabel *headline() const { return m_headline; }
    [[nodiscard]] QLabel *estimateLabel() const { return m_estimate; }
    [[nodiscard]] QLabel *methodLink() const { return m_methodLink; }
    [[nodiscard]] QLabel *methodText() const { return m_method; }
    [[nodiscard]] MessageWidget *message() const { return m_message; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }

private:
    void chooseCsvFile();
    void toggleMethod();

    QFormLayout *m_inputs = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_methodLink = nullptr;
    QLabel *m_method = nullptr;
    MessageWidget *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QString m_csvFileName;
    CsvSaver m_saver;
};

} // namespace LicenseUi
