// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersdialog.h"

#include <cluster/clusterclient.h>
#include <cluster/profilestore.h>
#include <vault/coredumpguard.h>
#include <vault/tokenvault.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <type_traits>

namespace LicenseUi {

using namespace LicenseCore;

namespace {

QLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // cluster messages must never be interpreted as markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *iconLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignTop);
    label->hide();
    return label;
}

QWidget *messageRow(QWidget *parent, QLabel *icon, QLabel *text)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return row;
}

} // namespace

ClustersDialog::ClustersDialog(ProfileStore *profiles, TokenVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
    Q_ASSERT(profiles);
    setWindowTitle(tr("Clusters & Tokens"));
    buildUi();
    reloadList({});
}

ClustersDialog::~ClustersDialog() = default;

void ClustersDialog::buildUi()
{
    // Left: the saved profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Cluster profiles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumWidth(170);
    auto *listLabel = new QLabel(tr("&Profiles"), this);
    listLabel->setBuddy(m_list);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setAccessibleName(tr("Add a profile"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setAccessibleName(tr("Remove the profile and its token"));
    m_removeButton->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);

    // Right: the editor.
    auto lineEdit = [this](const QString &objectName, const QString &accessibleName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, &ClustersDialog::editorChanged);
        return edit;
    };
    m_nameEdit = lineEdit(QStringLiteral("nameEdit"), tr("Profile name"), tr("e.g. Production"));
    m_urlEdit = lineEdit(QStringLiteral("urlEdit"), tr("Cluster address"), tr("https://cluster.example.com"));
    m_problemIcon = iconLabel(this);
    m_problemText = messageLabel(this, QStringLiteral("problemText"));
    m_problemText->setAccessibleName(tr("Profile problem"));
    m_problemText->hide();

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
    // A typed or pasted token is in this process's memory from its first character: no core dump from then on.
    connect(m_tokenEdit, &QLineEdit::textEdited, this, [] { CoreDumpGuard::engage(); });
    m_showToken = new QToolButton(this);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setText(tr("S&how"));
    m_showToken->setAccessibleName(tr("Show the token"));
    m_showToken->setCheckable(true);
    m_showToken->setFocusPolicy(Qt::StrongFocus);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showToken);
    m_tokenNote = messageLabel(this, QStringLiteral("tokenNote"));
    m_tokenNote->setAccessibleName(tr("Where the token is kept"));
    m_sessionOnly = new QCheckBox(tr("&Keep for this session only"), this);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    m_sessionOnly->setAccessibleName(tr("Keep the token in memory for this session only"));
    m_sessionOnly->setToolTip(tr("No system keychain is available: the token is forgotten when the program ends."));

    // A grid rather than a QFormLayout: its wrapped labels (the token note) get their height for the real width.
    auto *form = new QGridLayout;
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
    m_problemRow = messageRow(this, m_problemIcon, m_problemText);
    m_problemRow->hide();
    addRow(QString(), nullptr, m_problemRow);
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

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test the connection to the cluster"));
    m_testButton->setAutoDefault(false);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save the profile and its token"));
    m_saveButton->setDefault(true);
    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_testButton);
    editorButtons->addStretch(1);
    editorButtons->addWidget(m_saveButton);

    m_statusIcon = iconLabel(this);
    m_statusText = messageLabel(this, QStringLiteral("statusText"));
    m_statusText->setAccessibleName(tr("Status"));
    m_statusText->hide();
    auto *resultGroup = new QGroupBox(tr("Connection test"), this);
    m_resultBox = resultGroup;
    m_resultIcon = iconLabel(resultGroup);
    m_resultTitle = messageLabel(resultGroup, QStringLiteral("resultTitle"));
    m_resultTitle->setAccessibleName(tr("Connection test result"));
    QFont titleFont = m_resultTitle->font();
    titleFont.setBold(true);
    m_resultTitle->setFont(titleFont);
    m_resultText = messageLabel(resultGroup, QStringLiteral("resultText"));
    m_resultText->setAccessibleName(tr("Connection test details"));
    m_certificateText = messageLabel(resultGroup, QStringLiteral("certificateText"));
    m_certificateText->setAccessibleName(tr("Server certificate"));
    m_certificateText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_trustButton = new QPushButton(tr("P&in this certificate"), resultGroup);
    m_trustButton->setObjectName(QStringLiteral("trustButton"));
    m_trustButton->setAccessibleName(tr("Trust exactly this certificate for this profile"));
    m_trustButton->setAutoDefault(false);
    auto *resultLayout = new QVBoxLayout(resultGroup);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    titleRow->addWidget(m_resultTitle, 1);
    resultLayout->addLayout(titleRow);
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(m_certificateText);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustButton);
    trustRow->addStretch(1);
    resultLayout->addLayout(trustRow);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(editorButtons);
    m_statusRow = messageRow(this, m_statusIcon, m_statusText);
    m_statusRow->hide();
    right->addWidget(m_statusRow);
    right->addWidget(resultGroup);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing) * 2);
    columns->addLayout(right, 5);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    const QList<QWidget *> tabOrder{m_list,       m_addButton,    m_removeButton, m_nameEdit,  m_urlEdit,
                                    m_caEdit,     m_caBrowse,     m_forgetPin,    m_proxyMode, m_proxyHost,
                                    m_proxyPort,  m_stallTimeout, m_tokenEdit,    m_showToken, m_sessionOnly,
                                    m_testButton, m_saveButton,   m_trustButton};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_list, &QListWidget::currentRowChanged, this, &ClustersDialog::currentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ClustersDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ClustersDialog::confirmRemove);
    connect(m_caBrowse, &QPushButton::clicked, this, &ClustersDialog::chooseCaFile);
    connect(m_forgetPin, &QPushButton::clicked, this, &ClustersDialog::forgetPin);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &ClustersDialog::editorChanged);
    connect(m_proxyPort, &QSpinBox::valueChanged, this, &ClustersDialog::editorChanged);
    connect(m_stallTimeout, &QSpinBox::valueChanged, this, &ClustersDialog::editorChanged);
    connect(m_showToken, &QToolButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setAccessibleName(shown ? tr("Hide the token") : tr("Show the token"));
    });
    connect(m_sessionOnly, &QCheckBox::toggled, this, &ClustersDialog::updateTokenNote);
    connect(m_testButton, &QPushButton::clicked, this, &ClustersDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ClustersDialog::save);
    connect(m_trustButton, &QPushButton::clicked, this, &ClustersDialog::trustOfferedCertificate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(sizeHint().expandedTo(QSize(820, 560)));
}

void ClustersDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
}

QString ClustersDialog::currentProfileName() const
{
    return m_currentName;
}

void ClustersDialog::done(int result)
{
    // A typed but unsaved token does not outlive the dialog's visit.
    m_tokenEdit->clear();
    QDialog::done(result);
}

void ClustersDialog::reloadList(const QString &select)
{
    m_loading = true;
    m_list->clear();
    const QList<ClusterProfile> profiles = m_profiles->profiles();
    for (const ClusterProfile &profile : profiles)
        m_list->addItem(profile.name);
    m_loading = false;

    const QString wanted = !select.isEmpty() ? select : profiles.isEmpty() ? QString() : profiles.constFirst().name;
    if (wanted.isEmpty()) {
        addProfile();
        return;
    }
    const QList<QListWidgetItem *> items = m_list->findItems(wanted, Qt::MatchExactly);
    if (items.isEmpty()) {
        addProfile();
        return;
    }
    if (m_list->currentItem() == items.constFirst())
        currentRowChanged();
    else
        m_list->setCurrentItem(items.constFirst());
}

void ClustersDialog::currentRowChanged()
{
    if (m_loading)
        return;
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const std::optional<ClusterProfile> profile = m_profiles->profile(item->text());
    if (profile)
        loadProfile(*profile);
}

void ClustersDialog::addProfile()
{
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_loading = false;
    loadProfile(ClusterProfile{});
    m_nameEdit->setFocus(Qt::OtherFocusReason);
}

void ClustersDialog::loadProfile(const ClusterProfile &profile)
{
    m_loading = true;
    m_currentName = profile.name;
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
    m_sessionOnly->setChecked(m_vault && !profile.name.isEmpty() && m_vault->isKeptInMemory(profile.name));
    m_loading = false;
    m_dirty = false;
    m_tokenState = profile.name.isEmpty() ? TokenState::Missing : TokenState::Unknown;
    if (m_testClient)
        m_testClient->deleteLater();
    m_testClient.clear();
    setTesting(false);
    clearTestResult();
    setStatus(Severity::None, {});
    checkStoredToken();
    updateEditorState();
}

