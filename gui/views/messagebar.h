#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// A non-blocking message strip above the canvas (like KMessageWidget): says what
/// went wrong and what to do, with an optional action button, and stays until the
/// user closes it or a new run starts. Never a modal dialog in the middle of a
/// lecture.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text; @p actionText non-empty adds a button that emits actionTriggered().
    void showMessage(Level level, const QString &text, const QString &actionText = {});
    QString text() const;
    Level level() const { return m_level; }

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
    Level m_level = Level::Info;
};
