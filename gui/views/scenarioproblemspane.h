#pragma once

#include "scenariocheck.h"

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

/// Shows a scenario file as the engine's check sees it: whether it is valid,
/// every error as "file:line:column: message" in a list, and the file's text
/// with the error lines marked; clicking an error puts the text cursor on it.
class ScenarioProblemsPane : public QDockWidget {
    Q_OBJECT
public:
    explicit ScenarioProblemsPane(QWidget *parent = nullptr);

    /// Shows @p check and the text of its file (read again from disk).
    void showCheck(const ScenarioCheck &check);
    QListWidget *errorList() const { return m_errors; }
    QPlainTextEdit *text() const { return m_text; }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void listErrors();
    void markErrors();
    void goToError(int row);

    ScenarioCheck m_check;
    QLabel *m_summary;
    QListWidget *m_errors;
    QPlainTextEdit *m_text;
};
