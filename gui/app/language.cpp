#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcLanguage, "ipcviz.language")

namespace {
const QString kEnglish = QStringLiteral("en");
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("ipcviz_");
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_qt(new QTranslator(this)), m_ours(new QTranslator(this)),
      m_current(kEnglish)
{}

LanguageManager::~LanguageManager()
{
    // Owned by the application, it goes when the application does: nothing left
    // to remove the translators from then.
    if (!QCoreApplication::instance())
        return;
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_ours);
}

QString LanguageManager::settingsKey()
{
    return QStringLiteral("interface/language");
}

QString LanguageManager::nativeName(const QString &code)
{
    // What speakers call their language. Qt's names (from CLDR) add a country to
    // some of them ("American English", "español de España").
    static const QHash<QString, QString> names = {
        {kEnglish, QStringLiteral("English")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
    if (names.contains(code))
        return names.value(code);
    const QLocale locale(code);
    QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    // CLDR writes "italiano", "español", "français": a menu entry starts with a capital.
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QList<LanguageManager::Language> LanguageManager::available()
{
    QList<Language> languages;
    const QStringList files =
        QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        // ipcviz_en.qm only holds English plural forms: English is always there.
        if (code != kEnglish)
            languages.append({code, nativeName(code)});
    }
    std::sort(languages.begin(), languages.end(), [](const Language &a, const Language &b) {
        return QString::localeAwareCompare(a.nativeName, b.nativeName) < 0;
    });
    languages.prepend({kEnglish, nativeName(kEnglish)});
    return languages;
}

QString LanguageManager::shippedCode(const QString &code)
{
    const QLocale::Language wanted = QLocale(code).language();
    if (code.isEmpty() || wanted == QLocale::C || wanted == QLocale::AnyLanguage)
        return {};
    for (const Language &l : available()) {
        if (QLocale(l.code).language() == wanted)
            return l.code;
    }
    return {};
}

QString LanguageManager::systemLanguage()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = shippedCode(ui);
        if (!code.isEmpty())
            return code;
    }
    return kEnglish;
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(settingsKey()).toString();
}

void LanguageManager::applySavedLanguage()
{
    setLanguage(savedLanguage(), Scope::Session);
}

bool LanguageManager::setLanguage(const QString &code, Scope scope)
{
    QString choice = code.isEmpty() ? QString() : shippedCode(code);
    const bool known = code.isEmpty() || !choice.isEmpty();
    if (!known)
        choice = kEnglish;
    m_choice = choice;
    install(choice.isEmpty() ? systemLanguage() : choice);
    // Said after the switch, so in the language now in use (English).
    if (!known) {
        QStringList codes;
        for (const Language &l : available())
            codes.append(l.code);
        qCWarning(lcLanguage).noquote()
            << tr("There is no translation for the language \"%1\"; the interface is in "
                  "English. Available: %2.")
                   .arg(code, codes.join(QStringLiteral(", ")));
    }
    if (known && scope == Scope::Saved)
        QSettings().setValue(settingsKey(), m_choice);
    Q_EMIT languageChanged(m_current);
    return known;
}

void LanguageManager::install(const QString &code)
{
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_ours);
    m_current = code;
    // Numbers and dates follow the language chosen; "follow the system" keeps the
    // system's own locale (its territory too).
    QLocale::setDefault(m_choice.isEmpty() ? QLocale::system() : QLocale(code));
    // Qt's own dialogs and context menus (file dialog, "Copy", "Cancel"...).
    if (code != kEnglish && m_qt->load(QStringLiteral("qtbase_") + code,
                                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    // English loads ipcviz_en.qm too when it ships: it holds the English plural forms.
    if (m_ours->load(kPrefix + code, kResourceDir))
        QCoreApplication::installTranslator(m_ours);
    else if (code != kEnglish)
        qCWarning(lcLanguage) << "could not load" << kPrefix + code << "from" << kResourceDir;
    qCDebug(lcLanguage) << "interface language" << code << "choice" << m_choice;
    // Qt posts LanguageChange to every window: deliver it now, so the interface
    // has changed when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}
