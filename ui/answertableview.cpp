// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answertableview.h"

#include <QHeaderView>

namespace LicenseUi {

AnswerTableView::AnswerTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    setSortingEnabled(false);
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this] { setSortingEnabled(true); });
}

AnswerTableView::~AnswerTableView() = default;

void AnswerTableView::showModelOrder()
{
    setSortingEnabled(false);
    if (model())
        model()->sort(-1);
}

} // namespace LicenseUi
