#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class ProcessPalette;
class QLabel;
class QPlainTextEdit;
class RunModel;
class RunState;
struct Event;

/// The Code pane of step mode: the scenario as the C program `ipcviz-engine c`
/// prints, with one cursor per live process on the line of C it is at (in the
/// process's colour): the statement waiting at its gate, else the last one it
/// ran. A child appears on its parent's fork line; a process that called exec
/// leaves the listing, and the pane says what program it runs now.
class CodePane : public QWidget {
    Q_OBJECT
public:
    /// Where one process is in the listing. cLine is 0 when its scenario line has
    /// no line of C (or the program has no line table).
    struct Cursor {
        QString label;
        int scenarioLine = 0;
        int cLine = 0;
        bool operator==(const Cursor &) const = default;
    };

    explicit CodePane(RunModel *run, QWidget *parent = nullptr);

    void setProcessPalette(ProcessPalette *palette);

    /// Runs `ENGINE c SCENARIO --json [--param K=V]...` for the run's hello
    /// (its source and parameters) and shows the program; falls back to the
    /// plain text without line table when the engine has no --json. False, with
    /// the reason shown in the pane and in errorText(), when neither works.
    bool loadProgram(const QString &enginePath, const Event &hello, int timeoutMs = 5000);
    /// Shows @p text with its table scenario line -> C line (1-based).
    void setProgram(const QString &text, const QHash<int, int> &lineMap);
    /// Parses the engine's {"text":..., "lines":[{"line":L,"c_line":C},...]}.
    /// Where one scenario line has several lines of C, the first is kept.
    static bool parseProgramJson(const QByteArray &json, QString *text, QHash<int, int> *lineMap,
                                 QString *error);

    QString programText() const;
    QHash<int, int> lineMap() const { return m_lineMap; }
    QString errorText() const { return m_error; }

    /// Places the cursors for the state at the time cursor.
    void showState(const RunState &state);
    QList<Cursor> cursors() const { return m_cursors; }
    /// "main.1 now runs /bin/ls: its code is not in this listing" (one line per
    /// exec'd process), empty when none.
    QString execNote() const;
    QPlainTextEdit *editor() const { return m_edit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEventsAppended(int first, int last);
    void clearRun();
    void highlight();

    RunModel *m_run;
    ProcessPalette *m_palette = nullptr;
    QPlainTextEdit *m_edit;
    QLabel *m_where;
    QLabel *m_exec;
    QHash<int, int> m_lineMap;
    QHash<QString, int> m_forkLines; // child label -> scenario line of the fork that made it
    QList<Cursor> m_cursors;
    QStringList m_execNotes;
    QString m_error;
};
