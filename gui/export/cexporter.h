#pragma once

#include "exporter.h"

#include <QCoreApplication>

/// The scenario of a run as the equivalent C program, the one the engine prints
/// for `ipcviz-engine c SCENARIO`. SCENARIO comes from the trace's hello: its
/// `source` ("builtin:<id>" gives the id, anything else is a scenario file path),
/// or else its `scenario` id. Fails with a clear message when the engine cannot be
/// found or started, takes too long, or refuses the scenario (its stderr is quoted).
class CExporter : public Exporter {
    Q_DECLARE_TR_FUNCTIONS(CExporter)

public:
    static constexpr int TimeoutMs = 30000;

    /// `enginePath` empty: EngineClient::locateEngine() (IPCVIZ_ENGINE, next to the
    /// application, the build tree).
    explicit CExporter(const QString &enginePath = {});

    bool write(const Event &hello, const EventList &events, const std::optional<Event> &end,
               QIODevice &out) override;

    /// What to pass to `ipcviz-engine c`; empty when the hello names no scenario.
    static QString scenarioArgument(const Event &hello);
    /// The engine this exporter will run (may not exist).
    QString enginePath() const;

private:
    QString m_enginePath;
};
