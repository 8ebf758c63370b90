#pragma once

#include <QObject>

class EngineClient;
class RunModel;
struct TraceLoadResult;

/// Connects the two sources of a run to a RunModel so that live runs and replays
/// take one code path: EngineClient's runStarted/eventsReceived/runFinished go to
/// RunModel::reset/appendEvents/finish, and a loaded trace is pushed through the
/// same three slots. Live events reach the model in batches, at most about 30 a
/// second (every event before runFinished, and before the run stops or fails).
class RunFeeder {
public:
    /// Live: every run of `client` fills `model`. The connections go when either
    /// object is destroyed.
    static void connectClient(EngineClient *client, RunModel *model);
    /// Replay: same as model->loadTrace(trace).
    static void replay(const TraceLoadResult &trace, RunModel *model);
};
