// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/clusterprofile.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace LicenseUi {

class MessageWidget;

// The form for one cluster profile: name, address, CA certificate, pinned certificate, proxy, stall timeout and
// the API token field with a note on where the token is kept. It knows neither the profile store nor the token
// vault: its owner loads a profile, reads the edited one back, and tells it what the vault holds.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    enum class Check
    {
        ForTesting, // the address and the connection settings
        ForSaving   // also the name
    };
    Q_ENUM(Check)
    // What is known about the token saved for the profile.
    enum class TokenState
    {
        Unknown,
        Stored,
        Missing,
        Unreadable
    };
    Q_ENUM(TokenState)
    // Where a saved token is kept: nowhere (no vault), the system keychain, or memory for this session.
    enum class TokenStore
    {
        None,
        Keychain,
        Memory
    };
    Q_ENUM(TokenStore)

    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Shows `profile` with an empty, hidden token field; edited() does not follow.
    void setProfile(const LicenseCore::ClusterProfile &profile);
    // The profile as edited: texts trimmed, the proxy host and port only for a manual proxy.
    [[nodiscard]] LicenseCore::ClusterProfile profile() const;
    // Why the edited profile cannot be tested or saved; empty when it can. Whether its name is taken already is
    // for the owner of the profiles to say.
    [[nodiscard]] QString problem(Check check) const;
    // A warning under the address; an empty text removes it.
    void setProblem(const QString &problem);

    // A saved profile's name is the key of its token: it can only be typed for a new profile.
    void setNameEditable(bool editable);
    void focusName();

    // The pinned certificate's SHA-256 digest (raw bytes); empty when none is pinned.
    [[nodiscard]] QByteArray pin() const;
    void setPin(const QByteArray &sha256);

    // The token typed into the field, trimmed. A saved token is never shown here.
    [[nodiscard]] QString typedToken() const;
    void clearToken();
    void setTokenEditable(bool editable);
    // For the note under the token field and the field's placeholder.
    void setTokenStatus(TokenStore store, TokenState state);
    // No keychain can store the token: from now on the editor offers to keep it for this session only.
    void setKeychainMissing();
    void setSessionOnly(bool sessionOnly);
    // The user asked to keep the token in memory for this session (only offered without a keychain).
    [[nodiscard]] bool sessionOnlyChosen() const;

    // The editor's fields in tab order, so that its owner can chain them with its own buttons.
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    // The user changed the profile (typing a token does not count).
    void edited();
    // The user pressed "Forget pin"; edited() came first.
    void pinForgotten();

private:
    QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, const QString &placeholder);
    void buildForm();
    void chooseCaFile();
    void forgetPin();
    void fieldEdited();
    void updateProxyFields();
    void updatePin();
    void updateTokenNote();

    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    MessageWidget *m_problem = nullptr;
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

    QByteArray m_pin;
    TokenStore m_tokenStore = TokenStore::None;
    TokenState m_tokenState = TokenState::Unknown;
    bool m_nameEditable = true;
    bool m_keychainMissing = false;
    bool m_loading = false;
};

} // namespace LicenseUi
