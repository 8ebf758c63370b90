#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// What `ipcviz-engine check FILE --json` says about a scenario file: valid or
/// not, every error with its line and column, the programs the scenario may exec,
/// its id and title. When the check itself could not be done (no engine, a
/// crash, output that is not the expected JSON) `failure` says why and `ok` is
/// false, so an unchecked file is never treated as valid.
struct ScenarioCheck {
    Q_DECLARE_TR_FUNCTIONS(ScenarioCheck)

public:
    struct Error {
        int line = 0;
        int column = 0;
        QString message;    // in the interface language
        QJsonObject record; // the engine's, to translate the message again
    };

    QString file;
    bool ok = false;
    QList<Error> errors;
    QStringList execs;
    QString id;
    QString title;
    QString failure; // translated; empty when the engine answered

    /// Runs the engine's check on @p file (synchronous, bounded by @p timeoutMs).
    static ScenarioCheck run(const QString &enginePath, const QString &file, int timeoutMs = 10000);
    /// Parses the engine's JSON answer about @p file.
    static ScenarioCheck parse(const QString &file, const QByteArray &json);

    /// Every problem as "FILE:LINE:COLUMN: message" (or the failure), for lists.
    QStringList locatedErrors() const;
    /// Translates the errors again, into the interface language of now.
    void retranslate();
};
