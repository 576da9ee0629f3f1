// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "messagewidget.h"

#include <vault/coredumpguard.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <type_traits>

namespace LicenseUi {

using namespace LicenseCore;

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    buildForm();
}

ProfileEditor::~ProfileEditor() = default;

QLineEdit *ProfileEditor::lineEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void ProfileEditor::buildForm()
{
    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), tr("Profile name"), tr("e.g. Production"));
    m_urlEdit = lineEdit(QStringLiteral("urlEdit"), tr("Cluster address"), tr("https://cluster.example.com"));
    m_problem = new MessageWidget(this);
    m_problem->textLabel()->setObjectName(QStringLiteral("problemText"));
    m_problem->textLabel()->setAccessibleName(tr("Profile problem"));

    m_caEdit = lineEdit(QStringLiteral("caEdit"), tr("CA certificate file"),
                        tr("Optional: a PEM or DER file trusted for this cluster only"));
    m_caBrowse = new QPushButton(tr("&Browse…"), this);
    m_caBrowse->setObjectName(QStringLiteral("caBrowseButton"));
    m_caBrowse->setAccessibleName(tr("Choose the CA certificate file"));
    m_caBrowse->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caEdit, 1);
    caRow->addWidget(m_caBrowse);

    m_pinLabel = new QLabel(this);
    m_pinLabel->setObjectName(QStringLiteral("pinLabel"));
    m_pinLabel->setAccessibleName(tr("Pinned certificate fingerprint (SHA-256)"));
    m_pinLabel->setTextFormat(Qt::PlainText);
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinLabel->setWordWrap(true);
    m_pinLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_forgetPin = new QPushButton(tr("&Forget pin"), this);
    m_forgetPin->setObjectName(QStringLiteral("forgetPinButton"));
    m_forgetPin->setAccessibleName(tr("Forget the pinned certificate"));
    m_forgetPin->setAutoDefault(false);
    m_pinRow = new QWidget(this);
    auto *pinLayout = new QHBoxLayout(m_pinRow);
    pinLayout->setContentsMargins(0, 0, 0, 0);
    pinLayout->addWidget(m_pinLabel, 1);
    pinLayout->addWidget(m_forgetPin, 0, Qt::AlignTop);

    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(QStringLiteral("proxyModeCombo"));
    m_proxyMode->setAccessibleName(tr("Proxy"));
    m_proxyMode->addItem(tr("System settings"), int(ProxyMode::System));
    m_proxyMode->addItem(tr("No proxy"), int(ProxyMode::None));
    m_proxyMode->addItem(tr("Manual"), int(ProxyMode::Manual));
    m_proxyHost = lineEdit(QStringLiteral("proxyHostEdit"), tr("Proxy host"), tr("proxy host"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setObjectName(QStringLiteral("proxyPortSpin"));
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setSpecialValueText(tr("port"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);

    m_stallTimeout = new QSpinBox(this);
    m_stallTimeout->setObjectName(QStringLiteral("stallTimeoutSpin"));
    m_stallTimeout->setAccessibleName(tr("Stall timeout in seconds"));
    m_stallTimeout->setToolTip(tr("A download is stopped when the cluster sends nothing for this long."));
    m_stallTimeout->setRange(1, 3600);
    m_stallTimeout->setSuffix(tr(" s"));

    m_tokenEdit = lineEdit(QStringLiteral("tokenEdit"), tr("API token"), {});
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);
    m_showToken = new QToolButton(this);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setText(tr("S&how"));
    m_showToken->setAccessibleName(tr("Show the token"));
    m_showToken->setCheckable(true);
    m_showToken->setFocusPolicy(Qt::StrongFocus);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showToken);
    m_tokenNote = new QLabel(this);
    m_tokenNote->setObjectName(QStringLiteral("tokenNote"));
    m_tokenNote->setAccessibleName(tr("Where the token is kept"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setTextFormat(Qt::PlainText);
    m_tokenNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionOnly = new QCheckBox(tr("&Keep for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_sessionOnly->setAccessibleName(tr("Keep the token in memory for this session only"));
    m_sessionOnly->setToolTip(tr("No system keychain is available: the token is forgotten when the program ends."));

    // A grid rather than a QFormLayout: its wrapped labels (the token note) get their height for the real width.
    auto *form = new QGridLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setColumnStretch(1, 1);
    int row = 0;
    auto addRow = [this, form, &row](const QString &text, QWidget *buddy, auto field) {
        QLabel *label = nullptr;
        if (!text.isEmpty()) {
            label = new QLabel(text, this);
            label->setBuddy(buddy);
            form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        }
        if constexpr (std::is_base_of_v<QLayout, std::remove_pointer_t<decltype(field)>>)
            form->addLayout(field, row, 1);
        else
            form->addWidget(field, row, 1);
        ++row;
        return label;
    };
    addRow(tr("&Name:"), m_nameEdit, m_nameEdit);
    addRow(tr("Cluster &URL:"), m_urlEdit, m_urlEdit);
    addRow(QString(), nullptr, m_problem);
    addRow(tr("&CA certificate:"), m_caEdit, caRow);
    m_pinCaption = addRow(tr("Pinned certificate:"), nullptr, m_pinRow);
    m_pinCaption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setAlignment(m_pinCaption, Qt::AlignLeft | Qt::AlignTop);
    addRow(tr("Pro&xy:"), m_proxyMode, proxyRow);
    addRow(tr("Stall time&out:"), m_stallTimeout, m_stallTimeout);
    addRow(tr("Tok&en:"), m_tokenEdit, tokenRow);
    addRow(QString(), nullptr, m_tokenNote);
    m_sessionOnly->hide(); // offered once the keychain turns out to be missing
    addRow(QString(), nullptr, m_sessionOnly);

    const QList<QWidget *> order = tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QLineEdit *edit : {m_nameEdit, m_urlEdit, m_caEdit, m_proxyHost})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::fieldEdited);
    // A typed or pasted token is in this process's memory from its first character: no core dump from then on.
    connect(m_tokenEdit, &QLineEdit::textEdited, this, [] { CoreDumpGuard::engage(); });
    connect(m_caBrowse, &QPushButton::clicked, this, &ProfileEditor::chooseCaFile);
    connect(m_forgetPin, &QPushButton::clicked, this, &ProfileEditor::forgetPin);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        updateProxyFields();
        fieldEdited();
    });
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &ProfileEditor::fieldEdited);
    connect(m_stallTimeout, &QSpinBox::valueChanged, this, &ProfileEditor::fieldEdited);
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setAccessibleName(shown ? tr("Hide the token") : tr("Show the token"));
    });
    connect(m_sessionOnly, &QCheckBox::toggled, this, &ProfileEditor::updateTokenNote);

    updateProxyFields();
    updatePin();
}

