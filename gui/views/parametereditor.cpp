#include "parametereditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace {
int toIntBound(const QJsonValue &v, int fallback)
{
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (d <= std::numeric_limits<int>::min())
        return std::numeric_limits<int>::min();
    if (d >= std::numeric_limits<int>::max())
        return std::numeric_limits<int>::max();
    return static_cast<int>(d);
}

bool isIntParam(const QJsonObject &p)
{
    const QString type = p.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        return type == QLatin1String("int") || type == QLatin1String("integer");
    return p.value(QStringLiteral("default")).isDouble();
}
} // namespace

ParameterEditor::ParameterEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("DefaultsButton"));
    connect(m_reset, &QPushButton::clicked, this, &ParameterEditor::resetToDefaults);
    layout->addWidget(m_empty);
    layout->addLayout(m_form);
    layout->addWidget(m_reset, 0, Qt::AlignRight);
    layout->addStretch(1);
    retranslateUi();
    setParameters({});
}

void ParameterEditor::retranslateUi()
{
    m_empty->setText(tr("This scenario has no parameters."));
    m_reset->setText(tr("&Defaults"));
    m_reset->setToolTip(tr("Put every parameter back to the scenario's default"));
    m_reset->setAccessibleName(tr("Reset the parameters to their defaults"));
    setAccessibleName(tr("Scenario parameters"));
}

void ParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ParameterEditor::describe(QWidget *editor, const QJsonObject &param)
{
    const QString name = param.value(QStringLiteral("name")).toString();
    const QString description = param.value(QStringLiteral("description")).toString();
    editor->setToolTip(description.isEmpty() ? name : description);
    editor->setAccessibleName(name);
    editor->setAccessibleDescription(description);
}

void ParameterEditor::updateDescriptions(const QJsonArray &params)
{
    for (const QJsonValue &v : params) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        for (int i = 0; i < m_editors.size(); ++i) {
            QJsonObject mine = m_params.at(i).toObject();
            if (mine.value(QStringLiteral("name")).toString() != name)
                continue;
            mine.insert(QStringLiteral("description"), p.value(QStringLiteral("description")));
            m_params.replace(i, mine);
            describe(m_editors.at(i), mine);
        }
    }
}

void ParameterEditor::setParameters(const QJsonArray &params)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_params = params;
    for (const QJsonValue &v : params) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        QWidget *editor = nullptr;
        if (isIntParam(p)) {
            auto *spin = new QSpinBox(this);
            spin->setRange(
                toIntBound(p.value(QStringLiteral("min")), std::numeric_limits<int>::min()),
                toIntBound(p.value(QStringLiteral("max")), std::numeric_limits<int>::max()));
            spin->setValue(toIntBound(p.value(QStringLiteral("default")), 0));
            connect(spin, &QSpinBox::valueChanged, this, &ParameterEditor::valuesChanged);
            editor = spin;
        } else {
            auto *line =
                new QLineEdit(p.value(QStringLiteral("default")).toVariant().toString(), this);
            connect(line, &QLineEdit::textChanged, this, &ParameterEditor::valuesChanged);
            editor = line;
        }
        editor->setObjectName(name);
        describe(editor, p);
        m_form->addRow(name, editor);
        // Tab goes down the form, then to Defaults (the editors are created after it).
        QWidget::setTabOrder(
            m_editors.isEmpty() ? static_cast<QWidget *>(this) : m_editors.constLast(), editor);
        m_editors.append(editor);
    }
    if (!m_editors.isEmpty())
        QWidget::setTabOrder(m_editors.constLast(), m_reset);
    m_empty->setVisible(params.isEmpty());
}

QList<QPair<QString, QString>> ParameterEditor::valuePairs() const
{
    QList<QPair<QString, QString>> pairs;
    for (int i = 0; i < m_editors.size(); ++i) {
        const QString name = m_params.at(i).toObject().value(QStringLiteral("name")).toString();
        QString value;
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors[i]))
            value = QString::number(spin->value());
        else if (auto *line = qobject_cast<QLineEdit *>(m_editors[i]))
            value = line->text();
        pairs.append({name, value});
    }
    return pairs;
}

QStringList ParameterEditor::values() const
{
    QStringList list;
    for (const auto &[name, value] : valuePairs())
        list.append(name + QLatin1Char('=') + value);
    return list;
}

bool ParameterEditor::setValue(const QString &name, const QString &value)
{
    for (int i = 0; i < m_editors.size(); ++i) {
        if (m_params.at(i).toObject().value(QStringLiteral("name")).toString() != name)
            continue;
        if (auto *spin = qobject_cast<QSpinBox *>(m_editors[i])) {
            bool ok = false;
            const int v = value.toInt(&ok);
            if (!ok || v < spin->minimum() || v > spin->maximum())
                return false;
            spin->setValue(v);
        } else if (auto *line = qobject_cast<QLineEdit *>(m_editors[i])) {
            line->setText(value);
        }
        return true;
    }
    return false;
}

void ParameterEditor::resetToDefaults()
{
    setParameters(m_params);
    Q_EMIT valuesChanged();
}
