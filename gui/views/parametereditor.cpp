#include "parametereditor.h"

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
    m_empty = new QLabel(tr("This scenario has no parameters."), this);
    m_empty->setWordWrap(true);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *reset = new QPushButton(tr("&Defaults"), this);
    reset->setToolTip(tr("Put every parameter back to the scenario's default"));
    connect(reset, &QPushButton::clicked, this, &ParameterEditor::resetToDefaults);
    layout->addWidget(m_empty);
    layout->addLayout(m_form);
    layout->addWidget(reset, 0, Qt::AlignRight);
    layout->addStretch(1);
    setAccessibleName(tr("Scenario parameters"));
    setParameters({});
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
        const QString description = p.value(QStringLiteral("description")).toString();
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
        editor->setToolTip(description.isEmpty() ? name : description);
        editor->setAccessibleName(name);
        editor->setAccessibleDescription(description);
        m_form->addRow(name, editor);
        m_editors.append(editor);
    }
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
