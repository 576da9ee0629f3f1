// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace LicenseUi {

MessageWidget::MessageWidget(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);

    clear();
}

MessageWidget::~MessageWidget() = default;

void MessageWidget::setMessage(Severity severity, const QString &text)
{
    if (severity == Severity::None || text.isEmpty()) {
        clear();
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
    m_severity = severity;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->show();
    m_text->setText(text);
    m_text->show();
    show();
}

void MessageWidget::clear()
{
    m_severity = Severity::None;
    // The labels hide too: whoever looks at the text label alone must not find a stale sentence there.
    m_icon->hide();
    m_icon->clear();
    m_text->hide();
    m_text->clear();
    hide();
}

MessageWidget::Severity MessageWidget::severity() const
{
    return m_severity;
}

QString MessageWidget::text() const
{
    return m_text->text();
}

QLabel *MessageWidget::textLabel() const
{
    return m_text;
}

} // namespace LicenseUi
