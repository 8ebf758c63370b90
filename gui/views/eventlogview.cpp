#include "eventlogview.h"

#include "models/eventfilterproxy.h"
#include "models/eventlogmodel.h"
#include "models/runmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {
/// The kind filter's families (EventFilterProxy prefixes); "" = all kinds.
const QStringList &kindFamilies()
{
    static const QStringList families = {
        QString(),
        QStringLiteral("proc."),
        QStringLiteral("fd."),
        QStringLiteral("pipe."),
        QStringLiteral("fifo."),
        QStringLiteral("shm."),
        QStringLiteral("file."),
        QStringLiteral("sem."),
        QStringLiteral("signal."),
        QStringLiteral("gate."),
        QStringLiteral("engine."),
    };
    return families;
}

QString familyName(const QString &family)
{
    static const QHash<QString, const char *> names = {
        {QString(), QT_TRANSLATE_NOOP("EventLogView", "All kinds")},
        {QStringLiteral("proc."), QT_TRANSLATE_NOOP("EventLogView", "Processes")},
        {QStringLiteral("fd."), QT_TRANSLATE_NOOP("EventLogView", "Descriptors")},
        {QStringLiteral("pipe."), QT_TRANSLATE_NOOP("EventLogView", "Pipes")},
        {QStringLiteral("fifo."), QT_TRANSLATE_NOOP("EventLogView", "FIFOs")},
        {QStringLiteral("shm."), QT_TRANSLATE_NOOP("EventLogView", "Shared memory")},
        {QStringLiteral("file."), QT_TRANSLATE_NOOP("EventLogView", "Files")},
        {QStringLiteral("sem."), QT_TRANSLATE_NOOP("EventLogView", "Semaphores")},
        {QStringLiteral("signal."), QT_TRANSLATE_NOOP("EventLogView", "Signals")},
        {QStringLiteral("gate."), QT_TRANSLATE_NOOP("EventLogView", "Step gates")},
        {QStringLiteral("engine."), QT_TRANSLATE_NOOP("EventLogView", "Engine")},
    };
    return EventLogView::tr(names.value(family));
}
} // namespace

EventLogView::EventLogView(RunModel *run, QWidget *parent) : QWidget(parent), m_run(run)
{
    m_model = new EventLogModel(run, this);
    m_proxy = new EventFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // Texts come from retranslateUi().
    m_process = new QComboBox(this);
    m_process->addItem(QString(), QString());
    m_object = new QComboBox(this);
    m_object->addItem(QString(), QString());
    m_kind = new QComboBox(this);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents); // words change with the language
    for (const QString &family : kindFamilies())
        m_kind->addItem(QString(), family);
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    const QList<QPair<int, int>> widths = {{EventLogModel::SeqColumn, 7},
                                           {EventLogModel::TimeColumn, 11},
                                           {EventLogModel::ProcessColumn, 14},
                                           {EventLogModel::KindColumn, 13},
                                           {EventLogModel::ObjectColumn, 10}};
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    for (const auto &[column, chars] : widths)
        m_table->horizontalHeader()->resizeSection(column, chars * charWidth);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_process);
    filters->addWidget(m_object);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_process, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setProcessFilter(m_process->currentData().toString()); });
    connect(m_object, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setObjectFilter(m_object->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const QString family = m_kind->currentData().toString();
        m_proxy->setKindFilter(family.isEmpty() ? QStringList() : QStringList{family});
    });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &EventFilterProxy::setTextFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogView::onCurrentRowChanged);
    connect(run, &RunModel::eventsAppended, this, &EventLogView::onEventsAppended);
    connect(run, &RunModel::runReset, this, &EventLogView::onRunReset);
    connect(run, &RunModel::cursorChanged, this, &EventLogView::onCursorChanged);
    if (run->eventCount() > 0)
        onEventsAppended(0, run->eventCount() - 1);
    retranslateUi();
}

