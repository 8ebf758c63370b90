#pragma once

#include <QWidget>

class ProcessPalette;
class QTextBrowser;
class RunState;
struct ObjectState;
struct ProcessState;

/// Details of what is selected, at the time cursor. For a process: PID, PPID,
/// label, state, program, its descriptor table, signal dispositions and counters,
/// mappings and its output. For an object: kernel name or path, bytes in flight or
/// its contents (hex and text, changed bytes highlighted), semaphore value and
/// waiters, and who holds it open or mapped.
class InspectorPane : public QWidget {
    Q_OBJECT
public:
    /// Bytes shown in a hex dump before "… N more".
    static constexpr int kMaxDumpBytes = 256;

    explicit InspectorPane(QWidget *parent = nullptr);

    void setPalette(ProcessPalette *palette);

    void showProcess(const RunState &state, const QString &label);
    void showObject(const RunState &state, const QString &id);
    void showNothing();

    /// The pane's text without markup (for tests and accessibility).
    QString plainText() const;
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString processHtml(const RunState &state, const ProcessState &p) const;
    QString objectHtml(const RunState &state, const ObjectState &o) const;

    ProcessPalette *m_palette = nullptr;
    QTextBrowser *m_view;
};
