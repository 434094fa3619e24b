#pragma once

#include <core/detect/environment.h>
#include <core/install/plan.h>

namespace tgs {

// The plan for a combination on this computer: its conda if it has one; for the pip route
// without conda, a venv from a Python of the right version; else Miniforge first, in the
// user's home if that path is plain ASCII, else in a plain folder (C:\miniforge3).
Result<Plan> planForComputer(const KnowledgeBase &kb, const MirrorCatalog &mirrors, const Combination &combination,
                             const Environment &environment, const Platform &platform, const QString &envName,
                             const QString &mirrorId, const QString &dataDir);

} // namespace tgs
