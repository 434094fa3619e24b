#include <core/base/localizedtext.h>
#include <core/install/planbuilder_p.h>

#include <core/base/version.h>

namespace tgs::planning {

namespace {

struct CudnnPick
{
    QString version;
    QString build;
};

// The conda cudnn built for this CUDA major that is closest to the cuDNN PyTorch itself was
// built with: the same major.minor, else the newest not above it (the guide's
// 8.9.2.26=cuda11_0 for CUDA 11.8), else the newest.
std::optional<CudnnPick> condaCudnnFor(const KnowledgeBase &kb, const TorchRelease &release, const QString &cuda)
{
    const PipVariant *pipVariant = release.variantForCuda(cuda);
    const Version bundled(pipVariant ? pipVariant->cudnn : QString());
    auto rank = [&bundled](const Version &v) {
        if (!bundled.isValid())
            return 1;
        if (v.majorMinor() == bundled.majorMinor())
            return 3;
        return v <= bundled ? 2 : 1;
    };
    std::optional<CudnnPick> best;
    for (const CondaCudnn &candidate : kb.condaCudnn) {
        for (const CondaCudnnBuild &b : candidate.builds) {
            if (b.cudaMajor != Version(cuda).major())
                continue;
            const Version v(candidate.version);
            if (!best || rank(v) > rank(Version(best->version))
                || (rank(v) == rank(Version(best->version)) && v > Version(best->version)))
                best = CudnnPick{candidate.version, b.build};
        }
    }
    return best;
}

// The newest conda cudatoolkit of that CUDA major.minor, or empty (the package ends at 11.8).
QString condaCudatoolkitFor(const KnowledgeBase &kb, const QString &majorMinor)
{
    QString toolkit;
    for (const QString &v : kb.condaCudatoolkit) {
        if (Version(v).majorMinor() == majorMinor)
            toolkit = v;
    }
    return toolkit;
}

} // namespace

// The guide, exactly: an env with the Python, then cudatoolkit, cudnn and PyTorch from the
// pytorch channel. A Python the channel never had for this release is an error, not a plan
// that fails at the solver (2.5.x has wheels for 3.13, the channel none).
std::optional<Error> addCondaLegacySteps(Context &c)
{
    const Combination &combo = c.combination();
    const QString os = c.request.platform.osId();
    if (!combo.python.isEmpty() && !c.release.hasPython(combo.python, os, true)) {
        return Error{
            Context::tr(
                "The pytorch conda channel has no torch %1 for Python %2; it has Python %3. Choose one of those, "
                "or the pip route.")
                .arg(combo.torch, combo.python, listText(c.release.pythonFor(os, true)))};
    }
    // The official sources name channels as the guide does; a mirror gives their URLs.
    auto channelFor = [&c](const QString &name) -> QString {
        const QString url = c.mirror.channel(name);
        if (c.mirror.isOfficial() || url.isEmpty()) {
            if (!c.mirror.isOfficial())
                c.plan.notes
                    << Context::tr(
                           "The mirror %1 does not carry the \"%2\" channel; it comes from the official source.")
                           .arg(c.mirror.name.current(), name);
            return name;
        }
        return url;
    };
    QStringList createChannel;
    if (!c.mirror.isOfficial() && !c.mirror.channel(QStringLiteral("main")).isEmpty())
        createChannel << QStringLiteral("--override-channels") << QStringLiteral("-c")
                      << c.mirror.channel(QStringLiteral("main"));
    c.plan.steps << c.createEnvStep(createChannel);

    const bool metapackage = !c.release.condaPytorchCuda.isEmpty();
    QStringList torchArgs{QStringLiteral("install"), QStringLiteral("-n"), c.envName(),
                          QStringLiteral("pytorch==") + combo.torch,
                          QStringLiteral("torchvision==") + combo.torchvision};
    if (!combo.torchaudio.isEmpty())
        torchArgs << QStringLiteral("torchaudio==") + combo.torchaudio;
    if (combo.cuda.isEmpty()) {
        torchArgs << QStringLiteral("cpuonly") << QStringLiteral("-c") << channelFor(QStringLiteral("pytorch"));
    } else {
        const QString majorMinor = Version(combo.cuda).majorMinor();
        const QString toolkit = condaCudatoolkitFor(c.kb, majorMinor);
        if (!toolkit.isEmpty() && metapackage) {
            c.plan.steps << c.condaStep(
                QStringLiteral("install-cudatoolkit"),
                Context::tr("Install the CUDA %1 toolkit (cudatoolkit %2)").arg(majorMinor, toolkit),
                {QStringLiteral("install"), QStringLiteral("-n"), c.envName(),
                 QStringLiteral("cudatoolkit==") + toolkit, QStringLiteral("-y")});
        } else if (toolkit.isEmpty()) {
            c.plan.notes << Context::tr("conda's cudatoolkit package ends at 11.8; for CUDA %1 the pytorch-cuda "
                                        "package brings the runtime.")
                                .arg(majorMinor);
        }
        const std::optional<CudnnPick> cudnn = condaCudnnFor(c.kb, c.release, combo.cuda);
        if (cudnn && metapackage) {
            c.plan.steps << c.condaStep(QStringLiteral("install-cudnn"),
                                        Context::tr("Install cuDNN %1 for CUDA %2").arg(cudnn->version, majorMinor),
                                        {QStringLiteral("install"), QStringLiteral("-n"), c.envName(),
                                         QStringLiteral("cudnn==%1=%2").arg(cudnn->version, cudnn->build),
                                         QStringLiteral("-y")});
        }
        if (metapackage) {
            torchArgs << QStringLiteral("pytorch-cuda=") + majorMinor << QStringLiteral("-c")
                      << channelFor(QStringLiteral("pytorch")) << QStringLiteral("-c")
                      << channelFor(QStringLiteral("nvidia"));
        } else {
            // torch <= 1.12: the cudatoolkit variant of the pytorch channel (11.6 came from conda-forge).
            torchArgs << QStringLiteral("cudatoolkit=") + majorMinor << QStringLiteral("-c")
                      << channelFor(QStringLiteral("pytorch"));
            if (majorMinor == QStringLiteral("11.6"))
                torchArgs << QStringLiteral("-c") << channelFor(QStringLiteral("conda-forge"));
        }
    }
    torchArgs << QStringLiteral("-y");
    c.plan.steps << c.condaStep(QStringLiteral("install-pytorch"),
                                Context::tr("Install PyTorch %1 from the pytorch channel").arg(combo.torch), torchArgs);
    c.plan.notes << c.kb.text(QStringLiteral("note.conda_channel_frozen"));
    return std::nullopt;
}

} // namespace tgs::planning
