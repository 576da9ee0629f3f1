// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace LicenseUi {

// The table of an answer: whole rows selected, alternating row colours, one line a row, columns as wide as their
// contents, no row numbers. It shows the model in its own order (the answer's) until a click on a header sorts by
// that column.
class AnswerTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerTableView)

public:
    explicit AnswerTableView(QWidget *parent = nullptr);
    ~AnswerTableView() override;

    // Back to the model's own order, e.g. for a new answer, until a header is clicked again.
    void showModelOrder();
};

} // namespace LicenseUi
