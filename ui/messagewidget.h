// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace LicenseUi {

// One sentence for the user with the style's small icon for how it matters: information, success, warning or
// error. The text is plain, wrapped and selectable: messages from a cluster must never be interpreted as markup.
// Without a message the widget hides itself, so a layout spends no room on it.
class MessageWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)

public:
    enum class Severity
    {
        None,
        Information,
        Success,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    explicit MessageWidget(QWidget *parent = nullptr);
    ~MessageWidget() override;

    // Severity::None or an empty text clears the message.
    void setMessage(Severity severity, const QString &text);
    void clear();

    [[nodiscard]] Severity severity() const;
    [[nodiscard]] QString text() const;
    // The label holding the text, for its object name, accessible name and font.
    [[nodiscard]] QLabel *textLabel() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    Severity m_severity = Severity::None;
};

} // namespace LicenseUi
