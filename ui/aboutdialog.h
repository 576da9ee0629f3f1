// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <application/libraryversions.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace LicenseUi {

// About License Usage Explorer: version, what it does, its license, and the libraries it runs with. "Copy
// Version Info" puts the same facts on the clipboard as plain text, for a bug report.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    // For tests: the libraries to show instead of the ones loaded.
    AboutDialog(const QList<LicenseCore::LibraryVersion> &libraries, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The program, its version, the libraries and the system, one per line, untranslated.
    [[nodiscard]] QString versionText() const;
    void copyVersionInfo();

    [[nodiscard]] QLabel *versionLabel() const { return m_version; }
    [[nodiscard]] QLabel *licenseLabel() const { return m_license; }
    [[nodiscard]] QTableWidget *libraryTable() const { return m_libraries; }
    [[nodiscard]] QPushButton *copyButton() const { return m_copy; }

private:
    QList<LicenseCore::LibraryVersion> m_libraryVersions;
    QLabel *m_version = nullptr;
    QLabel *m_license = nullptr;
    QTableWidget *m_libraries = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace LicenseUi
