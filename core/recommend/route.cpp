#include <core/recommend/route.h>

namespace tgs {

QString routeId(Route route)
{
    switch (route) {
    case Route::Pip:
        return QStringLiteral("pip");
    case Route::CondaLegacy:
        return QStringLiteral("conda-legacy");
    case Route::CondaForge:
        return QStringLiteral("conda-forge");
    }
    return QStringLiteral("pip");
}

std::optional<Route> routeFromId(const QString &id)
{
    for (Route route : {Route::Pip, Route::CondaLegacy, Route::CondaForge}) {
        if (routeId(route) == id)
            return route;
    }
    return std::nullopt;
}

} // namespace tgs
