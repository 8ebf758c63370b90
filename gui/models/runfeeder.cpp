#include "runfeeder.h"

#include "core/tracefile.h"
#include "engineclient/engineclient.h"
#include "runmodel.h"

void RunFeeder::connectClient(EngineClient *client, RunModel *model)
{
    QObject::connect(client, &EngineClient::runStarted, model, &RunModel::reset);
    QObject::connect(client, &EngineClient::eventsReceived, model, &RunModel::appendEvents);
    QObject::connect(client, &EngineClient::runFinished, model, &RunModel::finish);
}

void RunFeeder::replay(const TraceLoadResult &trace, RunModel *model)
{
    model->loadTrace(trace);
}
