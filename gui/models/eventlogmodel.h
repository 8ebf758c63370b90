#pragma once

#include "runmodel.h"

#include <QAbstractTableModel>
#include <QPointer>

struct Event;

/// The event log as a table over a RunModel: one row per event (hello and end are
/// not rows). Rows are inserted incrementally as the run appends events (no reset
/// during a run); runReset resets the model. Descriptions come from
/// EventDescriber and are made on demand.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ProcessColumn,
        KindColumn,
        ObjectColumn,
        DescriptionColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        EventIndexRole = Qt::UserRole + 1, // int: index into RunModel::events()
        SeqRole,                           // qint64
        TimeRole,                          // qint64 ns
        LabelRole,                         // QString
        PidRole,                           // qint64
        KindRole,                          // QString
        ObjectRole,                        // QString
        PhaseRole,                         // QString
    };
    Q_ENUM(Role)

    explicit EventLogModel(RunModel *run, QObject *parent = nullptr);

    RunModel *runModel() const { return m_run; }
    /// The event behind a row (rows are event indexes).
    const Event &eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onRunReset();
    void onEventsAppended(int first, int last);

    QPointer<RunModel> m_run;
    int m_rows = 0;
};
