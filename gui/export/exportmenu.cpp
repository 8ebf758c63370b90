#include "exportmenu.h"

#include "app/appactions.h"
#include "app/mainwindow.h"
#include "app/runcontroller.h"
#include "engineclient/engineclient.h"
#include "exporterfactory.h"
#include "exportformat.h"
#include "models/runmodel.h"
#include "views/messagebar.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcExportMenu, "ipcviz.exportmenu")

ExportMenu::ExportMenu(MainWindow &window)
    : QObject(&window), m_window(window), m_menu(new QMenu(&window))
{
    setObjectName(QStringLiteral("ExportMenu"));
    m_menu->setObjectName(QStringLiteral("ExportMenu"));
    m_menu->setToolTipsVisible(true);
    for (const ExportFormat &format : exportFormats()) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(QStringLiteral("export-") + format.id);
        action->setData(format.id);
        const QString id = format.id;
        connect(action, &QAction::triggered, this, [this, id] { exportWithDialog(id); });
        m_actions.insert(format.id, action);
    }
    RunModel *model = window.runModel();
    connect(model, &RunModel::runReset, this, &ExportMenu::updateActions);
    connect(model, &RunModel::eventsAppended, this, &ExportMenu::updateActions);
    connect(model, &RunModel::runEnded, this, &ExportMenu::updateActions);
    retranslate();
    updateActions();
}

void ExportMenu::retranslate()
{
    m_menu->setTitle(tr("&Export"));
    for (const ExportFormat &format : exportFormats()) {
        QAction *action = m_actions.value(format.id);
        if (!action)
            continue;
        action->setText(tr("%1…").arg(format.name));
        const QString tip = format.draws ? tr("Save a picture of the canvas at the time cursor")
                                         : tr("Save the whole run in this format");
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
}

bool ExportMenu::event(QEvent *event)
{
    // Reaches us from the main window, our parent, like every child of a widget.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

ExportMenu *ExportMenu::of(const MainWindow &window)
{
    return window.findChild<ExportMenu *>(QStringLiteral("ExportMenu"), Qt::FindDirectChildrenOnly);
}

void ExportMenu::updateActions()
{
    const bool any = m_window.runModel()->hasStarted();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(any);
}

bool ExportMenu::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcExportMenu).noquote() << message;
    m_window.messageBar()->showMessage(MessageBar::Level::Error, message);
    return false;
}

bool ExportMenu::exportTo(const QString &formatId, const QString &path)
{
    m_error.clear();
    const std::optional<ExportFormat> format = findExportFormat(formatId);
    if (!format)
        return fail(tr("Unknown export format \"%1\".").arg(formatId));
    const RunModel *model = m_window.runModel();
    if (!model->hasStarted())
        return fail(tr("There is nothing to export yet: run a scenario or open a trace first."));
    ExportOptions options;
    options.enginePath = m_window.controller()->client()->enginePath();
    const int cursor = model->cursor();
    // Pictures show what the views show: the state at the time cursor. Before
    // the first event that is the first event (the empty picture teaches nothing).
    if (format->draws && model->eventCount() > 0)
        options.atSeq = model->event(std::max(0, cursor)).seq;
    std::unique_ptr<Exporter> exporter = createExporter(formatId, options);
    if (!exporter)
        return fail(tr("Unknown export format \"%1\".").arg(formatId));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!exporter->write(model->hello(), model->events(), model->end(), file)) {
        file.cancelWriting();
        return fail(tr("The %1 export failed: %2").arg(format->name, exporter->errorString()));
    }
    if (!file.commit())
        return fail(
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_window.statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)),
                                      5000);
    return true;
}

void ExportMenu::exportWithDialog(const QString &formatId)
{
    const std::optional<ExportFormat> format = findExportFormat(formatId);
    if (!format)
        return;
    QString base = m_window.runModel()->hello().str(QStringLiteral("scenario"));
    base = base.isEmpty() ? QStringLiteral("run") : QFileInfo(base).completeBaseName();
    const QString dir = m_lastDir.isEmpty() ? QDir::currentPath() : m_lastDir;
    const QString suggested = QDir(dir).filePath(base + QLatin1Char('.') + format->suffix);
    QString path = QFileDialog::getSaveFileName(&m_window, tr("Export as %1").arg(format->name),
                                                suggested, format->filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format->suffix;
    m_lastDir = QFileInfo(path).absolutePath();
    exportTo(formatId, path);
}

void installExportMenu(MainWindow &window)
{
    auto *exports = new ExportMenu(window);
    // With the other things done to a run's file: right after Save Trace.
    QAction *save = window.appActions()->action(AppActions::SaveTrace);
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && menu->actions().contains(save)) {
            const QList<QAction *> items = menu->actions();
            const qsizetype next = items.indexOf(save) + 1;
            menu->insertMenu(next < items.size() ? items.at(next) : nullptr, exports->menu());
            return;
        }
    }
    window.menuBar()->addMenu(exports->menu());
}