void ClustersDialog::clearTestResult()
{
    m_offeredPin.clear();
    m_resultBox->hide();
    m_certificateText->clear();
    m_certificateText->hide();
    m_trustButton->hide();
}

void ClustersDialog::editorChanged()
{
    if (m_loading)
        return;
    m_dirty = true;
    // An answer about other settings would mislead.
    if (!m_testing)
        clearTestResult();
    updateEditorState();
}

void ClustersDialog::updateEditorState()
{
    const bool isNew = m_currentName.isEmpty();
    m_nameEdit->setReadOnly(!isNew);
    m_nameEdit->setToolTip(isNew ? QString()
                                 : tr("The name is the key of the profile's token. To rename a profile, add a new "
                                      "one and remove this one."));
    const bool manualProxy = ProxyMode(m_proxyMode->currentData().toInt()) == ProxyMode::Manual;
    m_proxyHost->setEnabled(manualProxy);
    m_proxyPort->setEnabled(manualProxy);

    m_pinLabel->setText(formatFingerprint(m_pin));
    m_pinRow->setVisible(!m_pin.isEmpty());
    m_pinCaption->setVisible(!m_pin.isEmpty());

    // Complaints about fields not filled in yet would only nag while a new profile is being typed.
    const bool pristine = isNew && !m_dirty;
    const QString problem = pristine ? QString() : profileProblem(true);
    setProblem(problem.isEmpty() ? Severity::None : Severity::Warning, problem);

    const bool idle = !m_saving;
    m_list->setEnabled(idle);
    m_addButton->setEnabled(idle);
    m_removeButton->setEnabled(idle && !isNew);
    m_tokenEdit->setEnabled(idle);
    m_saveButton->setEnabled(idle && profileProblem(true).isEmpty());
    m_testButton->setEnabled(idle && !m_testing && profileProblem(false).isEmpty());
    updateTokenNote();
}

ClusterProfile ClustersDialog::editedProfile() const
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

QString ClustersDialog::profileProblem(bool forSaving) const
{
    const QString name = m_nameEdit->text().trimmed();
    if (forSaving && name.isEmpty())
        return tr("Give the profile a name.");
    if (forSaving && m_currentName.isEmpty() && m_profiles->contains(name))
        return tr("A profile named \u201c%1\u201d already exists; choose another name.").arg(name);
    const QString url = m_urlEdit->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the cluster's address, for example https://cluster.example.com.");
    const ClusterProfile profile = editedProfile();
    if (!profile.baseUrl.isValid())
        return tr("\u201c%1\u201d is not a valid cluster address.").arg(url);
    const Status status = profile.validate();
    if (status.isError())
        return status.detail;
    if (!profile.caFile.isEmpty()) {
        const QFileInfo ca(profile.caFile);
        if (!ca.isFile() || !ca.isReadable())
            return tr("The CA certificate file %1 cannot be read.").arg(QDir::toNativeSeparators(profile.caFile));
    }
    return {};
}

QString ClustersDialog::typedToken() const
{
    return m_tokenEdit->text().trimmed();
}

void ClustersDialog::chooseCaFile()
{
    const QString start = m_caEdit->text().trimmed().isEmpty() ? QString() : QFileInfo(m_caEdit->text()).path();
    auto *dialog = new QFileDialog(this, tr("Choose the CA certificate"), start,
                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caEdit->setText(QDir::toNativeSeparators(file));
        editorChanged();
    });
    dialog->open();
}

void ClustersDialog::forgetPin()
{
    m_pin.clear();
    editorChanged();
    setStatus(Severity::Information, tr("The pinned certificate is forgotten once you press Save."));
}