QList<QWidget *> ProfileEditor::tabOrder() const
{
    return {m_nameEdit,  m_urlEdit,   m_caEdit,       m_caBrowse,  m_forgetPin, m_proxyMode,
            m_proxyHost, m_proxyPort, m_stallTimeout, m_tokenEdit, m_showToken, m_sessionOnly};
}

void ProfileEditor::setProfile(const ClusterProfile &profile)
{
    m_loading = true;
    m_nameEdit->setText(profile.name);
    m_urlEdit->setText(profile.baseUrl.isValid() ? profile.baseUrl.toString() : QString());
    m_caEdit->setText(profile.caFile);
    m_proxyMode->setCurrentIndex(qMax(0, m_proxyMode->findData(int(profile.proxyMode))));
    m_proxyHost->setText(profile.proxyHost);
    m_proxyPort->setValue(profile.proxyPort);
    m_stallTimeout->setValue(profile.stallTimeoutSeconds);
    m_tokenEdit->clear();
    m_showToken->setChecked(false);
    m_pin = profile.pinnedSha256;
    m_loading = false;
    updateProxyFields();
    updatePin();
}

ClusterProfile ProfileEditor::profile() const
{
    ClusterProfile profile;
    profile.name = m_nameEdit->text().trimmed();
    profile.baseUrl = parseClusterUrl(m_urlEdit->text());
    profile.caFile = m_caEdit->text().trimmed();
    profile.proxyMode = ProxyMode(m_proxyMode->currentData().toInt());
    if (profile.proxyMode == ProxyMode::Manual) {
        profile.proxyHost = m_proxyHost->text().trimmed();
        profile.proxyPort = quint16(m_proxyPort->value());
    }
    profile.stallTimeoutSeconds = m_stallTimeout->value();
    profile.pinnedSha256 = m_pin;
    return profile;
}

QString ProfileEditor::problem(Check check) const
{
    if (check == Check::ForSaving && m_nameEdit->text().trimmed().isEmpty())
        return tr("Give the profile a name.");
    const QString url = m_urlEdit->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the cluster's address, for example https://cluster.example.com.");
    const ClusterProfile edited = profile();
    if (!edited.baseUrl.isValid())
        return tr("\u201c%1\u201d is not a valid cluster address.").arg(url);
    const Status status = edited.validate();
    if (status.isError())
        return status.detail;
    if (!edited.caFile.isEmpty()) {
        const QFileInfo ca(edited.caFile);
        if (!ca.isFile() || !ca.isReadable())
            return tr("The CA certificate file %1 cannot be read.").arg(QDir::toNativeSeparators(edited.caFile));
    }
    return {};
}

