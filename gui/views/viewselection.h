#pragma once

#include <QObject>
#include <QString>

/// What the user is looking at, shared by the canvas, the timeline, the event log
/// and the inspector: one process or one object (never both). Every view sets it
/// when the user clicks and follows it when it changes; setting the same value
/// again emits nothing, so views that update each other do not loop.
class ViewSelection : public QObject {
    Q_OBJECT
public:
    enum class Kind { None, Process, Object };
    Q_ENUM(Kind)

    explicit ViewSelection(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The process label or the object id; empty when nothing is selected.
    QString id() const { return m_id; }
    QString process() const { return m_kind == Kind::Process ? m_id : QString(); }
    QString object() const { return m_kind == Kind::Object ? m_id : QString(); }

public Q_SLOTS:
    void selectProcess(const QString &label);
    void selectObject(const QString &id);
    void clear();

Q_SIGNALS:
    void changed(ViewSelection::Kind kind, const QString &id);

private:
    void set(Kind kind, const QString &id);

    Kind m_kind = Kind::None;
    QString m_id;
};
