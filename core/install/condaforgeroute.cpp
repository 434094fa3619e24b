#include <core/install/planbuilder_p.h>

#include <core/base/version.h>

namespace tgs::planning {

// conda-forge's own build: an environment and PyTorch from conda-forge alone; the CUDA build is
// chosen by its build string and the cuda-version package.
void addCondaForgeSteps(Context &c)
{
    const Combination &combo = c.combination();
    c.plan.steps << c.createEnvStep(c.forgeChannel());
    QStringList args{QStringLiteral("install"), QStringLiteral("-n"), c.envName()};
    if (combo.cuda.isEmpty()) {
        args << QStringLiteral("pytorch==%1=cpu*").arg(combo.torch);
    } else {
        args << QStringLiteral("pytorch==%1=cuda*").arg(combo.torch)
             << QStringLiteral("cuda-version==") + Version(combo.cuda).majorMinor();
    }
    args << QStringLiteral("torchvision");
    if (!combo.torchaudio.isEmpty())
        args << QStringLiteral("torchaudio");
    args << QStringLiteral("-y");
    c.plan.steps << c.condaStep(QStringLiteral("install-pytorch"),
                                Context::tr("Install PyTorch %1 from conda-forge").arg(combo.torch),
                                args + c.forgeChannel());
    c.plan.notes << c.kb.text(QStringLiteral("route.conda-forge"));
}

} // namespace tgs::planning
