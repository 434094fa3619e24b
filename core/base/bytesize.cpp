#include <core/base/bytesize.h>

#include <cmath>
#include <utility>

namespace tgs {

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("?");
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB"};
    // Rounded as it will be shown before the unit is chosen: 999,950 bytes are "1.0 MB", not "1000 kB".
    const auto shown = [](double value) {
        const int decimals = value >= 100.0 ? 0 : 1;
        return std::pair{std::round(value * std::pow(10, decimals)) / std::pow(10, decimals), decimals};
    };
    double value = double(bytes);
    int unit = 0;
    while (unit < 4 && (unit == 0 ? value >= 1000.0 : shown(value).first >= 1000.0)) {
        value /= 1000.0;
        ++unit;
    }
    if (unit == 0)
        return QString::number(bytes) + QStringLiteral(" B");
    const auto [rounded, decimals] = shown(value);
    return QString::number(rounded, 'f', rounded >= 100.0 ? 0 : decimals) + u' ' + QLatin1String(units[unit]);
}

} // namespace tgs
