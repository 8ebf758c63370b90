#include "eventfilterproxy.h"

#include "core/event.h"
#include "eventdescriber.h"
#include "eventlogmodel.h"

#include <algorithm>

EventFilterProxy::EventFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void EventFilterProxy::setProcessFilter(const QString &label)
{
    if (label == m_process)
        return;
    m_process = label;
    invalidateFilter();
}

void EventFilterProxy::setObjectFilter(const QString &obj)
{
    if (obj == m_object)
        return;
    m_object = obj;
    invalidateFilter();
}

void EventFilterProxy::setKindFilter(const QStringList &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

void EventFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventFilterProxy::clearFilters()
{
    m_process.clear();
    m_object.clear();
    m_kinds.clear();
    m_text.clear();
    invalidateFilter();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const EventLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Event &e = log->eventAt(sourceRow);
    if (!m_process.isEmpty() && e.label != m_process)
        return false;
    if (!m_object.isEmpty() && e.obj != m_object)
        return false;
    if (!m_kinds.isEmpty()) {
        const bool match = std::any_of(m_kinds.cbegin(), m_kinds.cend(), [&e](const QString &kind) {
            return kind.endsWith(QLatin1Char('.')) ? e.kind.startsWith(kind) : e.kind == kind;
        });
        if (!match)
            return false;
    }
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString &text) {
            return text.contains(m_text, Qt::CaseInsensitive);
        };
        if (!has(e.kind) && !has(e.label) && !has(e.obj) && !has(QString::number(e.pid)) &&
            !has(EventDescriber::describe(e)))
            return false;
    }
    return true;
}
