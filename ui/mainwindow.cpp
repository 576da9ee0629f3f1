// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

namespace LicenseUi {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("License Usage Explorer"));
}

MainWindow::~MainWindow() = default;

} // namespace LicenseUi
