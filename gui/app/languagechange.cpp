#include "languagechange.h"

#include <QEvent>
#include <QObject>

namespace {
class LanguageChangeFilter : public QObject {
public:
    LanguageChangeFilter(QObject *watched, std::function<void()> retranslate)
        : QObject(watched), m_retranslate(std::move(retranslate))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
};
} // namespace

void retranslateOnLanguageChange(QObject *watched, std::function<void()> retranslate)
{
    retranslate();
    new LanguageChangeFilter(watched, std::move(retranslate));
}
