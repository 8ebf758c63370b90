#pragma once

#include <QJsonArray>
#include <QJsonObject>

/// Built-in scenarios describe themselves in English (`ipcviz-engine list
/// --json`); the app shows their title, description, "what to watch for" lines
/// and parameter descriptions in the interface language. The texts are
/// collected for Qt Linguist in translations/scenario-strings.cpp (written by
/// scripts/update-translations) under the context "Scenario". A text without a
/// translation, such as one from a lecturer's own file, stays as written.

/// The scenario (one element of `list --json`) with its texts translated.
QJsonObject translatedScenario(const QJsonObject &english);
/// Every scenario of @p english translated.
QJsonArray translatedScenarios(const QJsonArray &english);
/// One scenario text in the interface language.
QString translatedScenarioText(const QString &english);
