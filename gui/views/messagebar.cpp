#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QToolButton(this);
    m_close = new QToolButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QToolButton::clicked, this, &MessageBar::actionTriggered);
    retranslateUi();
    hide();
}

void MessageBar::retranslateUi()
{
    // The message itself stays as it was said: it is about a moment that has passed.
    setAccessibleName(tr("Message"));
    m_action->setToolTip(tr("Do what the message suggests"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText)
{
    m_level = level;
    QColor background;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Info:
        background = QColor(0xe3, 0xf2, 0xfd);
        break;
    case Level::Warning:
        background = QColor(0xff, 0xf3, 0xe0);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Error:
        background = QColor(0xff, 0xeb, 0xee);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::dismiss()
{
    hide();
}
