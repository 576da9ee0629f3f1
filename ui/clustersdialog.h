// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>
#include <cluster/connectiontestjob.h>

#include <QByteArray>
#include <QDialog>
#include <QPointer>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QSpinBox;
class QToolButton;
class QWidget;

namespace LicenseCore {
class ClusterClient;
class ProfileStore;
class TokenVault;
struct TokenResult;
} // namespace LicenseCore

namespace LicenseUi {

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
    enum class TokenState
    {
        Unknown,
        Stored,
        Missing,
        Unreadable
    };
    enum class Severity
    {
        None,
        Information,
        Success,
        Warning,
        Error
    };

    void buildUi();
    void reloadList(const QString &select);
    void currentRowChanged();
    void loadProfile(const LicenseCore::ClusterProfile &profile);
    void clearTestResult();
    void editorChanged();
    void updateEditorState();
    [[nodiscard]] LicenseCore::ClusterProfile editedProfile() const;
    // Why the edited profile cannot be saved or tested; empty when it can.
    [[nodiscard]] QString profileProblem(bool forSaving) const;
    [[nodiscard]] QString typedToken() const;

    void chooseCaFile();
    void forgetPin();
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
    void runTest(const LicenseCore::ClusterProfile &profile, const QString &token);
    void showTestResult(const LicenseCore::ConnectionTestResult &result, const QString &token, bool tokenTyped);
    void trustOfferedCertificate();
    void setTesting(bool testing, const QString &text = {});

    void setProblem(Severity severity, const QString &message);
    void setStatus(Severity severity, const QString &message);
    void setMessage(QLabel *icon, QLabel *text, Severity severity, const QString &message);

    LicenseCore::ProfileStore *m_profiles;
    QPointer<LicenseCore::TokenVault> m_vault;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QWidget *m_problemRow = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemText = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QWidget *m_pinRow = nullptr;
    QLabel *m_pinCaption = nullptr;
    QLabel *m_pinLabel = nullptr;
    QPushButton *m_forgetPin = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QSpinBox *m_stallTimeout = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_showToken = nullptr;
    QLabel *m_tokenNote = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QWidget *m_statusRow = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusText = nullptr;
    QWidget *m_resultBox = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultText = nullptr;
    QLabel *m_certificateText = nullptr;
    QPushButton *m_trustButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QMessageBox> m_removeConfirmation;

    QString m_testingText;   // the progress note shown while a test runs
    QString m_currentName;   // the saved profile in the editor; empty for a new one
    QByteArray m_pin;        // the edited profile's pinned certificate digest
    QByteArray m_offeredPin; // the digest the last TLS failure offers to pin
    TokenState m_tokenState = TokenState::Unknown;
    bool m_keychainMissing = false;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_saving = false;
    bool m_testing = false;
    bool m_tokenDropped = false; // the last save deleted a token given for the profile's old address
    QPointer<LicenseCore::ClusterClient> m_testClient;
};

} // namespace LicenseUi
