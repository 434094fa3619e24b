#include <core/base/localizedtext.h>

#include <QLocale>

namespace tgs {

QString LocalizedText::current() const
{
    return QLocale().language() == QLocale::Chinese && !zhCN.isEmpty() ? zhCN : en;
}

} // namespace tgs
