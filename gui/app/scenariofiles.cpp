#include "scenariofiles.h"

#include "appactions.h"
#include "engineclient/engineclient.h"
#include "mainwindow.h"
#include "runcontroller.h"
#include "views/canvasview.h"
#include "views/messagebar.h"
#include "views/parametereditor.h"
#include "views/scenariolibrarydock.h"
#include "views/scenarioproblemspane.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

Q_LOGGING_CATEGORY(lcScenarioFiles, "ipcviz.scenariofiles")

namespace {
const QString kRecentKey = QStringLiteral("scenarioFiles/recent");
/// Editors save by writing a new file and renaming it over the old one, often in
/// several steps: wait for the dust to settle before checking again.
constexpr int kReloadDelayMs = 250;

QStringList droppedFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

bool isTraceFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("ndjson"), QStringLiteral("jsonl"),
                                      QStringLiteral("trace"), QStringLiteral("json")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QByteArray contentHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}
} // namespace

ScenarioFiles::ScenarioFiles(MainWindow &window)
    : QObject(&window), m_window(window), m_pane(new ScenarioProblemsPane(&window)),
      m_recentMenu(new QMenu(&window)), m_watcher(new QFileSystemWatcher(this)),
      m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ScenarioFiles"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(kReloadDelayMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, this, &ScenarioFiles::onFileChanged);
    m_recentMenu->setObjectName(QStringLiteral("RecentScenariosMenu"));
    rebuildRecentMenu();
}

bool ScenarioFiles::event(QEvent *event)
{
    // Reaches us from the main window, our parent, like every child of a widget.
    if (event->type() == QEvent::LanguageChange)
        rebuildRecentMenu();
    return QObject::event(event);
}

ScenarioFiles *ScenarioFiles::of(const MainWindow &window)
{
    return window.findChild<ScenarioFiles *>(QStringLiteral("ScenarioFiles"),
                                             Qt::FindDirectChildrenOnly);
}

ScenarioCheck ScenarioFiles::check(const QString &path)
{
    m_check = ScenarioCheck::run(m_window.controller()->client()->enginePath(), path);
    m_pane->showCheck(m_check);
    Q_EMIT fileChecked(m_check);
    return m_check;
}

bool ScenarioFiles::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        m_window.messageBar()->showMessage(
            MessageBar::Level::Error,
            tr("The scenario file %1 does not exist or is not a regular file.").arg(path));
        return false;
    }
    m_file = info.absoluteFilePath();
    watch(m_file);
    addRecent(m_file);
    const ScenarioCheck result = check(m_file);
    if (!result.ok) {
        m_window.messageBar()->showMessage(
            MessageBar::Level::Error,
            result.errors.isEmpty()
                ? result.failure
                : tr("%1 has %n error(s), listed in the Scenario File panel; fix them and it "
                     "reloads by itself.",
                     nullptr, static_cast<int>(result.errors.size()))
                      .arg(info.fileName()));
        return false;
    }
    m_window.messageBar()->dismiss();
    return m_window.selectScenario(m_file);
}

bool ScenarioFiles::select(const QString &idOrFile)
{
    if (!m_window.scenarioLibrary()->scenario(idOrFile).isEmpty() || !QFileInfo(idOrFile).isFile())
        return m_window.selectScenario(idOrFile);
    return open(idOrFile);
}

bool ScenarioFiles::run()
{
    RunController *controller = m_window.controller();
    if (controller->isRunning())
        return false;
    const QString scenario = controller->scenario();
    if (QFileInfo(scenario).isAbsolute()) {
        // The file may have changed since it was selected: never run it unchecked.
        const ScenarioCheck result = check(scenario);
        if (!result.ok) {
            m_window.messageBar()->showMessage(
                MessageBar::Level::Error,
                tr("%1 is not valid and was not run; see the Scenario File panel.")
                    .arg(QFileInfo(scenario).fileName()));
            return false;
        }
        if (!confirmExecs(result))
            return false;
    }
    return m_window.run();
}

bool ScenarioFiles::restart()
{
    RunController *controller = m_window.controller();
    const QString scenario = controller->scenario();
    if (QFileInfo(scenario).isAbsolute()) {
        const ScenarioCheck result = check(scenario);
        if (!result.ok || !confirmExecs(result))
            return false;
    }
    controller->setParams(m_window.parameterEditor()->valuePairs());
    controller->restart();
    return true;
}

bool ScenarioFiles::confirmExecs(const ScenarioCheck &check)
{
    if (check.execs.isEmpty())
        return true;
    const QByteArray hash = contentHash(check.file);
    if (!hash.isEmpty() && m_approved.contains(hash))
        return true;
    if (!askUser(check.file, check.execs)) {
        m_window.statusBar()->showMessage(
            tr("Not run: %1 was not confirmed.").arg(QFileInfo(check.file).fileName()), 5000);
        return false;
    }
    if (!hash.isEmpty())
        m_approved.insert(hash);
    return true;
}

QString ScenarioFiles::confirmationText(const QString &file, const QStringList &programs)
{
    return tr("The scenario file %1 does not come with ipcviz, and it will run these programs "
              "on this computer, with your permissions:\n\n%2\n\nRun it only if you trust "
              "where it comes from.")
        .arg(QFileInfo(file).fileName(), programs.join(QLatin1Char('\n')));
}

