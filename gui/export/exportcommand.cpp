#include "exportcommand.h"

#include "app/language.h"

#include "core/tracefile.h"
#include "exporterfactory.h"
#include "exportformat.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;
constexpr int MaxImageSide = 16384;
// A trace that is not a trace at all would bury the summary under its errors.
constexpr int MaxListedProblems = 50;

/// The context under which Qt Linguist collects this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

void printErr(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
}

QString formatIds()
{
    QStringList ids;
    for (const ExportFormat &format : exportFormats())
        ids.append(format.id);
    return ids.join(QLatin1Char('|'));
}

QString usage()
{
    return Tr::tr("Usage: ipcviz export TRACE --to %1 -o OUT [--at SEQ] [--size WxH]")
        .arg(formatIds());
}

int usageError(const QString &message)
{
    printErr(QStringLiteral("ipcviz export: ") + message);
    printErr(usage());
    return ExitUsage;
}

// The format decides which application object to create, and that must happen
// before Qt parses anything: look for --to by hand first.
QString peekFormat(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--to") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--to=", 5) == 0)
            return QString::fromLocal8Bit(argv[i] + 5);
    }
    return {};
}

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int w = match.captured(1).toInt();
    const int h = match.captured(2).toInt();
    if (w < 16 || h < 16 || w > MaxImageSide || h > MaxImageSide)
        return false;
    *size = QSize(w, h);
    return true;
}

int exportTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption toOption(
        QStringLiteral("to"), Tr::tr("Export format: %1.").arg(formatIds()), Tr::tr("format"));
    const QCommandLineOption outOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       Tr::tr("Output file; - for standard output."),
                                       Tr::tr("file"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        Tr::tr("svg/png: draw the state after the event with this seq "
               "(default: the end)."),
        Tr::tr("seq"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), Tr::tr("svg/png: picture size in pixels (default 1920x1080)."),
        Tr::tr("WxH"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                        Tr::tr("Show this help."));
    parser.addOptions({toOption, outOption, atOption, sizeOption, helpOption});
    parser.addPositionalArgument(QStringLiteral("TRACE"), Tr::tr("The trace file to export."));

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(usage().toLocal8Bit().constData(), stdout);
        std::fputs("\n\n", stdout);
        std::fputs(parser.helpText().section(QLatin1Char('\n'), 2).toLocal8Bit().constData(),
                   stdout);
        return ExitOk;
    }

    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == QLatin1String("export"))
        positional.removeFirst();
    if (positional.isEmpty())
        return usageError(Tr::tr("no trace file given"));
    if (positional.size() > 1)
        return usageError(Tr::tr("one trace file only; unexpected: %1")
                              .arg(positional.mid(1).join(QLatin1Char(' '))));
    const QString tracePath = positional.constFirst();

    if (!parser.isSet(toOption))
        return usageError(Tr::tr("--to FORMAT is required"));
    const auto format = findExportFormat(parser.value(toOption));
    if (!format) {
        return usageError(Tr::tr("unknown format \"%1\"; use one of %2")
                              .arg(parser.value(toOption), formatIds()));
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(Tr::tr("-o OUT is required (- for standard output)"));
    const QString outPath = parser.value(outOption);

    ExportOptions options;
    if (parser.isSet(atOption)) {
        if (!format->draws)
            return usageError(Tr::tr("--at applies to svg and png only"));
        bool ok = false;
        options.atSeq = parser.value(atOption).toLongLong(&ok);
        if (!ok || options.atSeq < 0)
            return usageError(Tr::tr("--at needs an event number (seq, 0 or more), not \"%1\"")
                                  .arg(parser.value(atOption)));
    }
    if (parser.isSet(sizeOption)) {
        if (!format->draws)
            return usageError(Tr::tr("--size applies to svg and png only"));
        if (!parseSize(parser.value(sizeOption), &options.size))
            return usageError(
                Tr::tr("--size needs WIDTHxHEIGHT between 16 and %1 pixels, not \"%2\"")
                    .arg(MaxImageSide)
                    .arg(parser.value(sizeOption)));
    }

    const TraceLoadResult trace = TraceFile::load(tracePath);
    if (!trace.ok()) {
        printErr(QStringLiteral("ipcviz export: ") + trace.fatalError);
        // The lines that led to the refusal, except the one already quoted.
        for (qsizetype i = 0; i < trace.errors.size() && i < MaxListedProblems; ++i) {
            const DecodeError &error = trace.errors.at(i);
            if (error.lineNumber > 0 && !trace.fatalError.contains(error.message))
                printErr(Tr::tr("%1:%2: error: %3")
                             .arg(tracePath)
                             .arg(error.lineNumber)
                             .arg(error.message));
        }
        return ExitFailed;
    }
    for (qsizetype i = 0; i < trace.errors.size() && i < MaxListedProblems; ++i) {
        const DecodeError &error = trace.errors.at(i);
        if (error.lineNumber > 0)
            printErr(Tr::tr("%1:%2: warning: %3")
                         .arg(tracePath)
                         .arg(error.lineNumber)
                         .arg(error.message));
        else
            printErr(Tr::tr("%1: warning: %2").arg(tracePath, error.message));
    }
    if (trace.errors.size() > MaxListedProblems) {
        printErr(Tr::tr("%1: %n more problem(s) not listed", nullptr,
                        static_cast<int>(trace.errors.size() - MaxListedProblems))
                     .arg(tracePath));
    }

    const std::unique_ptr<Exporter> exporter = createExporter(format->id, options);
    if (outPath == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            printErr(Tr::tr("ipcviz export: cannot write to standard output: %1")
                         .arg(out.errorString()));
            return ExitFailed;
        }
        if (!exporter->write(trace.hello, trace.events, trace.end, out)) {
            printErr(QStringLiteral("ipcviz export: ") + exporter->errorString());
            return ExitFailed;
        }
        out.flush();
    } else {
        // QSaveFile: a failed export never leaves a half-written file behind.
        QSaveFile out(outPath);
        if (!out.open(QIODevice::WriteOnly)) {
            printErr(Tr::tr("ipcviz export: cannot write %1: %2").arg(outPath, out.errorString()));
            return ExitFailed;
        }
        if (!exporter->write(trace.hello, trace.events, trace.end, out)) {
            out.cancelWriting();
            printErr(QStringLiteral("ipcviz export: ") + exporter->errorString());
            return ExitFailed;
        }
        if (!out.commit()) {
            printErr(Tr::tr("ipcviz export: cannot write %1: %2").arg(outPath, out.errorString()));
            return ExitFailed;
        }
    }

    if (!trace.errors.isEmpty()) {
        printErr(Tr::tr("ipcviz export: warning: the trace is damaged (%n problem(s) listed "
                        "above); valid events exported: %1",
                        nullptr, static_cast<int>(trace.errors.size()))
                     .arg(trace.events.size()));
    }
    return ExitOk;
}

/// Exports in the language the app uses (its setting, else the system's), with
/// the plural forms of English too ("1 byte", "2 bytes").
int exportInLanguage()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ipcviz"));
    QCoreApplication::setApplicationName(QStringLiteral("ipcviz"));
    LanguageManager languages;
    languages.applySavedLanguage();
    return exportTrace(QCoreApplication::arguments());
}

} // namespace

int runExportCommand(int argc, char **argv)
{
    // stderr is for the user: the problems and the summary this command prints,
    // not the components' debug chatter (QT_LOGGING_RULES still wins).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("*.debug=false\n*.info=false\nipcviz.export.warning=false"));
    }
    const auto format = findExportFormat(peekFormat(argc, argv));
    if (format && format->draws) {
        // Pictures are drawn with the canvas's QGraphicsScene, which needs a
        // QApplication; the offscreen platform renders the same without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return exportInLanguage();
    }
    QCoreApplication app(argc, argv);
    return exportInLanguage();
}
