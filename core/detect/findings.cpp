#include <core/detect/findings.h>

#include <core/detect/locations.h>
#include <core/detect/probes/conda.h>

#include <QCoreApplication>

namespace tgs {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    static QString importFailed(const QString &python, const QString &error)
    {
        return tr("torch is installed for %1 but cannot be imported: %2").arg(python, error);
    }
    static QString noPython()
    {
        return tr("No Python was found on PATH or in a conda environment. The wizard can create one with conda.");
    }
    static QString noToolkit()
    {
        return tr("No CUDA toolkit was found. PyTorch does not need one: its packages bring their own CUDA runtime. "
                  "A toolkit is only needed to compile CUDA code.");
    }
    static QString noCudnn()
    {
        return tr("No cuDNN was found. PyTorch does not need a separate one: its packages bring their own.");
    }
    static QString canceled() { return tr("Detection was canceled."); }
};

// The quick phase's facts, completed by the deep phase's where torch was imported.
std::optional<PythonInfo> combine(const DetectionFindings::PythonSlot &slot, QList<Problem> &problems)
{
    const auto *quick = slot.quick && slot.quick->ok() ? &slot.quick->value() : nullptr;
    const auto *deep = slot.deep && slot.deep->ok() ? &slot.deep->value() : nullptr;
    const PythonProbeReport *report = deep ? deep : quick;
    if (!report) {
        const auto &failed = slot.quick ? slot.quick : slot.deep;
        if (failed && (!slot.quick || !slot.quick->ok()))
            problems.append({QStringLiteral("python"), failed->error().kind, failed->error().message});
        return std::nullopt;
    }
    PythonInfo info;
    info.executable = report->executable.isEmpty() ? slot.path : report->executable;
    info.version = report->version;
    info.torch = report->torch;
    info.torchImportError = report->torchImportError;
    info.source = slot.source;
    if (deep && quick && info.torch && quick->torch) {
        info.torch->location = quick->torch->location;
        info.torch->torchvision = quick->torch->torchvision;
        info.torch->torchaudio = quick->torch->torchaudio;
    } else if (!deep && quick && quick->torch && slot.deep && !slot.deep->ok()) {
        // torch is there, and importing it hung or crashed: that is the finding.
        problems.append({QStringLiteral("python"), slot.deep->error().kind, slot.deep->error().message});
    }
    return info;
}

} // namespace

void DetectionFindings::assemblePythons(Environment &env, bool final) const
{
    QStringList seen;
    QList<CudnnInfo> fromTorch;
    for (const PythonSlot &slot : pythons) {
        const std::optional<PythonInfo> info = combine(slot, env.problems);
        if (!info)
            continue;
        // python and python3 are often links to one interpreter that reports two names.
        const QString key = Locations::canonicalKey(os, info->executable);
        if (seen.contains(key))
            continue;
        seen.append(key);
        env.pythons.append(*info);
        if (info->torch && info->torch->imported && !info->torch->cudnn.isEmpty())
            fromTorch.append({info->torch->cudnn, info->executable, QStringLiteral("torch.backends.cudnn.version()")});
        if (!info->torchImportError.isEmpty())
            env.problems.append({QStringLiteral("python"), ProblemKind::Failed,
                                 Text::importFailed(info->executable, info->torchImportError)});
    }
    env.cudnn.append(fromTorch);
    if (final && env.pythons.isEmpty() && !env.problemFor(QStringLiteral("python")))
        env.problems.append({QStringLiteral("python"), ProblemKind::NotFound, Text::noPython()});
}

Environment DetectionFindings::assemble(bool final) const
{
    Environment env;
    env.os = Platform::osId(os);
    env.problems = problems;
    assembleGpusAndDriver(gpu, env);

    env.cudnn = cudnnFiles.values();
    if (conda) {
        env.conda = conda;
        for (const CondaPrefix &p : condaPrefixes) {
            const QString name = CondaParser::envName(p.prefix, conda->basePrefix, envsDirs);
            env.conda->envs.append({name, p.prefix, p.python, p.cudnn});
            if (!p.cudnn.isEmpty())
                env.cudnn.append({p.cudnn, p.prefix, QStringLiteral("conda package cudnn")});
        }
    }
    assemblePythons(env, final);
    env.cudaToolkits = toolkits.values();
    if (final && env.cudaToolkits.isEmpty() && !env.problemFor(QStringLiteral("cuda-toolkit")))
        env.problems.append({QStringLiteral("cuda-toolkit"), ProblemKind::NotFound, Text::noToolkit()});
    if (final && env.cudnn.isEmpty() && !env.problemFor(QStringLiteral("cudnn")))
        env.problems.append({QStringLiteral("cudnn"), ProblemKind::NotFound, Text::noCudnn()});
    if (final && canceled)
        env.problems.append({QStringLiteral("detection"), ProblemKind::Failed, Text::canceled()});
    return env;
}

} // namespace tgs
