// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerframe.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LicenseUi {

AnswerFrame::AnswerFrame(QWidget *parent)
    : QWidget(parent)
{
    m_inputs = new QFormLayout;
    m_inputs->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("answerHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);

    m_estimate = new QLabel(tr("Estimate"), this);
    m_estimate->setObjectName(QStringLiteral("answerEstimate"));
    m_estimate->setToolTip(tr("Computed from the export with the estimation rules in Settings; the cluster's billing "
                              "may differ."));
    // A badge in the tooltip colours, which every style keeps readable on its own background.
    const QPalette &palette = m_estimate->palette();
    m_estimate->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                                             " border-radius: 8px; padding: 1px 8px; }")
                                  .arg(palette.color(QPalette::ToolTipBase).name(),
                                       palette.color(QPalette::ToolTipText).name(),
                                       palette.color(QPalette::Mid).name()));
    m_estimate->setVisible(false);

    m_methodLink = new QLabel(this);
    m_methodLink->setObjectName(QStringLiteral("answerMethodLink"));
    m_methodLink->setText(
        QStringLiteral("<a href=\"#method\">%1</a>").arg(tr("How is this computed?").toHtmlEscaped()));
    m_methodLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_methodLink->setVisible(false);
    connect(m_methodLink, &QLabel::linkActivated, this, &AnswerFrame::toggleMethod);

    m_method = new QLabel(this);
    m_method->setObjectName(QStringLiteral("answerMethod"));
    m_method->setWordWrap(true);
    m_method->setTextFormat(Qt::PlainText);
    m_method->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_method->setFrameShape(QFrame::StyledPanel);
    m_method->setMargin(6);
    m_method->setVisible(false);

    m_message = new MessageWidget(this);
    m_message->textLabel()->setObjectName(QStringLiteral("answerMessage"));

    m_save = new QPushButton(tr("Save CSV…"), this);
    m_save->setObjectName(QStringLiteral("answerSaveCsv"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &AnswerFrame::chooseCsvFile);

    auto *headlineRow = new QHBoxLayout;
    headlineRow->addWidget(m_headline, 1);
    headlineRow->addWidget(m_estimate, 0, Qt::AlignTop);
    headlineRow->addWidget(m_methodLink, 0, Qt::AlignTop);
    headlineRow->addWidget(m_save, 0, Qt::AlignTop);

    m_content = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_inputs);
    layout->addLayout(headlineRow);
    layout->addWidget(m_message);
    layout->addWidget(m_method);
    layout->addLayout(m_content, 1);
}

AnswerFrame::~AnswerFrame() = default;

void AnswerFrame::addInput(const QString &label, QWidget *input)
{
    m_inputs->addRow(label, input);
}

void AnswerFrame::addInput(QWidget *input)
{
    m_inputs->addRow(input);
}

void AnswerFrame::addContent(QWidget *content, int stretch)
{
    m_content->addWidget(content, stretch);
}

void AnswerFrame::setComputing()
{
    m_headline->clear();
    m_estimate->setVisible(false);
    m_message->setMessage(MessageWidget::Severity::Information, tr("Computing from the history…"));
    clearCsv();
}

void AnswerFrame::setAnswer(const QString &headline, bool estimate, const QString &method)
{
    m_message->clear();
    m_headline->setText(headline);
    m_estimate->setVisible(estimate);
    m_method->setText(method);
    m_methodLink->setVisible(!method.isEmpty());
    if (method.isEmpty())
        m_method->setVisible(false);
}

void AnswerFrame::setProblem(MessageWidget::Severity severity, const QString &text, const QString &method)
{
    m_headline->clear();
    m_estimate->setVisible(false);
    m_message->setMessage(severity, text);
    m_method->setText(method);
    m_methodLink->setVisible(!method.isEmpty());
    if (method.isEmpty())
        m_method->setVisible(false);
}

void AnswerFrame::setCsv(const QString &fileName, CsvSaver saver)
{
    m_csvFileName = fileName;
    m_saver = std::move(saver);
    m_save->setEnabled(bool(m_saver));
}

void AnswerFrame::clearCsv()
{
    m_saver = nullptr;
    m_save->setEnabled(false);
}

bool AnswerFrame::saveCsv(const QString &path)
{
    if (!m_saver)
        return false;
    const LicenseCore::Error error = m_saver(path);
    if (error.isError()) {
        m_message->setMessage(MessageWidget::Severity::Error, tr("The CSV was not saved: %1").arg(error.message()));
        return false;
    }
    m_message->setMessage(MessageWidget::Severity::Success,
                          tr("Saved %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

void AnswerFrame::chooseCsvFile()
{
    // Window-modal and asynchronous, as the window's own file dialogs.
    auto *dialog = new QFileDialog(this, tr("Save CSV"), QDir::home().filePath(m_csvFileName), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveCsv(path); });
    dialog->open();
}

void AnswerFrame::toggleMethod()
{
    m_method->setVisible(!m_method->isVisible());
}

} // namespace LicenseUi
