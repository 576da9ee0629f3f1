// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontestresultview.h"

#include "messagewidget.h"

#include <cluster/clusterprofile.h>

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QLabel *textLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // cluster messages must never be interpreted as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConnectionTestResultView::ConnectionTestResultView(QWidget *parent)
    : QGroupBox(tr("Connection test"), parent)
{
    m_title = new MessageWidget(this);
    QLabel *title = m_title->textLabel();
    title->setObjectName(QStringLiteral("resultTitle"));
    title->setAccessibleName(tr("Connection test result"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_text = textLabel(this, QStringLiteral("resultText"));
    m_text->setAccessibleName(tr("Connection test details"));
    m_certificate = textLabel(this, QStringLiteral("certificateText"));
    m_certificate->setAccessibleName(tr("Server certificate"));
    m_certificate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trustButton = new QPushButton(tr("P&in this certificate"), this);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAccessibleName(tr("Trust exactly this certificate for this profile"));
    m_trustButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_certificate);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustButton);
    trustRow->addStretch(1);
    layout->addLayout(trustRow);

    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        if (!m_offeredPin.isEmpty())
            Q_EMIT pinRequested(m_offeredPin);
    });
}

ConnectionTestResultView::~ConnectionTestResultView() = default;

QList<QWidget *> ConnectionTestResultView::tabOrder() const
{
    return {m_trustButton};
}

void ConnectionTestResultView::clear()
{
    m_offeredPin.clear();
    hide();
    m_certificate->clear();
    m_certificate->hide();
    m_trustButton->hide();
}

void ConnectionTestResultView::showResult(const ConnectionTestResult &result, const Context &context)
{
    using Verdict = ConnectionTestResult::Verdict;
    using Severity = MessageWidget::Severity;
    clear();
    QString title;
    QString text = result.summary;
    Severity severity = Severity::Error;
    switch (result.verdict) {
    case Verdict::Ok:
        severity = Severity::Success;
        title = tr("Connection OK: %n environment(s)", nullptr, result.environmentCount);
        if (!context.savedToken)
            text += QLatin1Char(' ') + tr("Press Save to keep the profile and its token.");
        else if (context.unsavedChanges)
            text += QLatin1Char(' ') + tr("Press Save to keep the changes to the profile.");
        break;
    case Verdict::Unreachable:
        title = tr("The cluster cannot be reached");
        break;
    case Verdict::TlsFailure:
        title = tr("The cluster's certificate is not trusted");
        if (!result.outcome.certificateSha256.isEmpty()) {
            // The core's sentence repeats the fingerprint shown below; it stays available as the tooltip.
            text = tr("This computer does not trust the certificate that %1 presented. Choose the CA certificate that "
                      "issued it under \u201c"
                      "CA certificate\u201d, or compare the fingerprint below with the one "
                      "the cluster's administrator gives you and pin the certificate only if they match.")
                       .arg(context.host);
        }
        break;
    case Verdict::BadToken:
        title = tr("The token was not accepted");
        if (context.savedToken)
            text += QLatin1Char(' ') + tr("The saved token was used; paste a new one and press Save.");
        break;
    case Verdict::MissingScope:
        title = tr("The token lacks the Service Provider API scope");
        break;
    case Verdict::Failed:
        title = tr("The connection test failed");
        break;
    }
    show();
    m_title->setMessage(severity, title);
    m_text->setText(text);
    m_text->setToolTip(text == result.summary ? QString() : result.summary);

    const std::optional<QByteArray> digest = parseSha256Fingerprint(result.outcome.certificateSha256);
    if (result.verdict == Verdict::TlsFailure && digest) {
        m_certificate->setText(
            tr("Subject: %1\nSHA-256: %2").arg(result.outcome.certificateSubject, result.outcome.certificateSha256));
        m_certificate->show();
        if (*digest != context.pinnedSha256) {
            m_offeredPin = *digest;
            m_trustButton->show();
            m_trustButton->setToolTip(tr("Trust exactly this certificate for this profile, whoever issued it. Only "
                                         "do so after comparing the fingerprint with the cluster's administrator."));
        }
    }
}

} // namespace LicenseUi
