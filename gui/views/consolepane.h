#pragma once

#include <QWidget>

class ProcessPalette;
class QPlainTextEdit;
class RunModel;

/// What the scenario's processes printed, in the order it happened, up to the time
/// cursor: each line starts with the process's label, and the text is in the
/// process's colour (stderr in italics), as if every process shared one terminal.
/// Follows the cursor incrementally; moving back rebuilds.
class ConsolePane : public QWidget {
    Q_OBJECT
public:
    explicit ConsolePane(RunModel *run, QWidget *parent = nullptr);

    void setPalette(ProcessPalette *palette);
    QString plainText() const;
    QPlainTextEdit *editor() const { return m_edit; }

public Q_SLOTS:
    /// Shows the output of events [0, index].
    void showUpTo(int index);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void appendEvent(int index);

    RunModel *m_run;
    ProcessPalette *m_palette = nullptr;
    QPlainTextEdit *m_edit;
    int m_shownUpTo = -1;
    QString m_lastLabel;
    bool m_atLineStart = true;
};
