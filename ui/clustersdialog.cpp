// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersdialog.h"

#include "connectiontestcontroller.h"
#include "connectiontestresultview.h"

#include <cluster/profilestore.h>
#include <vault/tokenvault.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace LicenseUi {

using namespace LicenseCore;

ClustersDialog::ClustersDialog(ProfileStore *profiles, TokenVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_vault(vault)
{
    Q_ASSERT(profiles);
    setWindowTitle(tr("Clusters & Tokens"));
    m_tests = new ConnectionTestController(this);
    m_tests->setTokenVault(vault);
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

    // Right: the editor, its buttons, what happened last and the connection test's answer.
    m_editor = new ProfileEditor(this);
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
    m_status = new MessageWidget(this);
    m_status->textLabel()->setObjectName(QStringLiteral("statusText"));
    m_status->textLabel()->setAccessibleName(tr("Status"));

    auto *right = new QVBoxLayout;
    right->addWidget(m_editor);
    right->addLayout(editorButtons);
    right->addWidget(m_status);
    m_result = new ConnectionTestResultView(this);
    right->addWidget(m_result);
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

    QList<QWidget *> tabOrder{m_list, m_addButton, m_removeButton};
    tabOrder << m_editor->tabOrder() << m_testButton << m_saveButton << m_result->tabOrder();
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_list, &QListWidget::currentRowChanged, this, &ClustersDialog::currentRowChanged);
    connect(m_addButton, &QPushButton::clicked, this, &ClustersDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ClustersDialog::confirmRemove);
    connect(m_editor, &ProfileEditor::edited, this, &ClustersDialog::editorChanged);
    connect(m_editor, &ProfileEditor::pinForgotten, this, [this] {
        setStatus(Severity::Information, tr("The pinned certificate is forgotten once you press Save."));
    });
    connect(m_testButton, &QPushButton::clicked, this, &ClustersDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &ClustersDialog::save);
    connect(m_result, &ConnectionTestResultView::pinRequested, this, &ClustersDialog::pinCertificate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tests, &ConnectionTestController::stateChanged, this, &ClustersDialog::testStateChanged);
    connect(m_tests, &ConnectionTestController::tokenUnavailable, this, &ClustersDialog::savedTokenUnavailable);
    connect(m_tests, &ConnectionTestController::finished, this, &ClustersDialog::testFinished);

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
    m_editor->clearToken();
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
    m_editor->focusName();
}

void ClustersDialog::loadProfile(const ClusterProfile &profile)
{
    m_currentName = profile.name;
    m_editor->setProfile(profile);
    m_editor->setSessionOnly(m_vault && !profile.name.isEmpty() && m_vault->isKeptInMemory(profile.name));
    m_dirty = false;
    m_tokenState = profile.name.isEmpty() ? TokenState::Missing : TokenState::Unknown;
    m_tests->cancel(); // an answer about the previous profile would mislead
    clearTestResult();
    setStatus(Severity::None, {});
    checkStoredToken();
    updateEditorState();
}

void ClustersDialog::clearTestResult()
{
    m_result->clear();
}

void ClustersDialog::editorChanged()
{
    m_dirty = true;
    // An answer about other settings would mislead.
    if (!m_tests->isRunning())
        clearTestResult();
    updateEditorState();
}

void ClustersDialog::updateEditorState()
{
    const bool isNew = m_currentName.isEmpty();
    m_editor->setNameEditable(isNew);
    // Complaints about fields not filled in yet would only nag while a new profile is being typed.
    const bool pristine = isNew && !m_dirty;
    m_editor->setProblem(pristine ? QString() : profileProblem(ProfileEditor::Check::ForSaving));

    const bool idle = !m_saving;
    m_list->setEnabled(idle);
    m_addButton->setEnabled(idle);
    m_removeButton->setEnabled(idle && !isNew);
    m_editor->setTokenEditable(idle);
    m_saveButton->setEnabled(idle && profileProblem(ProfileEditor::Check::ForSaving).isEmpty());
    m_testButton->setEnabled(idle && !m_tests->isRunning() &&
                             profileProblem(ProfileEditor::Check::ForTesting).isEmpty());
    updateTokenNote();
}

