// `verify`: is the PyTorch of an environment really working, on the GPU where there is one.
#include "appoptions.h"
#include "cli.h"
#include "output.h"

#include <core/detect/detector.h>
#include <core/verify/verifier.h>

#include <nlohmann/json.hpp>

namespace tgs::app {

namespace {

bool hasNvidiaGpu(const Environment &e)
{
    return !e.gpus.isEmpty() || e.driver.has_value();
}

// What to verify: the option given, else the first Python on PATH (what `python` runs for the user).
std::optional<VerifyTarget> targetFrom(const RecommendOptions &o, const Environment &e)
{
    if (!o.env.isEmpty())
        return VerifyTarget::condaEnv(o.env);
    if (!o.prefix.isEmpty())
        return VerifyTarget::prefix(o.prefix);
    if (!o.pythonPath.isEmpty())
        return VerifyTarget::python(o.pythonPath);
    for (const PythonInfo &python : e.pythons) {
        if (python.source == QStringLiteral("PATH"))
            return VerifyTarget::python(python.executable);
    }
    return std::nullopt;
}

QString msText(const std::optional<double> &ms)
{
    return ms ? Cli::tr("%1 ms").arg(*ms, 0, 'f', *ms < 10 ? 2 : 0) : QStringLiteral("–");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString verificationText(const Verification &v, bool pcHasGpu)
{
    QStringList lines;
    const auto row = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("  %1: %2").arg(label, value);
    };
    lines << Cli::tr("Verification of %1").arg(v.target.value);
    if (!v.pythonExecutable.isEmpty())
        row(Cli::tr("Python"), QStringLiteral("%1 (%2)").arg(v.pythonExecutable, v.pythonVersion));
    if (v.torchImported) {
        row(Cli::tr("PyTorch (torch.__version__)"),
            v.cpuOnly ? Cli::tr("%1 — a CPU-only build").arg(v.torchVersion) : v.torchVersion);
        row(Cli::tr("Imported from"), v.torchPath);
        row(Cli::tr("CUDA of this build (torch.version.cuda)"), orDash(v.cuda));
        row(Cli::tr("cuDNN (torch.backends.cudnn.version())"),
            v.cudnnNumber ? QStringLiteral("%1 (%2)").arg(v.cudnnVersion).arg(*v.cudnnNumber) : QStringLiteral("–"));
        row(Cli::tr("torchvision / torchaudio"),
            QStringLiteral("%1 / %2").arg(orDash(v.torchvisionVersion), orDash(v.torchaudioVersion)));
        const QString available = v.cudaAvailable.value_or(false) ? Cli::tr("yes") : Cli::tr("no");
        row(Cli::tr("GPU usable (torch.cuda.is_available())"),
            v.cudaError.isEmpty() ? available : QStringLiteral("%1 — %2").arg(available, v.cudaError));
        for (const VerifiedDevice &d : v.devices) {
            const QString what = d.computeOk ? Cli::tr("✓ computes correctly: matrix product %1, cuDNN convolution %2")
                                                   .arg(msText(d.matmulMs), msText(d.convMs))
                                             : Cli::tr("✗ %1").arg(orDash(d.error));
            row(Cli::tr("GPU %1 %2 (compute capability %3)").arg(d.index).arg(d.name, d.computeCapability), what);
        }
        row(Cli::tr("CPU computation"),
            v.cpuComputeOk ? Cli::tr("✓ correct, %1").arg(msText(v.cpuMs)) : Cli::tr("✗ failed"));
    } else if (!v.torchImportError.isEmpty()) {
        row(Cli::tr("PyTorch"), Cli::tr("✗ import torch failed: %1").arg(v.torchImportError));
    }
    for (const Problem &p : v.problems)
        lines << QStringLiteral("  ✗ ") + p.message;
    if (v.passed(pcHasGpu))
        lines << (pcHasGpu ? Cli::tr("✓ PyTorch works and uses the GPU.")
                           : Cli::tr("✓ PyTorch works. This PC has no NVIDIA GPU, so it computes on the CPU."));
    else
        lines << (pcHasGpu ? Cli::tr("✗ PyTorch does not use the GPU in this environment.")
                           : Cli::tr("✗ PyTorch does not work in this environment."));
    return lines.join(u'\n') + u'\n';
}

} // namespace

int Cli::verify(const RecommendOptions &o)
{
    if (!o.json)
        writeOut(tr("Looking for the GPU, conda and Python…") + u'\n');
    DetectionOptions detection = defaultDetectionOptions();
    detection.deep = false; // the probe in the environment says the rest
    const Environment environment = Detector::detect(detection);
    const std::optional<VerifyTarget> target = targetFrom(o, environment);
    if (!target) {
        writeErr(tr("No Python was found on PATH. Name the environment with --env NAME, --prefix FOLDER or "
                    "--python PATH.")
                 + u'\n');
        return 2;
    }
    if (!o.json)
        writeOut(tr("Checking PyTorch in %1 (importing torch and computing on every GPU)…").arg(target->value) + u'\n');
    VerifyOptions options;
    options.platform = detection.platform;
    const Verification v = Verifier::verify(*target, options, environment.conda);
    const bool pcHasGpu = hasNvidiaGpu(environment);
    if (o.json)
        writeOut(QString::fromStdString(verificationToJson(v, pcHasGpu).dump(2)) + u'\n');
    else
        writeOut(verificationText(v, pcHasGpu));
    return v.passed(pcHasGpu) ? 0 : 1;
}

} // namespace tgs::app
