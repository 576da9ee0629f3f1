// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewidget.h"

#include <QLabel>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

using namespace LicenseUi;

using Severity = MessageWidget::Severity;

class TestMessageWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void startsHidden();
    void takesNoRoomWhenHidden();
    void showsIconAndText_data();
    void showsIconAndText();
    void clears_data();
    void clears();
    void textIsNeverMarkup();
    void wrapsInItsLayout();

private:
    // The label beside the text: the icon.
    [[nodiscard]] QLabel *iconLabel() const;
    [[nodiscard]] QImage expectedIcon(QStyle::StandardPixmap pixmap) const;

    std::unique_ptr<QWidget> m_window;
    MessageWidget *m_message = nullptr;
};

void TestMessageWidget::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_message = new MessageWidget(m_window.get());
    m_message->textLabel()->setObjectName(QStringLiteral("messageText"));
    layout->addWidget(m_message);
    m_window->resize(300, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMessageWidget::cleanup()
{
    m_window.reset();
    m_message = nullptr;
}

QLabel *TestMessageWidget::iconLabel() const
{
    for (QLabel *label : m_message->findChildren<QLabel *>()) {
        if (label != m_message->textLabel())
            return label;
    }
    return nullptr;
}

QImage TestMessageWidget::expectedIcon(QStyle::StandardPixmap pixmap) const
{
    const int size = m_message->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_message);
    return m_message->style()->standardIcon(pixmap, nullptr, m_message).pixmap(size, size).toImage();
}

void TestMessageWidget::startsHidden()
{
    QVERIFY(m_message->isHidden());
    QVERIFY(m_message->textLabel()->isHidden());
    QCOMPARE(m_message->severity(), Severity::None);
    QVERIFY(m_message->text().isEmpty());
}

void TestMessageWidget::takesNoRoomWhenHidden()
{
    QLayout *layout = m_window->layout();
    const int empty = layout->sizeHint().height();
    m_message->setMessage(Severity::Warning, QStringLiteral("A line"));
    QVERIFY(layout->sizeHint().height() > empty);
    m_message->clear();
    QCOMPARE(layout->sizeHint().height(), empty);
}

void TestMessageWidget::showsIconAndText_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("pixmap");
    QTest::newRow("information") << Severity::Information << int(QStyle::SP_MessageBoxInformation);
    QTest::newRow("success") << Severity::Success << int(QStyle::SP_DialogApplyButton);
    QTest::newRow("warning") << Severity::Warning << int(QStyle::SP_MessageBoxWarning);
    QTest::newRow("error") << Severity::Error << int(QStyle::SP_MessageBoxCritical);
}

void TestMessageWidget::showsIconAndText()
{
    QFETCH(Severity, severity);
    QFETCH(int, pixmap);
    const QString text = QStringLiteral("The cluster answered.");
    m_message->setMessage(severity, text);
    QVERIFY(m_message->isVisible());
    QVERIFY(m_message->textLabel()->isVisible());
    QCOMPARE(m_message->textLabel()->text(), text);
    QCOMPARE(m_message->text(), text);
    QCOMPARE(m_message->severity(), severity);
    QLabel *icon = iconLabel();
    QVERIFY(icon);
    QVERIFY(icon->isVisible());
    QCOMPARE(icon->pixmap().toImage(), expectedIcon(QStyle::StandardPixmap(pixmap)));

    // Another severity replaces the icon.
    const Severity other = severity == Severity::Error ? Severity::Success : Severity::Error;
    m_message->setMessage(other, text);
    QVERIFY(icon->pixmap().toImage() != expectedIcon(QStyle::StandardPixmap(pixmap)));
}

void TestMessageWidget::clears_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("byClear");
    QTest::newRow("severity none") << Severity::None << QStringLiteral("Ignored without a severity") << false;
    QTest::newRow("empty text") << Severity::Warning << QString() << false;
    QTest::newRow("clear()") << Severity::Warning << QString() << true;
}

void TestMessageWidget::clears()
{
    QFETCH(Severity, severity);
    QFETCH(QString, text);
    QFETCH(bool, byClear);
    m_message->setMessage(Severity::Warning, QStringLiteral("Something to clear"));
    QVERIFY(m_message->isVisible());
    if (byClear)
        m_message->clear();
    else
        m_message->setMessage(severity, text);
    QVERIFY(m_message->isHidden());
    QVERIFY(m_message->textLabel()->isHidden());
    QVERIFY(iconLabel()->isHidden());
    QVERIFY(m_message->text().isEmpty());
    QCOMPARE(m_message->severity(), Severity::None);
}

void TestMessageWidget::textIsNeverMarkup()
{
    const QString text = QStringLiteral("<b>bold</b> <a href=\"https://evil.example\">here</a>");
    m_message->setMessage(Severity::Error, text);
    QLabel *label = m_message->textLabel();
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), text);
    QVERIFY(!label->openExternalLinks());
    QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(!label->textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
}

void TestMessageWidget::wrapsInItsLayout()
{
    m_message->setMessage(Severity::Information, QString(40, QLatin1Char('x')).append(QStringLiteral(" ")).repeated(8));
    QVERIFY(m_message->textLabel()->wordWrap());
    QVERIFY(m_message->hasHeightForWidth());
    // Narrower means taller: the text wraps instead of widening the window.
    QVERIFY(m_message->heightForWidth(150) > m_message->heightForWidth(600));
}

QTEST_MAIN(TestMessageWidget)
#include "tst_messagewidget.moc"
