#include <core/install/planfactory.h>

#include <core/base/version.h>
#include <core/install/preflight.h>

namespace tgs {

Result<Plan> planForComputer(const KnowledgeBase &kb, const MirrorCatalog &mirrors, const Combination &combination,
                             const Environment &environment, const Platform &platform, const QString &envName,
                             const QString &mirrorId, const QString &dataDir)
{
    PlanRequest request;
    request.combination = combination;
    request.platform = platform;
    request.envName = envName.isEmpty() ? QStringLiteral("torchgpu") : envName;
    request.mirrorId = mirrorId.isEmpty() ? QStringLiteral("official") : mirrorId;
    if (environment.conda && !environment.conda->executable.isEmpty()) {
        request.condaExecutable = environment.conda->executable;
    } else {
        if (combination.route == Route::Pip) {
            for (const PythonInfo &python : environment.pythons) {
                if (Version(python.version).majorMinor() == combination.python) {
                    request.venvPython = python.executable;
                    request.venvDir = platform.join(dataDir, QStringLiteral("venvs/") + request.envName);
                    break;
                }
            }
        }
        if (request.venvPython.isEmpty()) {
            const QString home = platform.join(platform.homeDir, QStringLiteral("miniforge3"));
            request.installMiniforgeTo
                = Preflight::isPlainAsciiPath(home) ? home : Preflight::asciiInstallLocation(platform);
        }
    }
    return PlanBuilder(kb, mirrors).build(request);
}

} // namespace tgs