void EventLogView::retranslateUi()
{
    m_process->setItemText(0, tr("All processes"));
    m_process->setToolTip(tr("Show only the events of one process"));
    m_process->setAccessibleName(tr("Process filter"));
    m_object->setItemText(0, tr("All objects"));
    m_object->setToolTip(tr("Show only the events about one pipe, FIFO, segment or semaphore"));
    m_object->setAccessibleName(tr("Object filter"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, familyName(m_kind->itemData(i).toString()));
    m_kind->setToolTip(tr("Show only one family of events"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_text->setPlaceholderText(tr("Search events…"));
    m_text->setToolTip(tr("Show only events whose description, process, PID or object contains "
                          "this text"));
    m_text->setAccessibleName(tr("Event search"));
    m_table->setAccessibleName(tr("Event log"));
    m_table->setToolTip(tr("Select an event to see the state of the run at that moment"));
}

void EventLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The model words its headers and rows on demand: announce that they changed
        // (from here: the model does not watch the language), and filter again,
        // since the search text matches the descriptions in the new language.
        Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
        if (!m_proxy->textFilter().isEmpty())
            m_proxy->invalidate();
        m_table->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void EventLogView::addChoice(QComboBox *combo, const QString &value)
{
    combo->addItem(value, value);
}

void EventLogView::onEventsAppended(int first, int last)
{
    // Neighbouring events mostly name the same few processes and objects: comparing
    // with the last two costs less than a lookup (a million events come at once).
    QString recentLabels[2];
    QString recentObjects[2];
    const auto isRecent = [](QString(&recent)[2], const QString &s) {
        if (s == recent[0] || s == recent[1])
            return true;
        recent[1] = std::exchange(recent[0], s);
        return false;
    };
    for (int i = std::max(0, first); i <= last && i < m_run->eventCount(); ++i) {
        const Event &e = m_run->event(i);
        if (!e.label.isEmpty() && !isRecent(recentLabels, e.label) &&
            !m_knownProcesses.contains(e.label)) {
            m_knownProcesses.insert(e.label);
            addChoice(m_process, e.label);
        }
        if (!e.obj.isEmpty() && !isRecent(recentObjects, e.obj) &&
            !m_knownObjects.contains(e.obj)) {
            m_knownObjects.insert(e.obj);
            addChoice(m_object, e.obj);
        }
    }
    if (m_run->isLive())
        onCursorChanged(m_run->cursor());
}

void EventLogView::onRunReset()
{
    m_syncing = true;
    m_knownProcesses.clear();
    m_knownObjects.clear();
    while (m_process->count() > 1)
        m_process->removeItem(1);
    while (m_object->count() > 1)
        m_object->removeItem(1);
    m_syncing = false;
}

void EventLogView::onCursorChanged(int index)
{
    if (m_syncing)
        return;
    m_syncing = true;
    // Rows of the source model are event indexes.
    const QModelIndex proxyIndex = index >= 0 && index < m_model->rowCount()
                                       ? m_proxy->mapFromSource(m_model->index(index, 0))
                                       : QModelIndex();
    if (proxyIndex.isValid()) {
        m_table->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
        m_table->scrollTo(proxyIndex, m_run->isLive() ? QAbstractItemView::PositionAtBottom
                                                      : QAbstractItemView::EnsureVisible);
    } else {
        m_table->selectionModel()->clearSelection();
        if (m_run->isLive())
            m_table->scrollToBottom();
    }
    m_syncing = false;
}

void EventLogView::onCurrentRowChanged()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int index = m_proxy->mapToSource(current).row();
    m_syncing = true;
    m_run->setCursor(index);
    m_syncing = false;
    Q_EMIT eventActivated(index);
}

void EventLogView::filterProcess(const QString &label)
{
    const int i = m_process->findData(label);
    m_process->setCurrentIndex(std::max(0, i));
}

void EventLogView::filterObject(const QString &id)
{
    const int i = m_object->findData(id);
    m_object->setCurrentIndex(std::max(0, i));
}