void ClustersDialog::save()
{
    if (m_saving)
        return;
    const QString problem = profileProblem(true);
    if (!problem.isEmpty()) {
        setProblem(Severity::Warning, problem);
        return;
    }
    const ClusterProfile profile = editedProfile();
    const std::optional<ClusterProfile> previous = m_profiles->profile(profile.name);
    bool originChanged = false;
    const Status saved = m_profiles->save(profile, &originChanged);
    if (saved.isError()) {
        setStatus(Severity::Error, tr("The profile could not be saved: %1").arg(saved.detail));
        return;
    }
    m_currentName = profile.name;
    m_dirty = false;
    m_tokenDropped = false;
    // Select the saved entry without reloading the editor: the typed token is still needed below.
    m_loading = true;
    m_list->clear();
    for (const ClusterProfile &each : m_profiles->profiles())
        m_list->addItem(each.name);
    const QList<QListWidgetItem *> items = m_list->findItems(profile.name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.constFirst());
    m_loading = false;
    Q_EMIT profilesChanged();

    if (!originChanged || !m_vault || !previous) {
        storeTypedToken(profile.name);
        return;
    }
    // The stored token was given for the old address: it must never travel to the new one.
    m_saving = true;
    updateEditorState();
    setStatus(Severity::Information, tr("Deleting the token stored for the old address…"));
    const QString name = profile.name;
    const ClusterProfile old = *previous;
    m_vault->deleteToken(name, this, [this, name, old](const TokenResult &result) {
        m_saving = false;
        switch (result.status) {
        case TokenResult::Status::Ok:
        case TokenResult::Status::NotFound:
        case TokenResult::Status::NoKeychain: // nothing can have been stored there
            m_tokenDropped = result.ok();
            if (name == m_currentName)
                m_tokenState = TokenState::Missing;
            storeTypedToken(name);
            return;
        default:
            break;
        }
        // Back to the old address, which the stored token belongs to; the edits stay in the editor.
        (void)m_profiles->save(old);
        Q_EMIT profilesChanged();
        if (name == m_currentName)
            m_dirty = true;
        setStatus(Severity::Error, tr("The address of \u201c%1\u201d was not changed: the token stored for the old "
                                      "address could not be deleted. %2")
                                       .arg(name, result.errorText));
        updateEditorState();
    });
}

void ClustersDialog::storeTypedToken(const QString &name)
{
    const QString token = typedToken();
    if (token.isEmpty() || !m_vault) {
        finishSave(name);
        return;
    }
    const bool sessionOnly = m_vault->storage() == TokenVault::Storage::MemoryOnly ||
                             (!m_sessionOnly->isHidden() && m_sessionOnly->isChecked());
    if (sessionOnly) {
        m_vault->keepInMemory(name, token);
        m_tokenEdit->clear();
        m_tokenState = TokenState::Stored;
        finishSave(name);
        return;
    }
    m_saving = true;
    updateEditorState();
    setStatus(Severity::Information, tr("Storing the token in the system keychain…"));
    m_vault->writeToken(name, token, this, [this, name](const TokenResult &result) { tokenWritten(name, result); });
}

void ClustersDialog::tokenWritten(const QString &name, const TokenResult &result)
{
    m_saving = false;
    const bool current = name == m_currentName;
    switch (result.status) {
    case TokenResult::Status::Ok:
        if (m_vault)
            m_vault->forgetInMemory(name); // the keychain's copy is the one to use from now on
        if (current) {
            m_tokenEdit->clear();
            m_tokenState = TokenState::Stored;
        }
        finishSave(name);
        return;
    case TokenResult::Status::NoKeychain:
        keychainMissing(tr("The profile was saved, but not its token: no system keychain is available. Tick "
                           "\u201cKeep for this session only\u201d and press Save again, or start a keychain "
                           "service (such as GNOME Keyring or KWallet) and try again."));
        break;
    default:
        setStatus(Severity::Error, tr("The profile was saved, but not its token. %1").arg(result.errorText));
        break;
    }
    updateEditorState();
}

void ClustersDialog::finishSave(const QString &name)
{
    const bool inMemory =
        m_vault && (m_vault->storage() == TokenVault::Storage::MemoryOnly || m_vault->isKeptInMemory(name));
    QString text = tr("Saved \u201c%1\u201d.").arg(name);
    if (m_tokenState == TokenState::Stored && name == m_currentName) {
        text += QLatin1Char(' ') + (inMemory ? tr("Its token is kept in memory for this session only.")
                                             : tr("Its token is stored in the system keychain."));
    } else if (m_tokenDropped) {
        text += QLatin1Char(' ') + tr("Its address changed, so the token stored for the old address was deleted; "
                                      "paste the token for the new address and press Save.");
    }
    setStatus(Severity::Success, text);
    updateEditorState();
    Q_EMIT profileSaved(name);
}

void ClustersDialog::confirmRemove()
{
    if (m_currentName.isEmpty() || m_removeConfirmation)
        return;
    const QString name = m_currentName;
    const bool memoryOnly =
        m_vault && (m_vault->storage() == TokenVault::Storage::MemoryOnly || m_vault->isKeptInMemory(name));
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove profile"),
                                memoryOnly ? tr("Remove the profile \u201c%1\u201d and forget its API token?").arg(name)
                                           : tr("Remove the profile \u201c%1\u201d and delete its API token from the "
                                                "system keychain?")
                                                 .arg(name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove(name);
    });
    m_removeConfirmation = box;
    box->open();
}

