// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cluster/connectiontestjob.h>

#include <QByteArray>
#include <QGroupBox>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;

namespace LicenseUi {

class MessageWidget;

// The answer of a connection test in words: a title with an icon for the verdict, the sentence with the next
// step, and for a certificate this computer does not trust its subject and fingerprint, with the offer to pin
// exactly that certificate. Texts from the cluster are shown as plain text.
class ConnectionTestResultView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestResultView)

public:
    // What the wording depends on besides the result.
    struct Context
    {
        bool savedToken = false;     // the saved token was used, not one typed for this test
        bool unsavedChanges = false; // the profile has changes that are not saved yet
        QString host;                // the cluster's host name
        QByteArray pinnedSha256;     // the certificate pinned for the profile; empty when none
    };

    explicit ConnectionTestResultView(QWidget *parent = nullptr);
    ~ConnectionTestResultView() override;

    void showResult(const LicenseCore::ConnectionTestResult &result, const Context &context);
    // Hides the view and withdraws any offer to pin.
    void clear();

    // The focusable widgets in tab order, so that the owner can chain them with its own.
    [[nodiscard]] QList<QWidget *> tabOrder() const;

Q_SIGNALS:
    // The user asked to trust exactly the offered certificate (its SHA-256 digest, raw bytes).
    void pinRequested(const QByteArray &sha256);

private:
    MessageWidget *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_certificate = nullptr;
    QPushButton *m_trustButton = nullptr;
    QByteArray m_offeredPin;
};

} // namespace LicenseUi
