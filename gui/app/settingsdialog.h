#pragma once

#include <QDialog>

class AppActions;
class LanguageManager;
class QComboBox;
class QDialogButtonBox;
class QLabel;

/// File > Settings: the interface language (applied at once, no restart:
/// LanguageManager switches and every window retranslates itself, this dialog
/// too) and the speed of runs (the same choice as the toolbar's speed box;
/// ipcviz starts with the last one). Both are kept in QSettings.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(LanguageManager &languages, AppActions &actions, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *speedBox() const { return m_speed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void syncLanguage();
    void syncSpeed();

    LanguageManager &m_languages;
    AppActions &m_actions;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_speedLabel;
    QComboBox *m_speed;
    QLabel *m_speedNote;
    QDialogButtonBox *m_buttons;
};
