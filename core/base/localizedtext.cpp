#include <core/base/localizedtext.h>

#include <QCoreApplication>

#include <QLocale>

namespace tgs {

QString LocalizedText::current() const
{
    return QLocale().language() == QLocale::Chinese && !zhCN.isEmpty() ? zhCN : en;
}

QString listText(const QStringList &items)
{
    return items.join(QCoreApplication::translate("tgs::ListText", ", ", "between the items of a list in a sentence"));
}

} // namespace tgs
