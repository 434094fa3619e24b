#pragma once

#include <QString>

#include <optional>

namespace tgs {

// How PyTorch gets installed: wheels from the PyTorch index (in a conda env or a venv), the
// frozen `pytorch` conda channel of the guide (torch <= 2.5.1), or conda-forge's build.
enum class Route { Pip, CondaLegacy, CondaForge };

// "pip", "conda-legacy", "conda-forge": the identifiers of the command line and the JSON.
QString routeId(Route route);
std::optional<Route> routeFromId(const QString &id);

} // namespace tgs
