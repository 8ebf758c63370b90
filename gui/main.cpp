// ipcviz: the application. Thin on purpose: the window and everything in it live
// in the ipcviz_gui_views library, the headless export in ipcviz_gui_export.

#include "app/features.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/presentermode.h"
#include "app/runcontroller.h"
#include "app/scenariofiles.h"
#include "engineclient/engineclient.h"
#include "export/exportcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

Q_LOGGING_CATEGORY(lcApp, "ipcviz.app")

namespace {

bool hasDisplay()
{
    const auto set = [](const char *name) {
        const char *v = std::getenv(name);
        return v && *v;
    };
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Runs multi-process scenarios with real processes and shows what happens.\n"
        "Headless export: ipcviz export TRACE --to FORMAT -o OUT (see ipcviz export --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("scenario"),
         QCoreApplication::translate("main", "Select a built-in scenario or a scenario file."),
         QCoreApplication::translate("main", "ID|FILE")});
    parser.addOption({QStringLiteral("run"),
                      QCoreApplication::translate("main", "Start the selected scenario at once.")});
    parser.addOption(
        {QStringLiteral("step"),
         QCoreApplication::translate("main", "Start the selected scenario paused, step by step.")});
    parser.addOption({QStringLiteral("open"),
                      QCoreApplication::translate("main", "Open a saved trace for replay."),
                      QCoreApplication::translate("main", "TRACE")});
    parser.addOption(
        {QStringLiteral("lang"),
         QCoreApplication::translate("main", "Use this language for the interface (e.g. it)."),
         QCoreApplication::translate("main", "CODE")});
    parser.addOption(
        {QStringLiteral("quit"),
         QCoreApplication::translate("main", "With --run: quit when the run ends; the exit status "
                                             "is 0 when it completed (for scripts).")});
    parser.addOption(
        {QStringLiteral("presenter"),
         QCoreApplication::translate("main", "Start in presenter mode (full screen, large, high "
                                             "contrast; F5 or Esc leaves it).")});
}

} // namespace

int main(int argc, char **argv)
{
    // The export needs no window: dispatch before any QApplication exists.
    if (argc > 1 && std::strcmp(argv[1], "export") == 0)
        return runExportCommand(argc - 1, argv + 1);

    if (!hasDisplay()) {
        // --help and --version still work without a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ipcviz"));
        QCoreApplication::setApplicationVersion(QStringLiteral(IPCVIZ_VERSION));
        QCommandLineParser parser;
        setUpParser(parser);
        parser.process(app);
        std::fputs(
            qPrintable(QCoreApplication::translate(
                "main", "ipcviz: the application needs a display, and none was found (DISPLAY and "
                        "WAYLAND_DISPLAY are not set).\n"
                        "To work without one:\n"
                        "  ipcviz-engine run SCENARIO         run a scenario and print its events\n"
                        "  ipcviz export TRACE --to FORMAT -o OUT   export a saved trace "
                        "(svg, png, csv, mermaid, perfetto, c)\n"
                        "  QT_QPA_PLATFORM=offscreen ipcviz   start the app without showing it\n")),
            stderr);
        return 1;
    }

    // Our debug messages are for developers (QT_LOGGING_RULES="ipcviz.*=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("ipcviz.*.debug=false"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ipcviz"));
    QApplication::setApplicationDisplayName(QStringLiteral("ipcviz"));
    QApplication::setApplicationVersion(QStringLiteral(IPCVIZ_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ipcviz"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.ipcviz.ipcviz"));

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);
    // --lang holds for this run only; otherwise the language chosen in Settings
    // (or the system's). An unknown code gives a warning and English.
    LanguageManager languages;
    if (parser.isSet(QStringLiteral("lang")))
        languages.setLanguage(parser.value(QStringLiteral("lang")),
                              LanguageManager::Scope::Session);
    else
        languages.applySavedLanguage();

    // Readable from the back of a lecture hall by default.
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 12)
        font.setPointSizeF(12);
    QApplication::setFont(font);

    if (parser.isSet(QStringLiteral("run")) && parser.isSet(QStringLiteral("open"))) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "ipcviz: --run and --open cannot be used together.\n")),
                   stderr);
        return 2;
    }

    MainWindow window;
    installFeatures(window, languages);
    if (parser.isSet(QStringLiteral("presenter")))
        PresenterMode::of(window)->setActive(true);
    if (parser.isSet(QStringLiteral("quit"))) {
        const EngineClient *client = window.controller()->client();
        QObject::connect(client, &EngineClient::runFinished, &app, [](const Event &end) {
            QCoreApplication::exit(
                end.str(QStringLiteral("status")) == QLatin1String("completed") ? 0 : 1);
        });
        QObject::connect(client, &EngineClient::runFailed, &app, [](const QString &message) {
            std::fprintf(stderr, "ipcviz: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
        });
    }
    window.show();
    // Start after the window is up so that errors appear in it, not before it.
    QTimer::singleShot(0, &window, [&window, &parser] {
        window.reloadScenarios();
        if (parser.isSet(QStringLiteral("open"))) {
            window.openTrace(parser.value(QStringLiteral("open")));
            return;
        }
        const bool step = parser.isSet(QStringLiteral("step"));
        if (step)
            window.setStepMode(true);
        // A file on the command line goes through the same checks as one
        // opened from the menu.
        ScenarioFiles *files = ScenarioFiles::of(window);
        const bool started = parser.isSet(QStringLiteral("scenario")) &&
                             files->select(parser.value(QStringLiteral("scenario"))) &&
                             (parser.isSet(QStringLiteral("run")) || step) && files->run();
        if (!started && parser.isSet(QStringLiteral("quit"))) {
            std::fputs(qPrintable(QCoreApplication::translate(
                           "main", "ipcviz: --quit: no run was started (see --scenario and "
                                   "--run).\n")),
                       stderr);
            QCoreApplication::exit(2);
        }
    });
    return QApplication::exec();
}
