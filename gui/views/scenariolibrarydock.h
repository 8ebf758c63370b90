#pragma once

#include <QDockWidget>
#include <QJsonArray>
#include <QJsonObject>

class QLineEdit;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

/// The scenario library: built-in scenarios in a tree by category (translated
/// names, in teaching order), a search field over ids, titles and descriptions,
/// and the selected scenario's title, description and "what to watch for". The
/// data is the array of `ipcviz-engine list --json` (EngineClient::listScenarios()).
class ScenarioLibraryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit ScenarioLibraryDock(QWidget *parent = nullptr);

    /// Translated name of a category id ("fifos" -> "FIFOs"); unknown ids as-is.
    static QString categoryName(const QString &category);

    /// Shows @p scenarios (as the engine lists them, in English) with their
    /// texts in the interface language.
    void setScenarios(const QJsonArray &scenarios);
    /// The scenarios with their texts translated.
    QJsonArray scenarios() const { return m_scenarios; }
    /// Selects a scenario by id; false when there is none with that id.
    bool selectScenario(const QString &id);
    QString currentId() const;
    /// The selected entry of the list (empty when none).
    QJsonObject currentScenario() const;
    QJsonObject scenario(const QString &id) const;
    /// Number of scenarios shown with the current search text.
    int visibleCount() const;
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    /// The selection changed (also when set by selectScenario()).
    void scenarioSelected(const QJsonObject &scenario);
    /// The user double-clicked or pressed Enter on a scenario: run it.
    void scenarioActivated(const QString &id);
    /// The interface language changed: the selected scenario with its texts in
    /// the new language (the selection itself did not change).
    void scenarioRetranslated(const QJsonObject &scenario);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    void onCurrentItemChanged(QTreeWidgetItem *current);
    void showDetails(const QJsonObject &scenario);

    QJsonArray m_english;
    QJsonArray m_scenarios;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
};
