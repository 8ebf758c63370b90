#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

/// The interface language. Lists the languages that ship (English, and every
/// translation embedded as :/i18n/ipcviz_<code>.qm) and switches between them
/// while the app runs: setLanguage() replaces Qt's translator (qtbase_<code>)
/// and ipcviz's, sets the default QLocale and, unless the choice holds for this
/// session only (--lang), stores it in QSettings. Qt then sends every window
/// QEvent::LanguageChange, and each widget retranslates itself in changeEvent().
/// An empty code means "follow the system's language".
class LanguageManager : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code;       // "en", "it", ...
        QString nativeName; // "English", "Italiano", ...
    };
    /// Whether a choice is remembered for the next start.
    enum class Scope { Saved, Session };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    /// English first, then the embedded translations by their native names.
    static QList<Language> available();
    /// "Italiano" for "it"; the code itself when Qt does not know it.
    static QString nativeName(const QString &code);
    /// The shipped language that comes first in the system's UI languages; "en" when none.
    static QString systemLanguage();
    /// The shipped language for @p code ("it_CH" -> "it"); empty when none ships.
    static QString shippedCode(const QString &code);
    /// The choice stored in QSettings ("" = follow the system).
    static QString savedLanguage();
    static QString settingsKey();

    /// Switches the interface to @p code ("" = follow the system) at once. An
    /// unknown code gives a warning and English, and returns false.
    bool setLanguage(const QString &code, Scope scope = Scope::Saved);
    /// Applies the stored choice (what a start without --lang does).
    void applySavedLanguage();
    /// The current choice: a shipped code, or "" for the system's language.
    QString language() const { return m_choice; }
    /// The language in use: a shipped code ("en" for English).
    QString currentLanguage() const { return m_current; }

Q_SIGNALS:
    /// The interface now speaks @p code (after every window got LanguageChange).
    void languageChanged(const QString &code);

private:
    void install(const QString &code);

    QTranslator *m_qt;
    QTranslator *m_ours;
    QString m_choice;
    QString m_current;
};
