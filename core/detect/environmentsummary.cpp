#include <core/detect/environmentsummary.h>

namespace tgs {

namespace {
using Mark = SummaryLine::Mark;

QString memoryText(const GpuInfo &gpu)
{
    if (!gpu.memoryTotalMib)
        return QString();
    return QStringLiteral(", %1 GB").arg((*gpu.memoryTotalMib + 512) / 1024);
}
} // namespace

QString EnvironmentSummary::symbol(SummaryLine::Mark mark)
{
    switch (mark) {
    case Mark::Good:
        return QStringLiteral("✓");
    case Mark::Warning:
        return QStringLiteral("⚠");
    case Mark::Bad:
        return QStringLiteral("✗");
    case Mark::Info:
        break;
    }
    return QStringLiteral("ℹ");
}

QString EnvironmentSummary::placeOf(const PythonInfo &python)
{
    const QString conda = QStringLiteral("conda env ");
    if (python.source.startsWith(conda))
        return tr("the conda environment “%1”").arg(python.source.mid(conda.size()));
    return tr("the Python %1").arg(python.executable);
}

QList<SummaryLine> EnvironmentSummary::lines(const Environment &e)
{
    QList<SummaryLine> lines;
    for (const GpuInfo &gpu : e.gpus) {
        lines << SummaryLine{Mark::Good, gpu.computeCapability.isEmpty()
                                             ? tr("Graphics card: %1%2").arg(gpu.name, memoryText(gpu))
                                             : tr("Graphics card: %1 (compute capability %2%3)")
                                                   .arg(gpu.name, gpu.computeCapability, memoryText(gpu))};
    }
    const Problem *smi = e.problemFor(QStringLiteral("nvidia-smi"));
    if (e.gpus.isEmpty()) {
        lines << SummaryLine{Mark::Bad, smi && smi->kind != ProblemKind::NotFound
                                            ? tr("The NVIDIA driver did not answer, so no graphics card could be "
                                                 "read (see Problems below).")
                                            : tr("No NVIDIA graphics card was found. PyTorch can still run on the "
                                                 "CPU, only much slower.")};
    }
    if (e.driver && !e.driver->cudaVersion.isEmpty()) {
        lines << SummaryLine{Mark::Good, tr("Driver %1: runs PyTorch builds for CUDA up to %2. This is the "
                                            "driver's limit, not an installed CUDA.")
                                             .arg(e.driver->version, e.driver->cudaVersion)};
    } else if (e.driver) {
        lines << SummaryLine{Mark::Warning,
                             tr("Driver %1: the newest CUDA it runs is not known.").arg(e.driver->version)};
    }
    if (e.conda) {
        lines << SummaryLine{Mark::Good, tr("conda %1 with %n environment(s).", nullptr, int(e.conda->envs.size()))
                                             .arg(e.conda->version.isEmpty() ? QStringLiteral("?") : e.conda->version)};
    } else {
        lines << SummaryLine{Mark::Info, tr("conda was not found: the wizard can install Miniforge (a small conda) "
                                            "for you.")};
    }
    const bool gpu = e.hasNvidiaGpu();
    bool anyTorch = false;
    for (const PythonInfo &python : e.pythons) {
        const QString place = placeOf(python);
        if (!python.torchImportError.isEmpty()) {
            anyTorch = true;
            lines << SummaryLine{
                Mark::Bad,
                tr("PyTorch in %1 is installed but does not import: %2").arg(place, python.torchImportError)};
            continue;
        }
        if (!python.torch)
            continue;
        anyTorch = true;
        const TorchInfo &torch = *python.torch;
        if (torch.cuda.isEmpty()) {
            lines << SummaryLine{
                gpu ? Mark::Warning : Mark::Info,
                gpu ? tr("CPU-only PyTorch %1 in %2: it cannot use your GPU.").arg(torch.version, place)
                    : tr("CPU-only PyTorch %1 in %2.").arg(torch.version, place)};
        } else if (torch.cudaAvailable == false && gpu) {
            lines << SummaryLine{Mark::Warning, tr("PyTorch %1 for CUDA %2 in %3 cannot use the GPU: %4")
                                                    .arg(torch.version, torch.cuda, place, torch.cudaError)};
        } else {
            lines << SummaryLine{gpu ? Mark::Good : Mark::Info,
                                 (torch.cudaAvailable == true ? tr("PyTorch %1 for CUDA %2 in %3: it can use the GPU.")
                                                              : tr("PyTorch %1 for CUDA %2 in %3."))
                                     .arg(torch.version, torch.cuda, place)};
        }
    }
    if (!anyTorch)
        lines << SummaryLine{Mark::Info, tr("No PyTorch was found yet.")};
    return lines;
}

} // namespace tgs