void ProfileEditor::setProblem(const QString &problem)
{
    m_problem->setMessage(problem.isEmpty() ? MessageWidget::Severity::None : MessageWidget::Severity::Warning,
                          problem);
}

void ProfileEditor::setNameEditable(bool editable)
{
    m_nameEditable = editable;
    m_nameEdit->setReadOnly(!editable);
    m_nameEdit->setToolTip(editable ? QString()
                                    : tr("The name is the key of the profile's token. To rename a profile, add a "
                                         "new one and remove this one."));
    updateTokenNote();
}

void ProfileEditor::focusName()
{
    m_nameEdit->setFocus(Qt::OtherFocusReason);
}

QByteArray ProfileEditor::pin() const
{
    return m_pin;
}

void ProfileEditor::setPin(const QByteArray &sha256)
{
    m_pin = sha256;
    updatePin();
}

QString ProfileEditor::typedToken() const
{
    return m_tokenEdit->text().trimmed();
}

void ProfileEditor::clearToken()
{
    m_tokenEdit->clear();
}

void ProfileEditor::setTokenEditable(bool editable)
{
    m_tokenEdit->setEnabled(editable);
}

void ProfileEditor::setTokenStatus(TokenStore store, TokenState state)
{
    m_tokenStore = store;
    m_tokenState = state;
    updateTokenNote();
}

void ProfileEditor::setKeychainMissing()
{
    m_keychainMissing = true;
    m_sessionOnly->show();
    updateTokenNote();
}

void ProfileEditor::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly->setChecked(sessionOnly);
}

bool ProfileEditor::sessionOnlyChosen() const
{
    return !m_sessionOnly->isHidden() && m_sessionOnly->isChecked();
}

void ProfileEditor::chooseCaFile()
{
    const QString start = m_caEdit->text().trimmed().isEmpty() ? QString() : QFileInfo(m_caEdit->text()).path();
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate"), start,
                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caEdit->setText(QDir::toNativeSeparators(file));
        fieldEdited();
    });
    dialog->open();
}

void ProfileEditor::forgetPin()
{
    m_pin.clear();
    updatePin();
    fieldEdited();
    Q_EMIT pinForgotten();
}

void ProfileEditor::fieldEdited()
{
    if (!m_loading)
        Q_EMIT edited();
}

void ProfileEditor::updateProxyFields()
{
    const bool manualProxy = ProxyMode(m_proxyMode->currentData().toInt()) == ProxyMode::Manual;
    m_proxyHost->setEnabled(manualProxy);
    m_proxyPort->setEnabled(manualProxy);
}

void ProfileEditor::updatePin()
{
    m_pinLabel->setText(formatFingerprint(m_pin));
    m_pinRow->setVisible(!m_pin.isEmpty());
    m_pinCaption->setVisible(!m_pin.isEmpty());
}

void ProfileEditor::updateTokenNote()
{
    if (m_tokenStore == TokenStore::None) {
        m_tokenNote->setText(tr("No token store is available."));
        return;
    }
    QString text;
    if (m_tokenStore == TokenStore::Memory || sessionOnlyChosen())
        text = tr("Kept in memory for this session only.");
    else if (m_keychainMissing)
        text = tr("No system keychain is available, so the token cannot be stored permanently.");
    else
        text = tr("Stored in the system keychain.");
    switch (m_tokenState) {
    case TokenState::Stored:
        text += QLatin1Char(' ') + tr("A token is saved for this profile; leave the field empty to keep it.");
        break;
    case TokenState::Missing:
        if (!m_nameEditable) // a new profile has no token to miss yet
            text += QLatin1Char(' ') + tr("No token is saved for this profile yet.");
        break;
    case TokenState::Unreadable:
        text += QLatin1Char(' ') + tr("The saved token cannot be read right now.");
        break;
    case TokenState::Unknown:
        break;
    }
    m_tokenNote->setText(text);
    m_tokenEdit->setPlaceholderText(m_tokenState == TokenState::Stored ? tr("Saved; paste a new token to replace it")
                                                                       : tr("Paste the cluster token (dt0c01.…)"));
}

} // namespace LicenseUi
