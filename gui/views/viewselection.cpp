#include "viewselection.h"

ViewSelection::ViewSelection(QObject *parent) : QObject(parent) {}

void ViewSelection::selectProcess(const QString &label)
{
    set(label.isEmpty() ? Kind::None : Kind::Process, label);
}

void ViewSelection::selectObject(const QString &id)
{
    set(id.isEmpty() ? Kind::None : Kind::Object, id);
}

void ViewSelection::clear()
{
    set(Kind::None, QString());
}

void ViewSelection::set(Kind kind, const QString &id)
{
    if (kind == m_kind && id == m_id)
        return;
    m_kind = kind;
    m_id = id;
    Q_EMIT changed(m_kind, m_id);
}
