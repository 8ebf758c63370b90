#pragma once

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

/// A form for the selected scenario's parameters (the `params` array of
/// `ipcviz-engine list --json`): a spin box for each integer parameter, bounded by
/// its min and max, a line edit for each string, each starting at its default and
/// explained by its description. values() gives what `run --param` takes.
class ParameterEditor : public QWidget {
    Q_OBJECT
public:
    explicit ParameterEditor(QWidget *parent = nullptr);

    /// Rebuilds the form; an empty array shows "this scenario has no parameters".
    void setParameters(const QJsonArray &params);
    QJsonArray parameters() const { return m_params; }

    /// "KEY=VALUE" for every parameter, in declaration order.
    QStringList values() const;
    /// The same as pairs, for RunOptions::params.
    QList<QPair<QString, QString>> valuePairs() const;
    /// Sets one parameter's editor from text; false if unknown or not valid.
    bool setValue(const QString &name, const QString &value);
    /// Takes the descriptions of @p params (the same parameters, their texts in
    /// another language) for the tooltips, keeping every value the user set.
    void updateDescriptions(const QJsonArray &params);

public Q_SLOTS:
    void resetToDefaults();

Q_SIGNALS:
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void describe(QWidget *editor, const QJsonObject &param);

    QJsonArray m_params;
    QList<QWidget *> m_editors; // parallel to m_params
    QFormLayout *m_form;
    QLabel *m_empty;
    QPushButton *m_reset;
};
