// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagewidget.h"
#include "profileeditor.h"

#include <cluster/clusterprofile.h>
#include <cluster/connectiontestjob.h>

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QListWidget;
class QMessageBox;
class QPushButton;
class QWidget;

namespace LicenseCore {
class ProfileStore;
class TokenVault;
struct TokenResult;
} // namespace LicenseCore

namespace LicenseUi {

class ConnectionTestController;
class ConnectionTestResultView;

// "Clusters & Tokens": the cluster profiles of a ProfileStore on the left, an editor on the right. Tokens go to
// the TokenVault only (the system keychain, or memory for this session when the user chooses so because no
// keychain is available); the token field is cleared once a token is stored and a stored token is never shown.
// "Test connection" asks the cluster with the typed or the stored token and explains the answer, offering to
// pin an untrusted certificate's exact fingerprint. Everything runs asynchronously: the dialog never waits.
class ClustersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersDialog)

public:
    // Neither is owned; both must outlive the dialog.
    ClustersDialog(LicenseCore::ProfileStore *profiles, LicenseCore::TokenVault *vault, QWidget *parent = nullptr);
    ~ClustersDialog() override;

    // Shows the saved profile `name` in the editor (nothing happens for an unknown name).
    void selectProfile(const QString &name);
    // The saved profile in the editor; empty while a new profile is being added.
    [[nodiscard]] QString currentProfileName() const;
    // Clears the editor for a new profile.
    void addProfile();

    void done(int result) override;

Q_SIGNALS:
    // A profile was added, changed or removed in the store.
    void profilesChanged();
    // The profile is in the store and the typed token (if any) in the vault.
    void profileSaved(const QString &name);
    // The profile left the store and its token the vault.
    void profileRemoved(const QString &name);
    void connectionTested(const LicenseCore::ConnectionTestResult &result);

private:
    using Severity = MessageWidget::Severity;
    using TokenState = ProfileEditor::TokenState;

    void buildUi();
    void reloadList(const QString &select);
    void currentRowChanged();
    void loadProfile(const LicenseCore::ClusterProfile &profile);
    void clearTestResult();
    void editorChanged();
    void updateEditorState();
    // Why the edited profile cannot be tested or saved; empty when it can.
    [[nodiscard]] QString profileProblem(ProfileEditor::Check check) const;

    void save();
    void storeTypedToken(const QString &name);
    void tokenWritten(const QString &name, const LicenseCore::TokenResult &result);
    void finishSave(const QString &name);
    void confirmRemove();
    void remove(const QString &name);

    void checkStoredToken();
    void updateTokenNote();
    void keychainMissing(const QString &explanation);

    void testConnection();
    void testStateChanged();
    void savedTokenUnavailable(const QString &name, const LicenseCore::TokenResult &result);
    void testFinished(const LicenseCore::ConnectionTestResult &result, bool savedToken);
    void pinCertificate(const QByteArray &sha256);

    void setStatus(Severity severity, const QString &message);

    LicenseCore::ProfileStore *m_profiles;
    QPointer<LicenseCore::TokenVault> m_vault;
    ConnectionTestController *m_tests = nullptr;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    MessageWidget *m_status = nullptr;
    ConnectionTestResultView *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QMessageBox> m_removeConfirmation;

    QString m_testingText; // the progress note shown while a test runs
    QString m_currentName; // the saved profile in the editor; empty for a new one
    TokenState m_tokenState = TokenState::Unknown;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_tokenDropped = false; // the last save deleted a token given for the profile's old address
};

} // namespace LicenseUi
