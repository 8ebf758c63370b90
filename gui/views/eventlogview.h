#pragma once

#include <QSet>
#include <QWidget>

class EventFilterProxy;
class EventLogModel;
class QComboBox;
class QLineEdit;
class QTableView;
class RunModel;

/// The event log: a table of every event (EventLogModel through EventFilterProxy)
/// under a filter bar (process, object, kind family, free text). While the run is
/// live the table follows the tail; otherwise the row of the time cursor is
/// selected, and selecting a row moves the cursor there.
class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(RunModel *run, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    EventFilterProxy *proxy() const { return m_proxy; }
    EventLogModel *logModel() const { return m_model; }
    QComboBox *processFilter() const { return m_process; }
    QComboBox *objectFilter() const { return m_object; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *textFilter() const { return m_text; }

public Q_SLOTS:
    /// Shows only this process's events (empty: all).
    void filterProcess(const QString &label);
    void filterObject(const QString &id);

Q_SIGNALS:
    /// The user picked an event in the table (its index in RunModel::events()).
    void eventActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEventsAppended(int first, int last);
    void onRunReset();
    void onCursorChanged(int index);
    void onCurrentRowChanged();
    void addChoice(QComboBox *combo, const QString &value);

    RunModel *m_run;
    EventLogModel *m_model;
    EventFilterProxy *m_proxy;
    QTableView *m_table;
    QComboBox *m_process;
    QComboBox *m_object;
    QComboBox *m_kind;
    QLineEdit *m_text;
    QSet<QString> m_knownProcesses;
    QSet<QString> m_knownObjects;
    bool m_syncing = false;
};
