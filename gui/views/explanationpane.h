#pragma once

#include <QWidget>

class ProcessPalette;
class QTextBrowser;
class RunModel;
class RunState;

/// The Explanation pane of step mode: for the step just done, the call, its
/// arguments, its return value or errno and what happened in words; then, for
/// each process, what it will do next (at its gate) or why it is blocked and
/// what would unblock it. Shows the state at the time cursor.
class ExplanationPane : public QWidget {
    Q_OBJECT
public:
    explicit ExplanationPane(RunModel *run, QWidget *parent = nullptr);

    void setProcessPalette(ProcessPalette *palette);
    /// Explains @p state (the state after event state.index() of the model).
    void showState(const RunState &state);
    QString plainText() const;
    QTextBrowser *browser() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RunModel *m_run;
    ProcessPalette *m_palette = nullptr;
    QTextBrowser *m_text;
};