QString ClustersDialog::profileProblem(ProfileEditor::Check check) const
{
    const QString name = m_editor->profile().name;
    if (check == ProfileEditor::Check::ForSaving && m_currentName.isEmpty() && !name.isEmpty() &&
        m_profiles->contains(name))
        return tr("A profile named \u201c%1\u201d already exists; choose another name.").arg(name);
    return m_editor->problem(check);
}

void ClustersDialog::save()
{
    if (m_saving)
        return;
    const QString problem = profileProblem(ProfileEditor::Check::ForSaving);
    if (!problem.isEmpty()) {
        m_editor->setProblem(problem);
        return;
    }
    const ClusterProfile profile = m_editor->profile();
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
    const QString token = m_editor->typedToken();
    if (token.isEmpty() || !m_vault) {
        finishSave(name);
        return;
    }
    const bool sessionOnly = m_vault->storage() == TokenVault::Storage::MemoryOnly || m_editor->sessionOnlyChosen();
    if (sessionOnly) {
        m_vault->keepInMemory(name, token);
        m_editor->clearToken();
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
            m_editor->clearToken();
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
    m_tests->cancel();
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
    using Store = ProfileEditor::TokenStore;
    Store store = Store::None;
    if (m_vault) {
        const bool inMemory = m_vault->storage() == TokenVault::Storage::MemoryOnly ||
                              (!m_currentName.isEmpty() && m_vault->isKeptInMemory(m_currentName));
        store = inMemory ? Store::Memory : Store::Keychain;
    }
    m_editor->setTokenStatus(store, m_tokenState);
}

void ClustersDialog::keychainMissing(const QString &explanation)
{
    m_editor->setKeychainMissing();
    setStatus(Severity::Warning, explanation);
    updateTokenNote();
}

void ClustersDialog::testConnection()
{
    if (m_tests->isRunning())
        return;
    const QString problem = profileProblem(ProfileEditor::Check::ForTesting);
    if (!problem.isEmpty()) {
        m_editor->setProblem(problem);
        return;
    }
    const ClusterProfile profile = m_editor->profile();
    const QString token = m_editor->typedToken();
    if (!token.isEmpty())
        m_tests->test(profile, token);
    else if (m_currentName.isEmpty() || !m_tests->testWithSavedToken(profile, m_currentName))
        setStatus(Severity::Warning, tr("Paste the cluster token into the Token field first."));
}

void ClustersDialog::testStateChanged()
{
    switch (m_tests->state()) {
    case ConnectionTestController::State::ReadingToken:
        m_testingText = tr("Reading the saved token…");
        setStatus(Severity::Information, m_testingText);
        break;
    case ConnectionTestController::State::Testing:
        clearTestResult();
        m_testingText = tr("Testing the connection to %1…").arg(m_tests->profile().baseUrl.host());
        setStatus(Severity::Information, m_testingText);
        break;
    case ConnectionTestController::State::Idle:
        // The progress note goes; anything said since (such as a hint about the pin) stays.
        if (!m_testingText.isEmpty() && m_status->text() == m_testingText)
            setStatus(Severity::None, {});
        m_testingText.clear();
        break;
    }
    m_testButton->setEnabled(!m_tests->isRunning() && !m_saving &&
                             profileProblem(ProfileEditor::Check::ForTesting).isEmpty());
}

void ClustersDialog::savedTokenUnavailable(const QString &name, const TokenResult &result)
{
    if (name != m_currentName)
        return;
    switch (result.status) {
    case TokenResult::Status::NotFound:
        m_tokenState = TokenState::Missing;
        setStatus(Severity::Warning,
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
}

void ClustersDialog::testFinished(const ConnectionTestResult &result, bool savedToken)
{
    m_result->showResult(result, {savedToken, m_dirty, m_editor->profile().baseUrl.host(), m_editor->pin()});
    Q_EMIT connectionTested(result);
}

void ClustersDialog::pinCertificate(const QByteArray &sha256)
{
    m_editor->setPin(sha256);
    editorChanged();
    clearTestResult();
    testConnection();
}

void ClustersDialog::setStatus(Severity severity, const QString &message)
{
    m_status->setMessage(severity, message);
}

} // namespace LicenseUi