bool ScenarioFiles::askUser(const QString &file, const QStringList &programs)
{
    if (m_confirmer)
        return m_confirmer(file, programs);
    QMessageBox box(QMessageBox::Warning, tr("Run Programs?"), confirmationText(file, programs),
                    QMessageBox::Cancel, &m_window);
    QPushButton *runButton = box.addButton(tr("Run"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == runButton;
}

QStringList ScenarioFiles::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void ScenarioFiles::clearRecentFiles()
{
    QSettings().remove(kRecentKey);
    rebuildRecentMenu();
    Q_EMIT recentFilesChanged();
}

void ScenarioFiles::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    rebuildRecentMenu();
    Q_EMIT recentFilesChanged();
}

void ScenarioFiles::rebuildRecentMenu()
{
    m_recentMenu->setTitle(tr("Open &Recent Scenario"));
    m_recentMenu->setToolTipsVisible(true);
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] {
                if (open(path) && !m_window.controller()->isRunning())
                    run();
            });
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent scenario files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent Files"), this, &ScenarioFiles::clearRecentFiles);
}

void ScenarioFiles::watch(const QString &path)
{
    const QStringList watched = m_watcher->files();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_watcher->addPath(path);
}

void ScenarioFiles::onFileChanged()
{
    if (m_file.isEmpty())
        return;
    if (!QFileInfo(m_file).isFile()) {
        m_window.messageBar()->showMessage(
            MessageBar::Level::Warning,
            tr("The scenario file %1 was removed or renamed.").arg(m_file));
        return;
    }
    // A rename over the file drops it from the watcher: watch the new one.
    if (!m_watcher->files().contains(m_file))
        m_watcher->addPath(m_file);
    RunController *controller = m_window.controller();
    const bool selected = controller->scenario() == m_file;
    const bool wasInvalid = !m_check.ok && m_check.file == m_file;
    qCDebug(lcScenarioFiles) << "reloading" << m_file;
    const ScenarioCheck result = check(m_file);
    if (!result.ok) {
        m_window.messageBar()->showMessage(
            MessageBar::Level::Warning,
            tr("%1 changed and now has errors (see the Scenario File panel); it will not run "
               "until they are fixed.")
                .arg(QFileInfo(m_file).fileName()));
        return;
    }
    m_window.messageBar()->dismiss();
    m_window.statusBar()->showMessage(tr("Reloaded %1.").arg(QFileInfo(m_file).fileName()), 5000);
    // Keep what the user selected: a file that was (or was meant to be) selected
    // stays so; a built-in chosen since is left alone. A running run goes on.
    if ((selected || wasInvalid) && !controller->isRunning())
        m_window.selectScenario(m_file);
}

void ScenarioFiles::openDialog()
{
    const QString dir = m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        &m_window, tr("Open Scenario File"), dir, tr("ipcviz scenarios (*.ipcv);;All files (*)"));
    if (!path.isEmpty() && open(path) && !m_window.controller()->isRunning())
        run();
}

bool ScenarioFiles::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (droppedFiles(drag->mimeData()).isEmpty())
            return QObject::eventFilter(watched, event);
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = droppedFiles(drop->mimeData());
        if (files.isEmpty())
            return QObject::eventFilter(watched, event);
        drop->acceptProposedAction();
        // One file at a time makes sense: the last scenario or trace wins.
        const QString path = files.constLast();
        if (isTraceFile(path))
            m_window.openTrace(path);
        else
            open(path);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

void installScenarioFiles(MainWindow &window)
{
    auto *files = new ScenarioFiles(window);
    AppActions *actions = window.appActions();
    // Every way of opening and running goes through the checks: take over the
    // window's own handlers of these actions.
    QAction *openAction = actions->action(AppActions::OpenScenario);
    QObject::disconnect(openAction, &QAction::triggered, &window, nullptr);
    QObject::connect(openAction, &QAction::triggered, files, &ScenarioFiles::openDialog);
    QAction *runAction = actions->action(AppActions::Run);
    QObject::disconnect(runAction, &QAction::triggered, &window, nullptr);
    QObject::connect(runAction, &QAction::triggered, files, &ScenarioFiles::run);
    QAction *restartAction = actions->action(AppActions::Restart);
    QObject::disconnect(restartAction, &QAction::triggered, &window, nullptr);
    QObject::connect(restartAction, &QAction::triggered, files, &ScenarioFiles::restart);

    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && menu->actions().contains(openAction)) {
            const QList<QAction *> items = menu->actions();
            const qsizetype next = items.indexOf(openAction) + 1;
            menu->insertMenu(next < items.size() ? items.at(next) : nullptr, files->recentMenu());
            break;
        }
    }

    QAction *fit = window.canvasView()->fitAction();
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (menu && menu->actions().contains(fit)) {
            menu->addAction(files->problemsPane()->toggleViewAction());
            break;
        }
    }
    window.addDockWidget(Qt::LeftDockWidgetArea, files->problemsPane());
    window.tabifyDockWidget(window.scenarioLibrary(), files->problemsPane());
    files->problemsPane()->hide();
    window.scenarioLibrary()->raise();

    window.setAcceptDrops(true);
    window.installEventFilter(files);
    // The canvas takes drops itself (a QGraphicsView does): route them here too.
    window.canvasView()->viewport()->setAcceptDrops(true);
    window.canvasView()->viewport()->installEventFilter(files);
}
