#include <core/verify/verificationreport.h>

namespace tgs {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

QString VerificationReport::milliseconds(const std::optional<double> &ms)
{
    return ms ? tr("%1 ms").arg(*ms, 0, 'f', *ms < 10 ? 2 : 0) : QStringLiteral("–");
}

QList<ReportRow> VerificationReport::rows(const Verification &v)
{
    QList<ReportRow> rows;
    if (!v.pythonExecutable.isEmpty())
        rows.append({tr("Python"), QStringLiteral("%1 (%2)").arg(v.pythonExecutable, v.pythonVersion)});
    if (!v.torchImported) {
        if (!v.torchImportError.isEmpty())
            rows.append({tr("PyTorch"), tr("✗ import torch failed: %1").arg(v.torchImportError)});
        return rows;
    }
    rows.append({tr("PyTorch (torch.__version__)"),
                 v.cpuOnly ? tr("%1 — a CPU-only build").arg(v.torchVersion) : v.torchVersion});
    rows.append({tr("Imported from"), v.torchPath});
    rows.append({tr("CUDA of this build (torch.version.cuda)"), orDash(v.cuda)});
    rows.append(
        {tr("cuDNN (torch.backends.cudnn.version())"),
         v.cudnnNumber ? QStringLiteral("%1 (%2)").arg(v.cudnnVersion).arg(*v.cudnnNumber) : QStringLiteral("–")});
    rows.append({tr("torchvision / torchaudio"),
                 QStringLiteral("%1 / %2").arg(orDash(v.torchvisionVersion), orDash(v.torchaudioVersion))});
    const QString available = v.cudaAvailable.value_or(false) ? tr("yes") : tr("no");
    rows.append({tr("GPU usable (torch.cuda.is_available())"),
                 v.cudaError.isEmpty() ? available : QStringLiteral("%1 — %2").arg(available, v.cudaError)});
    if (!v.archList.isEmpty())
        rows.append({tr("GPU architectures in this build"), v.archList.join(QStringLiteral(" "))});
    rows.append(
        {tr("CPU computation"), v.cpuComputeOk ? tr("✓ correct, %1").arg(milliseconds(v.cpuMs)) : tr("✗ failed")});
    return rows;
}

QString VerificationReport::deviceLine(const VerifiedDevice &d)
{
    QString what = d.memoryTotalMib
                       ? tr("GPU %1 %2 (compute capability %3, %4 MiB)")
                             .arg(d.index)
                             .arg(d.name, d.computeCapability)
                             .arg(*d.memoryTotalMib)
                       : tr("GPU %1 %2 (compute capability %3)").arg(d.index).arg(d.name, d.computeCapability);
    if (d.computeOk)
        return tr("✓ %1: matrix product %2, cuDNN convolution %3")
            .arg(what, milliseconds(d.matmulMs), milliseconds(d.convMs));
    return tr("✗ %1: %2").arg(what, orDash(d.error));
}

QString VerificationReport::verdict(const Verification &v, bool pcHasNvidiaGpu)
{
    if (v.passed(pcHasNvidiaGpu))
        return pcHasNvidiaGpu ? tr("✓ PyTorch works and uses the GPU.")
                              : tr("✓ PyTorch works. This PC has no NVIDIA GPU, so it computes on the CPU.");
    if (v.torchImported && pcHasNvidiaGpu)
        return tr("✗ PyTorch does not use the GPU in this environment.");
    return tr("✗ PyTorch does not work in this environment.");
}

QString VerificationReport::toText(const Verification &v, bool pcHasNvidiaGpu)
{
    QStringList lines{tr("Verification of %1").arg(v.target.value)};
    for (const ReportRow &row : rows(v))
        lines << QStringLiteral("  ") + tr("%1: %2", "a label and its value").arg(row.label, row.value);
    for (const VerifiedDevice &device : v.devices)
        lines << QStringLiteral("  ") + deviceLine(device);
    for (const Problem &p : v.problems)
        lines << QStringLiteral("  ✗ ") + p.message;
    lines << verdict(v, pcHasNvidiaGpu);
    return lines.join(u'\n') + u'\n';
}

} // namespace tgs
