#pragma once

#include <QJsonArray>
#include <QString>

/// Result of EngineClient::listScenarios(): the parsed `ipcviz-engine list --json`
/// array (each element: id, title, category, description, watch[],
/// params[{name,type,default,description,min,max}]) or a translated error.
struct ScenarioList {
    QJsonArray scenarios;
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};
