#include "scenariolibrarydock.h"

#include "core/scenariotexts.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2; // on the category rows

const QStringList &categoryOrder()
{
    static const QStringList order = {
        QStringLiteral("processes"), QStringLiteral("signals"),  QStringLiteral("pipes"),
        QStringLiteral("fifos"),     QStringLiteral("shm"),      QStringLiteral("semaphores"),
        QStringLiteral("classic"),   QStringLiteral("pitfalls"),
    };
    return order;
}
} // namespace

ScenarioLibraryDock::ScenarioLibraryDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("ScenarioLibraryDock"));
    auto *content = new QWidget(this);
    m_search = new QLineEdit(content);
    m_search->setClearButtonEnabled(true);

    m_tree = new QTreeWidget(content);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);

    m_details = new QTextBrowser(content);
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, this, &ScenarioLibraryDock::applyFilter);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT scenarioActivated(id);
    });
    connect(m_details, &QTextBrowser::anchorClicked, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    retranslateUi();
}

void ScenarioLibraryDock::retranslateUi()
{
    setWindowTitle(tr("Scenarios"));
    m_search->setPlaceholderText(tr("Search scenarios…"));
    m_search->setToolTip(tr("Filter the scenarios by id, title or description"));
    m_search->setAccessibleName(tr("Search scenarios"));
    m_tree->setToolTip(tr("Double-click a scenario (or press Enter) to run it"));
    m_tree->setAccessibleName(tr("Scenario library"));
    m_details->setAccessibleName(tr("Scenario description"));
    m_details->setToolTip(tr("What the selected scenario shows, and what to watch for"));

    // The same items with their texts in the new language: the selection stays,
    // and nothing is selected again (which would reset the parameters).
    m_scenarios = translatedScenarios(m_english);
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        group->setText(0, categoryName(group->data(0, kCategoryRole).toString()));
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString id = item->data(0, kIdRole).toString();
            const QString title = scenario(id).value(QStringLiteral("title")).toString();
            item->setText(0, title.isEmpty() ? id : title);
            item->setToolTip(0, tr("%1 (%2)").arg(title, id));
        }
    }
    applyFilter(m_search->text());
    const QJsonObject current = currentScenario();
    showDetails(current);
    if (!current.isEmpty())
        Q_EMIT scenarioRetranslated(current);
}

void ScenarioLibraryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

QString ScenarioLibraryDock::categoryName(const QString &category)
{
    if (category == QLatin1String("processes"))
        return tr("Processes");
    if (category == QLatin1String("signals"))
        return tr("Signals");
    if (category == QLatin1String("pipes"))
        return tr("Pipes");
    if (category == QLatin1String("fifos"))
        return tr("FIFOs");
    if (category == QLatin1String("shm"))
        return tr("Shared memory");
    if (category == QLatin1String("semaphores"))
        return tr("Semaphores");
    if (category == QLatin1String("classic"))
        return tr("Classic problems");
    if (category == QLatin1String("pitfalls"))
        return tr("Pitfalls");
    return category.isEmpty() ? tr("Other") : category;
}

void ScenarioLibraryDock::setScenarios(const QJsonArray &scenarios)
{
    const QString previous = currentId();
    m_english = scenarios;
    m_scenarios = translatedScenarios(scenarios);
    m_tree->clear();

    QStringList categories = categoryOrder();
    for (const QJsonValue &v : m_scenarios) {
        const QString c = v.toObject().value(QStringLiteral("category")).toString();
        if (!categories.contains(c))
            categories.append(c);
    }
    for (const QString &category : categories) {
        QTreeWidgetItem *group = nullptr;
        for (const QJsonValue &v : m_scenarios) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("category")).toString() != category)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {categoryName(category)});
                group->setData(0, kCategoryRole, category);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFlags(Qt::ItemIsEnabled);
            }
            const QString id = s.value(QStringLiteral("id")).toString();
            const QString title = s.value(QStringLiteral("title")).toString();
            auto *item = new QTreeWidgetItem(group, {title.isEmpty() ? id : title});
            item->setData(0, kIdRole, id);
            item->setToolTip(0, tr("%1 (%2)").arg(title, id));
        }
    }
    m_tree->expandAll();
    applyFilter(m_search->text());
    if (!previous.isEmpty())
        selectScenario(previous);
}

bool ScenarioLibraryDock::selectScenario(const QString &id)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kIdRole).toString() == id) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

QString ScenarioLibraryDock::currentId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

QJsonObject ScenarioLibraryDock::scenario(const QString &id) const
{
    for (const QJsonValue &v : m_scenarios) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject ScenarioLibraryDock::currentScenario() const
{
    const QString id = currentId();
    return id.isEmpty() ? QJsonObject() : scenario(id);
}

int ScenarioLibraryDock::visibleCount() const
{
    int n = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            n += group->child(i)->isHidden() ? 0 : 1;
    }
    return n;
}

void ScenarioLibraryDock::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QJsonObject s = scenario(item->data(0, kIdRole).toString());
            const bool match =
                needle.isEmpty() ||
                s.value(QStringLiteral("id")).toString().contains(needle, Qt::CaseInsensitive) ||
                s.value(QStringLiteral("title")).toString().contains(needle, Qt::CaseInsensitive) ||
                s.value(QStringLiteral("description"))
                    .toString()
                    .contains(needle, Qt::CaseInsensitive) ||
                group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void ScenarioLibraryDock::onCurrentItemChanged(QTreeWidgetItem *current)
{
    const QString id = current ? current->data(0, kIdRole).toString() : QString();
    const QJsonObject s = id.isEmpty() ? QJsonObject() : scenario(id);
    showDetails(s);
    if (!s.isEmpty())
        Q_EMIT scenarioSelected(s);
}

void ScenarioLibraryDock::showDetails(const QJsonObject &s)
{
    if (s.isEmpty()) {
        m_details->setHtml(tr("<p>Select a scenario to read what it shows.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i></p><p>%3</p>")
                       .arg(s.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                            s.value(QStringLiteral("id")).toString().toHtmlEscaped(),
                            s.value(QStringLiteral("description")).toString().toHtmlEscaped());
    const QJsonArray watch = s.value(QStringLiteral("watch")).toArray();
    if (!watch.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What to watch for").toHtmlEscaped());
        for (const QJsonValue &w : watch)
            html += QStringLiteral("<li>%1</li>").arg(w.toString().toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    // man: links; the Help menu opens them in the app (QDesktopServices handler).
    QStringList pages;
    for (const QJsonValue &m : s.value(QStringLiteral("manpages")).toArray())
        pages << QStringLiteral("<a href=\"man:%1\">%1</a>").arg(m.toString().toHtmlEscaped());
    if (!pages.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Manual pages: %1").arg(pages.join(QStringLiteral(", "))));
    m_details->setHtml(html);
}
