#include <core/base/bytesize.h>

namespace tgs {

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    const int decimals = unit == 0 || value >= 100.0 ? 0 : 1;
    return QString::number(value, 'f', decimals) + u' ' + QLatin1String(units[unit]);
}

} // namespace tgs
