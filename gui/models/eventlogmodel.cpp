#include "eventlogmodel.h"

#include "core/event.h"
#include "eventdescriber.h"
#include "runmodel.h"

#include <QLocale>

EventLogModel::EventLogModel(RunModel *run, QObject *parent)
    : QAbstractTableModel(parent), m_run(run)
{
    Q_ASSERT(run);
    m_rows = run->eventCount();
    connect(run, &RunModel::runReset, this, &EventLogModel::onRunReset);
    connect(run, &RunModel::eventsAppended, this, &EventLogModel::onEventsAppended);
}

const Event &EventLogModel::eventAt(int row) const
{
    return m_run->event(row);
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_run || index.row() >= m_run->eventCount())
        return {};
    const Event &e = m_run->event(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return QLocale().toString(double(e.t) / 1e6, 'f', 3);
        case ProcessColumn:
            if (e.label.isEmpty())
                return e.pid > 0 ? tr("PID %1").arg(e.pid) : QString();
            return tr("%1 (%2)").arg(e.label).arg(e.pid);
        case KindColumn:
            return e.phase.isEmpty() ? e.kind : tr("%1 %2").arg(e.kind, e.phase);
        case ObjectColumn:
            return e.obj;
        case DescriptionColumn:
            return EventDescriber::describe(e);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return EventDescriber::describe(e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn || index.column() == TimeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case EventIndexRole:
        return index.row();
    case SeqRole:
        return e.seq;
    case TimeRole:
        return e.t;
    case LabelRole:
        return e.label;
    case PidRole:
        return e.pid;
    case KindRole:
        return e.kind;
    case ObjectRole:
        return e.obj;
    case PhaseRole:
        return e.phase;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (ms)");
    case ProcessColumn:
        return tr("Process");
    case KindColumn:
        return tr("Kind");
    case ObjectColumn:
        return tr("Object");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIndexRole, "eventIndex");
    names.insert(SeqRole, "seq");
    names.insert(TimeRole, "time");
    names.insert(LabelRole, "label");
    names.insert(PidRole, "pid");
    names.insert(KindRole, "kind");
    names.insert(ObjectRole, "obj");
    names.insert(PhaseRole, "phase");
    return names;
}

void EventLogModel::onRunReset()
{
    beginResetModel();
    m_rows = m_run->eventCount();
    endResetModel();
}

void EventLogModel::onEventsAppended(int first, int last)
{
    // Rows mirror the run's events; catch up from wherever we are (robust even if
    // a notification was missed).
    Q_UNUSED(first)
    const int target = qMax(last + 1, m_run->eventCount());
    if (target <= m_rows)
        return;
    beginInsertRows({}, m_rows, target - 1);
    m_rows = target;
    endInsertRows();
}
