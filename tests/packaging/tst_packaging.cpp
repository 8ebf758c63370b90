// The desktop integration and the package: the .desktop and AppStream files
// pass their validators, `cmake --install` gives a tree whose programs start,
// and `cpack -G DEB` gives a package with everything in it and the right
// dependencies. (scripts/check-package goes further: it installs the .deb into
// a clean Debian 12 root and starts it there.)

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral("io.github.ipcviz.ipcviz");

QString sourceDir()
{
    return QStringLiteral(IPCVIZ_SOURCE_DIR);
}

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

Result run(const QString &program, const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           int timeoutMs = 240000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Result r;
    if (!p.waitForStarted(10000)) {
        r.err = program + QStringLiteral(": ") + p.errorString();
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = program + QStringLiteral(": did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The validator, or a failure saying how to get it (scripts/install-deps does).
QString tool(const char *name, const char *package)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty())
        qWarning("%s is not installed: apt-get install %s (scripts/install-deps does)", name,
                 package);
    return path;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void desktopFileIsValid();
    void metainfoIsValid();
    void installedTreeStarts();
    void debianPackage();
};

void TestPackaging::desktopFileIsValid()
{
    const QString validate = tool("desktop-file-validate", "desktop-file-utils");
    QVERIFY(!validate.isEmpty());
    const Result r = run(validate, {sourceDir() + QStringLiteral("/packaging/") + kAppId +
                                    QStringLiteral(".desktop")});
    QVERIFY2(r.exitCode == 0 && r.out.trimmed().isEmpty(), qPrintable(r.out + r.err));
}

void TestPackaging::metainfoIsValid()
{
    const QString appstream = tool("appstreamcli", "appstream");
    QVERIFY(!appstream.isEmpty());
    const Result r = run(
        appstream,
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
         sourceDir() + QStringLiteral("/packaging/") + kAppId + QStringLiteral(".metainfo.xml")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QLatin1String("W:")) && !r.out.contains(QLatin1String("E:")),
             qPrintable(r.out));
}

void TestPackaging::installedTreeStarts()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Result install = run(QStringLiteral(IPCVIZ_CMAKE),
                               {QStringLiteral("--install"), QStringLiteral(IPCVIZ_BUILD_DIR),
                                QStringLiteral("--prefix"), prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));

    const QDir root(prefix.path());
    for (const QString &file :
         {QStringLiteral("bin/ipcviz"), QStringLiteral("bin/ipcviz-engine"),
          QStringLiteral("share/applications/") + kAppId + QStringLiteral(".desktop"),
          QStringLiteral("share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
          QStringLiteral("share/icons/hicolor/scalable/apps/") + kAppId + QStringLiteral(".svg"),
          QStringLiteral("share/man/man1/ipcviz.1.gz"),
          QStringLiteral("share/man/man1/ipcviz-engine.1.gz"),
          QStringLiteral("share/doc/ipcviz/PROTOCOL.md"),
          QStringLiteral("share/doc/ipcviz/scenario-format.md")})
        QVERIFY2(QFile::exists(root.filePath(file)), qPrintable(file + QStringLiteral(" missing")));

    // The installed programs run from where they were installed.
    QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
    noDisplay.remove(QStringLiteral("DISPLAY"));
    noDisplay.remove(QStringLiteral("WAYLAND_DISPLAY"));
    noDisplay.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Result version =
        run(root.filePath(QStringLiteral("bin/ipcviz")), {QStringLiteral("--version")}, noDisplay);
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QVERIFY2(version.out.contains(QStringLiteral(IPCVIZ_VERSION)), qPrintable(version.out));

    const Result engine = run(root.filePath(QStringLiteral("bin/ipcviz-engine")),
                              {QStringLiteral("run"), QStringLiteral("fork-basic")});
    QVERIFY2(engine.exitCode == 0, qPrintable(engine.err));
    QVERIFY(engine.out.contains(QLatin1String("\"status\":\"completed\"")));

    // The installed app finds the installed engine next to it and runs a
    // scenario to its end without a screen.
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    offscreen.insert(QStringLiteral("XDG_CONFIG_HOME"), prefix.filePath(QStringLiteral("config")));
    const Result app = run(root.filePath(QStringLiteral("bin/ipcviz")),
                           {QStringLiteral("--scenario"), QStringLiteral("fork-basic"),
                            QStringLiteral("--run"), QStringLiteral("--quit")},
                           offscreen, 60000);
    QVERIFY2(app.exitCode == 0, qPrintable(QString::number(app.exitCode) + app.out + app.err));

    // The headless export speaks the app's language, plural forms included.
    QProcessEnvironment english = offscreen;
    english.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    english.remove(QStringLiteral("LANGUAGE"));
    english.remove(QStringLiteral("LC_ALL"));
    english.remove(QStringLiteral("LC_MESSAGES"));
    const Result text = run(root.filePath(QStringLiteral("bin/ipcviz")),
                            {QStringLiteral("export"),
                             sourceDir() + QStringLiteral("/tests/gui/data/pipe-messages.ndjson"),
                             QStringLiteral("--to"), QStringLiteral("text"), QStringLiteral("-o"),
                             QStringLiteral("-")},
                            english, 60000);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QLatin1String("main wrote 14 bytes to pipe#1")),
             qPrintable(text.out));
    QVERIFY2(!text.out.contains(QLatin1String("(s)")), qPrintable(text.out));
}

void TestPackaging::debianPackage()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
        QSKIP("not a Debian system: no dpkg-deb");
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const Result cpack = run(
        QStringLiteral(IPCVIZ_CPACK),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
         QStringLiteral(IPCVIZ_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"), out.path()});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")});
    QCOMPARE(debs.size(), 1);
    QVERIFY2(debs.first().startsWith(QStringLiteral("ipcviz_" IPCVIZ_VERSION "_")),
             qPrintable(debs.first()));
    const QString deb = QDir(out.path()).filePath(debs.first());

    const Result contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
    QCOMPARE(contents.exitCode, 0);
    for (const QString &file :
         {QStringLiteral("./usr/bin/ipcviz"), QStringLiteral("./usr/bin/ipcviz-engine"),
          QStringLiteral("./usr/share/applications/") + kAppId + QStringLiteral(".desktop"),
          QStringLiteral("./usr/share/metainfo/") + kAppId + QStringLiteral(".metainfo.xml"),
          QStringLiteral("./usr/share/icons/hicolor/scalable/apps/") + kAppId +
              QStringLiteral(".svg"),
          QStringLiteral("./usr/share/man/man1/ipcviz.1.gz"),
          QStringLiteral("./usr/share/doc/ipcviz/changelog.gz")})
        QVERIFY2(contents.out.contains(file),
                 qPrintable(file + QStringLiteral(" not in the package")));

    const Result depends =
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    // Found by dpkg-shlibdeps from the binaries, and the run-time plugins.
    for (const char *package : {"libqt6widgets6", "libqt6charts6", "libc6", "qt6-qpa-plugins"})
        QVERIFY2(depends.out.contains(QLatin1String(package)), qPrintable(depends.out));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