void ClustersDialog::remove(const QString &name)
{
    if (m_testClient)
        m_testClient->deleteLater();
    m_testClient.clear();
    m_profiles->remove(name);
    reloadList({});
    Q_EMIT profilesChanged();
    if (!m_vault) {
        Q_EMIT profileRemoved(name);
        return;
    }
    m_vault->deleteToken(name, this, [this, name](const TokenResult &result) {
        switch (result.status) {
        case TokenResult::Status::Ok:
        case TokenResult::Status::NotFound:
        case TokenResult::Status::NoKeychain: // nothing can have been stored there
            setStatus(Severity::Success, tr("Removed \u201c%1\u201d and its token.").arg(name));
            break;
        default:
            setStatus(Severity::Warning,
                      tr("Removed \u201c%1\u201d, but its token could not be deleted from the system keychain. %2 "
                         "You can delete the entry \u201c%3\u201d with the keychain's own tool.")
                          .arg(name, result.errorText, m_vault ? m_vault->serviceName() : QString()));
            break;
        }
        Q_EMIT profileRemoved(name);
    });
}

void ClustersDialog::checkStoredToken()
{
    const QString name = m_currentName;
    if (name.isEmpty() || !m_vault) {
        updateTokenNote();
        return;
    }
    // Only whether a token exists is kept; the token itself is dropped with the result.
    m_vault->readToken(name, this, [this, name](const TokenResult &result) {
        if (name != m_currentName)
            return;
        switch (result.status) {
        case TokenResult::Status::Ok:
            m_tokenState = TokenState::Stored;
            break;
        case TokenResult::Status::NotFound:
            m_tokenState = TokenState::Missing;
            break;
        case TokenResult::Status::NoKeychain:
            m_tokenState = TokenState::Missing;
            keychainMissing(result.errorText);
            break;
        default:
            m_tokenState = TokenState::Unreadable;
            setStatus(Severity::Warning, result.errorText);
            break;
        }
        updateTokenNote();
    });
}

