// The doctor's rules about the driver, the GPU and the torch build, over detection, verification and the
// matching lines of pasted text (real samples in tests/fixtures/doctor, sources in its SOURCES.md).
#include <core/verify/doctor_p.h>

#include <core/base/textmatch.h>
#include <core/base/version.h>
#include <core/detect/probes/nvidiasmi.h>
#include <core/recommend/fit.h>

namespace tgs::doctor {

namespace {

// A label that starts a sentence ("the conda environment ..." → "The conda environment ...").
QString sentenceStart(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString osName(Platform::Os os)
{
    return os == Platform::Os::Windows ? Doctor::tr("on Windows") : Doctor::tr("on Linux");
}

QString driverDownloadInstruction(const Context &c)
{
    if (c.os == Platform::Os::Windows) {
        return Doctor::tr("Download the current driver for %1 from https://www.nvidia.com/Download/index.aspx "
                          "(or the NVIDIA App), install it and restart Windows.")
            .arg(c.gpuText());
    }
    return Doctor::tr("Install the current NVIDIA driver for %1 from your distribution's packages (on Ubuntu: "
                      "\"sudo ubuntu-drivers install\"; else from https://www.nvidia.com/Download/index.aspx) and "
                      "restart the computer.")
        .arg(c.gpuText());
}

// A wheel as its arch list describes it: "sm_86" is SASS for 8.6, "compute_90" PTX for 9.0.
PipVariant variantFromArchList(const QStringList &archList)
{
    PipVariant v;
    v.cuda = QStringLiteral("?");
    for (const QString &arch : archList) {
        if (arch.startsWith(QStringLiteral("compute_"))) {
            const QString cc = normalizedComputeCapability(arch.mid(8));
            if (!cc.isEmpty() && (v.ptx.isEmpty() || Version(cc) > Version(v.ptx)))
                v.ptx = cc;
        } else if (const QString cc = normalizedComputeCapability(arch); !cc.isEmpty()) {
            v.arch << cc;
        }
    }
    return v;
}

QString smName(const QString &computeCapability)
{
    return QStringLiteral("sm_") + QString(computeCapability).remove(u'.');
}

QString architectureText(const Context &c, const QString &computeCapability)
{
    const GpuArchitecture *arch = c.kb.architecture(computeCapability);
    return arch ? QStringLiteral("%1, %2").arg(smName(computeCapability), arch->name.current())
                : smName(computeCapability);
}

void smiRule(Context &c)
{
    std::optional<ProbeError> failure;
    QString evidence;
    if (c.in.environment) {
        for (const Problem &p : c.in.environment->problems) {
            if (p.kind == ProblemKind::DriverUnreachable || p.kind == ProblemKind::DriverLibraryMismatch
                || (p.kind == ProblemKind::NoDevices && p.component == QStringLiteral("nvidia-smi")))
                failure = ProbeError{p.kind, p.message};
        }
    }
    if (!failure && !c.in.text.isEmpty()) {
        failure = NvidiaSmiParser::classifyFailure(c.in.text);
        // "command not found" alone may be any program's.
        if (failure && failure->kind == ProblemKind::NotFound
            && !text::containsPhrase(c.in.text, QStringLiteral("nvidia-smi")))
            failure.reset();
        if (failure)
            evidence = lineWith(
                c.in.text, caseless(QStringLiteral(R"(NVIDIA-SMI has failed|NVML|No devices were found|nvidia-smi)")));
    }
    if (!failure)
        return;
    Finding f;
    f.evidence = evidence;
    if (failure->kind == ProblemKind::DriverLibraryMismatch) {
        f.id = QStringLiteral("driver_library_mismatch");
        f.title = Doctor::tr("The NVIDIA driver was updated, but the old one is still loaded.");
        f.detail = Doctor::tr("nvidia-smi reports \"Driver/library version mismatch\": the driver's libraries on "
                              "disk are a newer version than the driver module that is running. This happens "
                              "right after a driver update (often an automatic one) until the computer restarts; "
                              "until then no program, PyTorch included, can use the GPU.");
        f.fix.instruction = Doctor::tr("Restart the computer. If the message stays after a restart, reinstall the "
                                       "NVIDIA driver.");
    } else {
        f.id = QStringLiteral("nvidia_smi_failed");
        f.title = Doctor::tr("nvidia-smi cannot use the NVIDIA driver, so PyTorch cannot use the GPU either.");
        f.detail = failure->message;
        f.fix.instruction = driverDownloadInstruction(c);
        if (c.os == Platform::Os::Linux) {
            f.fix.instruction += u' '
                                 + Doctor::tr("If it still fails after the restart, check whether Secure Boot keeps "
                                              "the driver from loading (\"mokutil --sb-state\").");
        }
    }
    c.add(f);
}

void noGpuRule(Context &c)
{
    if (!c.gpuKnownAbsent())
        return;
    Finding f;
    f.id = QStringLiteral("no_nvidia_gpu");
    f.severity = Severity::Info;
    f.title = Doctor::tr("This PC has no NVIDIA GPU: PyTorch runs on the CPU here.");
    f.detail = Doctor::tr("Detection found no NVIDIA graphics card and no NVIDIA driver. CUDA needs both, so the CPU "
                          "build of PyTorch is the right one for this PC; a CUDA build would work, but only on the "
                          "CPU.");
    if (c.in.verification && c.in.verification->torchImported) {
        f.detail
            += u' '
               + Doctor::tr("The checked environment has torch %1; its CPU computation %2.")
                     .arg(c.in.verification->torchVersion,
                          c.in.verification->cpuComputeOk ? Doctor::tr("ran correctly") : Doctor::tr("did not run"));
    }
    f.fix.instruction = Doctor::tr("Nothing needs fixing. If this PC does have an NVIDIA card, install its driver "
                                   "from https://www.nvidia.com/Download/index.aspx, restart, and check again.");
    c.add(f);
}

// The installed torch's CUDA against the driver (facts), or PyTorch's own complaint (text).
void driverTooOld(Context &c, const QString &torchVersion, const QString &torchCuda,
                  const std::optional<Target> &target, const QString &textDriverCuda, const QString &evidence)
{
    const QString driver = c.driverVersion();
    const QString minimum = torchCuda.isEmpty() ? QString() : driverMinimum(c.kb, torchCuda, c.os);
    const bool saidByTorch = !evidence.isEmpty(); // PyTorch's own complaint in the text
    if (!saidByTorch && (driver.isEmpty() || minimum.isEmpty() || Version(driver) >= Version(minimum)))
        return;
    const QString driverCuda = driver.isEmpty() ? textDriverCuda : c.driverCuda(driver);
    Finding f;
    f.id = QStringLiteral("driver_too_old");
    f.evidence = evidence;
    f.title = Doctor::tr("The NVIDIA driver is too old for the installed PyTorch.");
    QStringList detail;
    if (!driver.isEmpty() && !driverCuda.isEmpty())
        detail << Doctor::tr("The NVIDIA driver %1 runs CUDA up to %2.").arg(driver, driverCuda);
    else if (!driverCuda.isEmpty())
        detail << Doctor::tr("The NVIDIA driver runs CUDA up to %1.").arg(driverCuda);
    else
        detail << Doctor::tr("The NVIDIA driver runs an older CUDA than this PyTorch was built with.");
    if (!minimum.isEmpty()) {
        detail << Doctor::tr("torch %1 is built with CUDA %2, which needs driver %3 or newer %4.")
                      .arg(torchVersion, torchCuda, minimum, osName(c.os));
    } else {
        detail << Doctor::tr("This PyTorch is built with a newer CUDA, which the driver cannot run.");
    }
    f.detail = detail.join(u' ');
    const Fix reinstall = c.reinstallFix(target);
    f.fix = reinstall;
    f.fix.instruction
        = (minimum.isEmpty()
               ? Doctor::tr("Update the NVIDIA driver. %1").arg(driverDownloadInstruction(c))
               : Doctor::tr("Update the NVIDIA driver to %1 or newer. %2").arg(minimum, driverDownloadInstruction(c)))
          + u'\n' + Doctor::tr("Or keep the driver and install a build it runs.") + u' ' + reinstall.instruction;
    c.add(f);
}

void archMissing(Context &c, const QString &gpu, const QString &computeCapability, const QString &torchVersion,
                 const QStringList &archList, const std::optional<Target> &target, const QString &evidence)
{
    Finding f;
    f.id = QStringLiteral("gpu_arch_unsupported");
    f.evidence = evidence;
    f.title = Doctor::tr("The installed PyTorch has no code for the GPU %1.").arg(gpu);
    const QString build
        = torchVersion.isEmpty() ? Doctor::tr("The installed PyTorch") : Doctor::tr("torch %1").arg(torchVersion);
    f.detail = (computeCapability.isEmpty()
                    ? Doctor::tr("CUDA reports \"no kernel image is available for execution on the device\": the "
                                 "build has no code for this GPU's architecture.")
                    : Doctor::tr("%1 has compute capability %2 (%3).")
                          .arg(gpu, computeCapability, architectureText(c, computeCapability)))
               + (archList.isEmpty()
                      ? QString()
                      : u' ' + Doctor::tr("%1 has code only for %2.").arg(build, archList.join(QStringLiteral(" "))));
    f.fix = c.reinstallFix(target);
    if (!f.fix.plan && !c.in.environment) {
        f.fix.instruction = Doctor::tr("Install a newer PyTorch built with a CUDA version that supports this GPU "
                                       "(GeForce RTX 50 series: CUDA 12.8 or newer, torch 2.7 or newer): run "
                                       "detection in the wizard and use its recommendation.");
    }
    c.add(f);
}

void torchBuildRules(Context &c, const QString &torchVersion, const QString &torchCuda, bool cpuOnly,
                     const QStringList &archList, const std::optional<Target> &target)
{
    if (torchVersion.isEmpty())
        return;
    if (cpuOnly) {
        if (!c.gpuPresent())
            return;
        Finding f;
        f.id = QStringLiteral("cpu_only_torch");
        f.title = Doctor::tr("%1 has a PyTorch without CUDA: it cannot use the GPU.")
                      .arg(target ? sentenceStart(target->label) : Doctor::tr("This Python"));
        f.detail = Doctor::tr("torch %1 is a CPU-only build (torch.version.cuda is None), but this PC has %2. "
                              "pip and conda install this build when no CUDA index or channel is named.")
                       .arg(torchVersion, c.gpuText());
        f.fix = c.reinstallFix(target);
        c.add(f);
        return;
    }
    driverTooOld(c, torchVersion, torchCuda, target, {}, {});
    if (archList.isEmpty() || !c.in.environment)
        return;
    const PipVariant wheel = variantFromArchList(archList);
    for (const GpuInfo &gpu : c.in.environment->gpus) {
        if (archFit(wheel, gpu.computeCapability) == ArchFit::Missing)
            archMissing(c, gpu.name, gpu.computeCapability, torchVersion, archList, target, {});
    }
}

void verificationRules(Context &c)
{
    if (!c.in.verification)
        return;
    const Verification &v = *c.in.verification;
    const std::optional<Target> target = c.verifiedTarget();
    if (!v.torchImported) {
        if (v.torchImportError.contains(QStringLiteral("No module named 'torch'"))) {
            Finding f;
            f.id = QStringLiteral("torch_not_installed");
            f.title = Doctor::tr("PyTorch is not installed in %1.").arg(target->label);
            f.detail = Doctor::tr("\"import torch\" failed: %1").arg(v.torchImportError);
            f.fix = c.reinstallFix(target);
            c.add(f);
        } else if (!v.torchImportError.isEmpty() && !importErrorRule(c, v.torchImportError, target)) {
            Finding f;
            f.id = QStringLiteral("torch_import_failed");
            f.title = Doctor::tr("PyTorch is installed in %1 but cannot be imported.").arg(target->label);
            f.detail = Doctor::tr("\"import torch\" failed: %1").arg(v.torchImportError);
            f.fix = c.newEnvFix(Doctor::tr("Install PyTorch again into a new, empty environment."));
            c.add(f);
        }
        return;
    }
    const bool cpuOnly = v.cpuOnly || v.torchVersion.contains(QStringLiteral("+cpu")) || v.cuda.isEmpty();
    torchBuildRules(c, v.torchVersion, v.cuda, cpuOnly, v.archList, target);
    if (cpuOnly)
        return;
    const PipVariant wheel = variantFromArchList(v.archList);
    for (const VerifiedDevice &d : v.devices) {
        const bool noKernel = d.error.contains(QStringLiteral("no kernel image"), Qt::CaseInsensitive);
        if (noKernel || (!v.archList.isEmpty() && archFit(wheel, d.computeCapability) == ArchFit::Missing)) {
            archMissing(c, d.name, d.computeCapability, v.torchVersion, v.archList, target, {});
        } else if (!d.computeOk && (!d.error.isEmpty() || d.maxAbsError)) {
            Finding f;
            f.id = QStringLiteral("gpu_compute_failed");
            f.title = Doctor::tr("The test computation on GPU %1 (%2) failed.").arg(d.index).arg(d.name);
            f.detail = d.error.isEmpty()
                           ? Doctor::tr("The GPU's matrix product differs from the CPU's by %1.").arg(*d.maxAbsError)
                           : Doctor::tr("torch said: %1").arg(d.error);
            f.fix.instruction = Doctor::tr("Close other programs that use the GPU, update the NVIDIA driver and "
                                           "check again. %1")
                                    .arg(driverDownloadInstruction(c));
            c.add(f);
        }
    }
    if (v.cudaAvailable == false && c.gpuPresent() && !c.find(QStringLiteral("nvidia_smi_failed"))
        && !c.find(QStringLiteral("driver_library_mismatch")) && !c.find(QStringLiteral("driver_too_old"))) {
        Finding f;
        f.id = QStringLiteral("cuda_unavailable");
        f.title = Doctor::tr("PyTorch in %1 cannot use CUDA.").arg(target->label);
        f.detail = Doctor::tr("torch %1 (CUDA %2) reports torch.cuda.is_available() = False on a PC with %3.")
                       .arg(v.torchVersion, v.cuda, c.gpuText());
        if (!v.cudaError.isEmpty())
            f.detail += u' ' + Doctor::tr("torch said: %1").arg(v.cudaError);
        f.fix.instruction = Doctor::tr("Restart the computer, then check again. If it stays unavailable, reinstall "
                                       "the NVIDIA driver. %1")
                                .arg(driverDownloadInstruction(c));
        c.add(f);
    }
}

void detectionRules(Context &c)
{
    if (!c.in.environment)
        return;
    for (const PythonInfo &python : c.in.environment->pythons) {
        const Target target = c.targetFor(python);
        if (!python.torchImportError.isEmpty())
            importErrorRule(c, python.torchImportError, target);
        if (!python.torch || python.torch->version.isEmpty())
            continue;
        const TorchInfo &t = *python.torch;
        torchBuildRules(c, t.version, t.cuda, t.cuda.isEmpty(), t.archList, target);
    }
}

// PyTorch's own words for a driver that is too old or a GPU it has no code for.
void torchTextRules(Context &c)
{
    const QString &text = c.in.text;
    if (text.isEmpty())
        return;
    static const QRegularExpression tooOld(
        QStringLiteral(R"(driver on your system is too old\s*\(found version (\d+)\))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch old = tooOld.match(text);
    const bool insufficient
        = text::containsPhrase(text, QStringLiteral("CUDA driver version is insufficient for CUDA runtime version"));
    if ((old.hasMatch() || insufficient) && !c.find(QStringLiteral("driver_too_old"))) {
        const int found = old.captured(1).toInt();
        const QString driverCuda
            = found > 0 ? QStringLiteral("%1.%2").arg(found / 1000).arg((found % 1000) / 10) : QString();
        driverTooOld(c, {}, {}, c.textTarget(), driverCuda,
                     lineWith(text, caseless(QStringLiteral("too old|driver version is insufficient"))));
    }

    static const QRegularExpression notCompatible(
        QStringLiteral(R"((\S[^\n]*?) with CUDA capability sm_(\d+) is not compatible with the current PyTorch)"));
    static const QRegularExpression supports(QStringLiteral(R"(supports CUDA capabilities ((?:sm_\d+\s*)+))"));
    const QRegularExpressionMatch arch = notCompatible.match(text);
    const bool noKernel = text::containsPhrase(text, QStringLiteral("no kernel image is available for execution"));
    if ((arch.hasMatch() || noKernel) && !c.find(QStringLiteral("gpu_arch_unsupported"))) {
        QString gpu = arch.captured(1).trimmed();
        const QString cc = arch.hasMatch() ? normalizedComputeCapability(arch.captured(2)) : QString();
        if (gpu.isEmpty())
            gpu = c.gpuText();
        archMissing(c, gpu, cc, {}, supports.match(text).captured(1).simplified().split(u' ', Qt::SkipEmptyParts),
                    c.textTarget(), lineWith(text, caseless(QStringLiteral("is not compatible|no kernel image"))));
    }

    if (text::containsPhrase(text, QStringLiteral("Torch not compiled with CUDA enabled"))) {
        const QString evidence = lineWith(text, caseless(QStringLiteral("Torch not compiled with CUDA enabled")));
        if (Finding *existing = c.find(QStringLiteral("cpu_only_torch"))) {
            if (existing->evidence.isEmpty())
                existing->evidence = evidence;
        } else if (!c.gpuKnownAbsent()) {
            const std::optional<Target> target = c.textTarget();
            Finding f;
            f.id = QStringLiteral("cpu_only_torch");
            f.evidence = evidence;
            f.title = Doctor::tr("%1 has a PyTorch without CUDA: it cannot use the GPU.")
                          .arg(target ? sentenceStart(target->label) : Doctor::tr("This Python"));
            f.detail = Doctor::tr("PyTorch says \"Torch not compiled with CUDA enabled\": the installed torch is a "
                                  "CPU-only build (torch.version.cuda is None), so it cannot use %1.")
                           .arg(c.gpuText());
            f.fix = c.reinstallFix(target);
            c.add(f);
        }
    }
}

} // namespace

void driverRules(Context &c)
{
    smiRule(c);
    noGpuRule(c);
}

void torchRules(Context &c)
{
    verificationRules(c);
    detectionRules(c);
    torchTextRules(c);
}

} // namespace tgs::doctor
