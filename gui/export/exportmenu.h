#pragma once

#include <QHash>
#include <QObject>

class MainWindow;
class QAction;
class QMenu;

/// File > Export: one action per export format (Perfetto, CSV, Mermaid, SVG,
/// PNG, C) that writes the run shown in the window with the exporters of
/// gui/export, after a file dialog. Pictures show the state at the time cursor.
/// A failure is said in the message bar with the reason; a file is only replaced
/// when its export succeeded (QSaveFile). It lives with the exporters, above the
/// views and the main window in the link order, so the window cannot create it:
/// the application (main.cpp) installs it.
class ExportMenu : public QObject {
    Q_OBJECT
public:
    explicit ExportMenu(MainWindow &window);

    /// The instance installed in @p window (nullptr before installExportMenu()).
    static ExportMenu *of(const MainWindow &window);

    QMenu *menu() const { return m_menu; }
    /// The action for a format id of exportFormats(); nullptr for an unknown id.
    QAction *action(const QString &formatId) const { return m_actions.value(formatId); }

    /// Exports the window's run as @p formatId into @p path, without a dialog.
    /// False, with errorString() and a message in the window, when it failed.
    bool exportTo(const QString &formatId, const QString &path);
    QString errorString() const { return m_error; }

public Q_SLOTS:
    /// Asks for a file name, then exports.
    void exportWithDialog(const QString &formatId);
    /// Enables the actions when there is something to export.
    void updateActions();

protected:
    bool event(QEvent *event) override;

private:
    void retranslate();
    bool fail(const QString &message);

    MainWindow &m_window;
    QMenu *m_menu;
    QHash<QString, QAction *> m_actions;
    QString m_lastDir;
    QString m_error;
};

/// Adds File > Export to @p window (after Save Trace).
void installExportMenu(MainWindow &window);