void ClustersDialog::updateTokenNote()
{
    if (!m_vault) {
        m_tokenNote->setText(tr("No token store is available."));
        return;
    }
    const bool memoryVault = m_vault->storage() == TokenVault::Storage::MemoryOnly;
    const bool sessionOnly = memoryVault || (!m_sessionOnly->isHidden() && m_sessionOnly->isChecked()) ||
                             (!m_currentName.isEmpty() && m_vault->isKeptInMemory(m_currentName));
    QString text;
    if (sessionOnly)
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
        if (!m_currentName.isEmpty())
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

void ClustersDialog::keychainMissing(const QString &explanation)
{
    m_keychainMissing = true;
    m_sessionOnly->show();
    setStatus(Severity::Warning, explanation);
    updateTokenNote();
}

void ClustersDialog::testConnection()
{
    if (m_testing)
        return;
    const QString problem = profileProblem(false);
    if (!problem.isEmpty()) {
        setProblem(Severity::Warning, problem);
        return;
    }
    const ClusterProfile profile = editedProfile();
    const QString token = typedToken();
    if (!token.isEmpty()) {
        runTest(profile, token);
        return;
    }
    if (m_currentName.isEmpty() || !m_vault) {
        setStatus(Severity::Warning, tr("Paste the cluster token into the Token field first."));
        return;
    }
    const QString name = m_currentName;
    setTesting(true, tr("Reading the saved token…"));
    m_vault->readToken(name, this, [this, name, profile](const TokenResult &result) {
        if (name != m_currentName || !m_testing)
            return;
        if (result.ok()) {
            runTest(profile, result.token);
            return;
        }
        setTesting(false);
        switch (result.status) {
        case TokenResult::Status::NotFound:
            m_tokenState = TokenState::Missing;
            setMessage(
                m_statusIcon, m_statusText, Severity::Warning,
                tr("No token is saved for \u201c%1\u201d. Paste the cluster token into the Token field.").arg(name));
            updateTokenNote();
            break;
        case TokenResult::Status::NoKeychain:
            keychainMissing(result.errorText);
            break;
        default:
            setStatus(Severity::Error, result.errorText);
            break;
        }
    });
}

void ClustersDialog::runTest(const ClusterProfile &profile, const QString &token)
{
    if (m_testClient)
        m_testClient->deleteLater();
    clearTestResult();
    auto *client = new ClusterClient(profile, token, this);
    m_testClient = client;
    setTesting(true, tr("Testing the connection to %1…").arg(profile.baseUrl.host()));
    const bool typed = !typedToken().isEmpty();
    client->testConnection(this, [this, client, token, typed](const ConnectionTestResult &result) {
        if (client != m_testClient)
            return;
        m_testClient.clear();
        client->deleteLater();
        setTesting(false);
        showTestResult(result, token, typed);
        Q_EMIT connectionTested(result);
    });
}

void ClustersDialog::showTestResult(const ConnectionTestResult &result, const QString &token, bool tokenTyped)
{
    using Verdict = ConnectionTestResult::Verdict;
    // A cluster (or something posing as one) could echo the token back in its error message.
    auto scrub = [&token](QString text) {
        if (!token.isEmpty())
            text.replace(token, QStringLiteral("\u2022\u2022\u2022"));
        return text;
    };
    QString title;
    QString text = scrub(result.summary);
    Severity severity = Severity::Error;
    switch (result.verdict) {
    case Verdict::Ok:
        severity = Severity::Success;
        title = tr("Connection OK: %n environment(s)", nullptr, result.environmentCount);
        if (tokenTyped)
            text += QLatin1Char(' ') + tr("Press Save to keep the profile and its token.");
        else if (m_dirty)
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
                       .arg(editedProfile().baseUrl.host());
        }
        break;
    case Verdict::BadToken:
        title = tr("The token was not accepted");
        if (!tokenTyped)
            text += QLatin1Char(' ') + tr("The saved token was used; paste a new one and press Save.");
        break;
    case Verdict::MissingScope:
        title = tr("The token lacks the Service Provider API scope");
        break;
    case Verdict::Failed:
        title = tr("The connection test failed");
        break;
    }
    m_resultBox->show();
    setMessage(m_resultIcon, m_resultTitle, severity, title);
    m_resultText->setText(text);
    m_resultText->setToolTip(text == scrub(result.summary) ? QString() : scrub(result.summary));

    const std::optional<QByteArray> digest = parseSha256Fingerprint(result.outcome.certificateSha256);
    if (result.verdict == Verdict::TlsFailure && digest) {
        m_certificateText->setText(
            tr("Subject: %1\nSHA-256: %2").arg(result.outcome.certificateSubject, result.outcome.certificateSha256));
        m_certificateText->show();
        if (*digest != m_pin) {
            m_offeredPin = *digest;
            m_trustButton->show();
            m_trustButton->setToolTip(tr("Trust exactly this certificate for this profile, whoever issued it. Only "
                                         "do so after comparing the fingerprint with the cluster's administrator."));
        }
    }
}

void ClustersDialog::trustOfferedCertificate()
{
    if (m_offeredPin.isEmpty())
        return;
    m_pin = m_offeredPin;
    editorChanged();
    clearTestResult();
    testConnection();
}

void ClustersDialog::setTesting(bool testing, const QString &text)
{
    m_testing = testing;
    if (testing) {
        m_testingText = text;
        setStatus(Severity::Information, text);
    } else {
        // The progress note goes; anything said since (such as a hint about the pin) stays.
        if (!m_testingText.isEmpty() && m_statusText->text() == m_testingText)
            setStatus(Severity::None, {});
        m_testingText.clear();
    }
    m_testButton->setEnabled(!testing && !m_saving && profileProblem(false).isEmpty());
}

void ClustersDialog::setProblem(Severity severity, const QString &message)
{
    setMessage(m_problemIcon, m_problemText, severity, message);
    m_problemRow->setVisible(!m_problemText->isHidden());
}

void ClustersDialog::setStatus(Severity severity, const QString &message)
{
    setMessage(m_statusIcon, m_statusText, severity, message);
    m_statusRow->setVisible(!m_statusText->isHidden());
}

void ClustersDialog::setMessage(QLabel *icon, QLabel *text, Severity severity, const QString &message)
{
    if (severity == Severity::None || message.isEmpty()) {
        icon->hide();
        icon->clear();
        text->hide();
        text->clear();
        return;
    }
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (severity) {
    case Severity::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Severity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Severity::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    case Severity::Information:
    case Severity::None:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    icon->show();
    text->setText(message);
    text->show();
}

} // namespace LicenseUi
