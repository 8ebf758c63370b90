#pragma once

#include <QDialog>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProcess;
class QPushButton;
class QStackedWidget;
class QTimer;

/// One manual page as the engine names it ("fork(2)"): the page a scenario's call
/// is documented in. Links inside the app use the `man:` scheme (man:fork(2)).
struct ManPage {
    QString name;    // "fork"
    QString section; // "2"

    /// "fork(2)" -> {fork, 2}; nothing for anything else (a name that starts with
    /// '-' is refused, so it can never be taken for an option of man).
    static std::optional<ManPage> parse(const QString &title);
    /// man:fork(2) -> {fork, 2}.
    static std::optional<ManPage> fromUrl(const QUrl &url);

    QString title() const; // "fork(2)"
    QUrl url() const;      // man:fork(2)
    /// The copy on man7.org: https://man7.org/linux/man-pages/man2/fork.2.html
    QUrl onlineUrl() const;
    /// The Debian package with this page: manpages-dev for sections 2 and 3.
    QString debianPackage() const;
};

/// Runs `man -P cat SECTION NAME` (no shell, MANWIDTH=80) in a QProcess and
/// reports the page's text, or why there is none. Asynchronous; a man that
/// takes longer than the timeout is killed.
class ManPageLoader : public QObject {
    Q_OBJECT
public:
    enum class Failure {
        NoManProgram, // `man` is not installed (or could not start)
        NotInstalled, // man has no such page here
        TimedOut,
        Failed, // man failed otherwise (detail: its message)
    };
    Q_ENUM(Failure)

    static constexpr int DefaultTimeoutMs = 10000;

    explicit ManPageLoader(QObject *parent = nullptr);
    ~ManPageLoader() override;

    /// The man program to run; empty (the default) = `man` on PATH.
    void setManProgram(const QString &program) { m_program = program; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Starts loading @p page; a load still going is abandoned.
    void load(const ManPage &page);
    bool isLoading() const { return m_process != nullptr; }

Q_SIGNALS:
    void loaded(const QString &text);
    void failed(ManPageLoader::Failure failure, const QString &detail);

private:
    void finish(int exitCode);
    void fail(Failure failure, const QString &detail = {});
    void abandon();

    QString m_program;
    int m_timeoutMs = DefaultTimeoutMs;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
};

/// Shows one manual page inside the app: the text in a searchable monospace
/// view when `man` has it, otherwise what to install (man-db, manpages-dev) and
/// a button for the online copy on man7.org. Never waits for man on the UI thread.
class ManPageDialog : public QDialog {
    Q_OBJECT
public:
    enum class State { Loading, Shown, NotInstalled, NoManProgram, Failed };
    Q_ENUM(State)

    explicit ManPageDialog(const ManPage &page, QWidget *parent = nullptr);

    /// Shows the page in a dialog of @p parent (the one already open for this page,
    /// raised, or a new one that starts loading at once).
    static ManPageDialog *open(const ManPage &page, QWidget *parent);

    /// Starts (or restarts) loading the page.
    void load();
    ManPageLoader *loader() const { return m_loader; }
    ManPage page() const { return m_page; }
    State state() const { return m_state; }
    /// The page's text once Shown.
    QString text() const;
    /// What the dialog says instead of the page (rich text), empty when Shown.
    QString message() const;
    QPlainTextEdit *textView() const { return m_text; }
    QLineEdit *findField() const { return m_find; }
    QPushButton *onlineButton() const { return m_online; }
    /// Selects the next (or previous) occurrence of the find field's text, from the
    /// cursor, wrapping around. False when there is none.
    bool findNext(bool backwards = false);

Q_SIGNALS:
    void stateChanged(ManPageDialog::State state);

private:
    void showText(const QString &text);
    void showFailure(ManPageLoader::Failure failure, const QString &detail);
    void setState(State state);
    void highlightMatches();

    ManPage m_page;
    ManPageLoader *m_loader;
    State m_state = State::Loading;
    QStackedWidget *m_stack;
    QLabel *m_loading;
    QPlainTextEdit *m_text;
    QLineEdit *m_find;
    QLabel *m_matches;
    QLabel *m_message;
    QPushButton *m_online;
};
