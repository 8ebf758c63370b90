// Linked into every app test: English as the app shows it, the source texts
// plus the plural forms of ipcviz_en.qm ("1 byte", "2 bytes"), so that tests
// compare what a user reads rather than "byte(s)".
#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglish()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (!english->load(QStringLiteral(":/i18n/ipcviz_en.qm")))
        qFatal("tests: the English catalogue :/i18n/ipcviz_en.qm is not in the resources");
    QCoreApplication::installTranslator(english);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
