#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

/// Filters an EventLogModel: by process label, by object, by kind (exact kinds or
/// families such as "pipe." / "signal.") and by free text (case-insensitive, over
/// the description, kind, label, PID and object). Empty filters accept everything;
/// all set filters must match.
class EventFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    QString processFilter() const { return m_process; }
    QString objectFilter() const { return m_object; }
    QStringList kindFilter() const { return m_kinds; }
    QString textFilter() const { return m_text; }

public Q_SLOTS:
    /// Only events of this process label (empty: all).
    void setProcessFilter(const QString &label);
    /// Only events about this object id (empty: all).
    void setObjectFilter(const QString &obj);
    /// Only these kinds; an entry ending in '.' matches the family ("pipe.").
    void setKindFilter(const QStringList &kinds);
    void setTextFilter(const QString &text);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_process;
    QString m_object;
    QStringList m_kinds;
    QString m_text;
};
