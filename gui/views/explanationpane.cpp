#include "explanationpane.h"

#include "models/eventdescriber.h"
#include "models/runmodel.h"
#include "models/runstate.h"
#include "processdescriber.h"
#include "processpalette.h"
#include "stepexplainer.h"

#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

ExplanationPane::ExplanationPane(RunModel *run, QWidget *parent)
    : QWidget(parent), m_run(run), m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("ExplanationPane"));
    m_text->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    retranslateUi();
}

void ExplanationPane::retranslateUi()
{
    m_text->setAccessibleName(tr("Explanation of the last step"));
    m_text->setToolTip(tr("The call just made, in words, and what each process does next or "
                          "why it waits"));
}

void ExplanationPane::changeEvent(QEvent *event)
{
    // The explanation itself is shown again by ViewCoordinator in the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExplanationPane::setProcessPalette(ProcessPalette *palette)
{
    m_palette = palette;
}

QString ExplanationPane::plainText() const
{
    return m_text->toPlainText();
}

void ExplanationPane::showState(const RunState &state)
{
    const auto name = [this](const QString &label) {
        const QColor color = m_palette ? m_palette->textColor(label) : QColor(Qt::black);
        return QStringLiteral("<b style=\"color:%1\">%2</b>")
            .arg(color.name(), label.toHtmlEscaped());
    };
    QString html;
    const int step = StepExplainer::lastStepIndex(*m_run, state.index());
    if (step < 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Nothing has happened yet. In step mode, press Space (Step) to let "
                            "one process do its next operation.")
                             .toHtmlEscaped());
    } else {
        const Event &e = m_run->event(step);
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Last step").toHtmlEscaped());
        html += QStringLiteral("<p>%1 <code>%2</code>")
                    .arg(e.label.isEmpty() ? tr("The engine").toHtmlEscaped() : name(e.label),
                         StepExplainer::callSummary(e).toHtmlEscaped());
        if (e.line > 0)
            html += QLatin1Char(' ') + tr("(scenario line %1)").arg(e.line).toHtmlEscaped();
        html += QStringLiteral("</p><p>%1</p>").arg(EventDescriber::describe(e).toHtmlEscaped());
        const QString err = e.str(QStringLiteral("errno"));
        if (!err.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The call failed: it returned -1 and set errno to %1.")
                                 .arg(err)
                                 .toHtmlEscaped());
    }
    QString now;
    for (const ProcessState &p : state.processes()) {
        QString line;
        if (p.state == ProcessState::State::Blocked)
            line = StepExplainer::explainBlocked(state, p);
        else if (p.state == ProcessState::State::ReadyAtGate)
            line = tr("ready at its gate: it %1.")
                       .arg(EventDescriber::describeGate(StepExplainer::gateEventOf(p)));
        else
            line = ProcessDescriber::stateText(p);
        now += QStringLiteral("<li>%1: %2</li>").arg(name(p.label), line.toHtmlEscaped());
    }
    if (!now.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Now").toHtmlEscaped(), now);
    m_text->setHtml(html);
}
