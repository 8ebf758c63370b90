#include "settingsdialog.h"

#include "appactions.h"
#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(LanguageManager &languages, AppActions &actions, QWidget *parent)
    : QDialog(parent), m_languages(languages), m_actions(actions),
      m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_speedLabel(new QLabel(this)),
      m_speed(new QComboBox(this)), m_speedNote(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("SettingsDialog"));
    m_language->setObjectName(QStringLiteral("LanguageBox"));
    m_speed->setObjectName(QStringLiteral("SettingsSpeedBox"));
    // Item 0 is "follow the system"; its text comes from retranslateUi(). A
    // language is named in its own words, so anyone can find theirs.
    m_language->addItem(QString(), QString());
    for (const LanguageManager::Language &l : LanguageManager::available())
        m_language->addItem(l.nativeName, l.code);
    for (int pace : AppActions::paces())
        m_speed->addItem(QString(), pace);
    m_languageLabel->setBuddy(m_language);
    m_speedLabel->setBuddy(m_speed);
    for (QLabel *note : {m_languageNote, m_speedNote}) {
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
    }

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_speedLabel, m_speed);
    form->addRow(QString(), m_speedNote);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Both apply at once: there is nothing to confirm, so the only button is Close.
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_languages.setLanguage(m_language->itemData(index).toString()); });
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { m_actions.setPaceMs(m_speed->itemData(index).toInt()); });
    connect(&m_languages, &LanguageManager::languageChanged, this, &SettingsDialog::syncLanguage);
    connect(&m_actions, &AppActions::paceChanged, this, &SettingsDialog::syncSpeed);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    syncLanguage();
    syncSpeed();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0, tr("System language (%1)")
               .arg(LanguageManager::nativeName(LanguageManager::systemLanguage())));
    m_language->setToolTip(tr("The language of menus, panels and explanations. It changes at "
                              "once, without a restart."));
    m_language->setAccessibleName(tr("Interface language"));
    m_languageNote->setText(tr("Changes at once. To use a language for one session only, start "
                               "ipcviz with --lang CODE."));
    m_speedLabel->setText(tr("&Speed of runs:"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, AppActions::speedName(m_speed->itemData(i).toInt()));
    m_speed->setToolTip(tr("How long each process waits before each step, so that you can "
                           "follow the animation (Ctrl+1 … Ctrl+4)"));
    m_speed->setAccessibleName(tr("Speed of runs"));
    m_speedNote->setText(tr("The same as the speed box in the toolbar; ipcviz starts with the "
                            "speed you used last."));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close)) {
        close->setText(tr("Close"));
        close->setToolTip(tr("Close the settings (they are already applied and saved)"));
    }
    // Another language has longer words: grow so that the wrapped notes still fit.
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (height > this->height())
        resize(width(), height);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::syncLanguage()
{
    const int index = m_language->findData(m_languages.language());
    m_language->setCurrentIndex(std::max(0, index));
}

void SettingsDialog::syncSpeed()
{
    const int index = m_speed->findData(m_actions.paceMs());
    if (index >= 0)
        m_speed->setCurrentIndex(index);
}
