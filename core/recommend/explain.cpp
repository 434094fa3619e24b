#include <core/base/localizedtext.h>
#include <core/recommend/session_p.h>

#include <core/base/version.h>

#include <algorithm>

namespace tgs::recommend {

QString Session::gpuName(qsizetype index) const
{
    const Facts::Gpu &gpu = facts.gpus.at(index);
    return gpu.name.isEmpty() ? tr("GPU %1").arg(index) : gpu.name;
}

void Session::explainFacts()
{
    out.reasons << tr("Operating system: %1.")
                       .arg(facts.os == Platform::Os::Windows ? QStringLiteral("Windows") : QStringLiteral("Linux"));
    if (!facts.driver.isEmpty()) {
        if (!facts.driverCuda.isEmpty()) {
            out.reasons << tr("Driver %1 → highest CUDA %2 (%3).")
                               .arg(facts.driver, facts.driverCuda,
                                    facts.driverCudaSource.isEmpty() ? facts.driverSource : facts.driverCudaSource);
        } else {
            out.reasons << tr("NVIDIA driver %1 (%2).").arg(facts.driver, facts.driverSource);
        }
    }
    for (qsizetype i = 0; i < facts.gpus.size(); ++i) {
        const Facts::Gpu &gpu = facts.gpus.at(i);
        const QString name = gpuName(i);
        if (gpu.computeCapability.isEmpty()) {
            out.reasons << tr("%1: compute capability unknown, so its architecture cannot be checked.").arg(name);
        } else if (const GpuArchitecture *arch = kb.architecture(gpu.computeCapability)) {
            out.reasons << tr("%1 is %2 (compute capability %3, %4).")
                               .arg(name, sm(gpu.computeCapability), gpu.computeCapability, arch->name.current());
        } else {
            out.reasons
                << tr("%1 is %2 (compute capability %3).").arg(name, sm(gpu.computeCapability), gpu.computeCapability);
        }
    }
    if (!fit.hasGpu())
        out.reasons << tr("No NVIDIA GPU or driver was found, so the CPU build is the one that works here.");
}

// Why this release has no usable CUDA build here, in one sentence.
QString Session::whyNot(const TorchRelease &release) const
{
    if (!python.isEmpty() && !candidates.offersPython(release, python)) {
        return tr("torch %1 has no wheel for Python %2 (it supports %3).")
            .arg(minorSeries(release.version), python, listText(candidates.pythons(release)));
    }
    const QList<PipVariant> variants = candidates.cudaVariantsNewestFirst(release);
    if (variants.isEmpty())
        return tr("torch %1 has no CUDA build for this route and system.").arg(minorSeries(release.version));
    QStringList ids;
    bool anyDriverOk = false;
    for (const PipVariant &v : variants) {
        ids << v.id;
        anyDriverOk |= fit.driverOk(v);
    }
    if (!anyDriverOk) {
        return tr("torch %1's CUDA builds (%2) need driver %3 or newer; this one is %4.")
            .arg(minorSeries(release.version), listText(ids), fit.driverMinimum(variants.last().cuda), facts.driver);
    }
    for (const Facts::Gpu &gpu : facts.gpus) {
        const bool anyCovers = std::any_of(variants.cbegin(), variants.cend(), [&](const PipVariant &v) {
            return fit.driverOk(v) && archFit(v, gpu.computeCapability) != ArchFit::Missing;
        });
        if (!anyCovers) {
            return tr("torch %1's CUDA builds that this driver runs do not contain code for %2 (compute capability "
                      "%3).")
                .arg(minorSeries(release.version), sm(gpu.computeCapability), gpu.computeCapability);
        }
    }
    return tr("torch %1 has no single CUDA build for all of these GPUs.").arg(minorSeries(release.version));
}

QString Session::whyNotVariant(const PipVariant &v) const
{
    if (!fit.driverOk(v))
        return tr("%1 needs driver %2 or newer; this one is %3.").arg(v.id, fit.driverMinimum(v.cuda), facts.driver);
    const QList<Facts::Gpu> missing = fit.gpusMissing(v);
    if (!missing.isEmpty())
        return tr("%1 has no code for %2 (it contains %3).")
            .arg(v.id, sm(missing.first().computeCapability), smList(v.arch));
    return {};
}

void Session::explainChoice(const TorchRelease &release, const PipVariant &v)
{
    if (v.isCpu()) {
        out.reasons << tr("torch %1 (CPU build) from %2.").arg(release.version, routeName());
        return;
    }
    if (!facts.driver.isEmpty()) {
        out.reasons << tr("%1 builds need driver %2 or newer (%3); driver %4 qualifies.")
                           .arg(v.id, fit.driverMinimum(v.cuda),
                                Version(v.cuda).major() >= 11
                                    ? tr("CUDA %1.x minor-version compatibility").arg(Version(v.cuda).major())
                                    : tr("CUDA %1 toolkit minimum").arg(v.cuda),
                                facts.driver);
    }
    for (qsizetype i = 0; i < facts.gpus.size(); ++i) {
        const Facts::Gpu &gpu = facts.gpus.at(i);
        const QString name = gpuName(i);
        QStringList native;
        for (const QString &arch : v.arch) {
            if (Version(arch).major() == Version(gpu.computeCapability).major()
                && Version(arch) <= Version(gpu.computeCapability))
                native << arch;
        }
        switch (archFit(v, gpu.computeCapability)) {
        case ArchFit::Native:
            out.reasons << tr("%1 wheels contain %2, which runs on %3 (%4).")
                               .arg(v.id, smList(native), sm(gpu.computeCapability), name);
            break;
        case ArchFit::Ptx:
            out.reasons << tr("%1 wheels carry PTX for %2, which the driver compiles for %3 (%4) on first use; the "
                              "first start is slower.")
                               .arg(v.id, sm(v.ptx), sm(gpu.computeCapability), name);
            break;
        case ArchFit::Unknown:
            out.reasons << tr("The architectures of %1 builds on this route are not known, or %2's capability is "
                              "unknown: not checked.")
                               .arg(v.id, name);
            break;
        case ArchFit::Missing:
            break;
        }
    }
    if (!v.cudnn.isEmpty())
        out.reasons << tr("%1 wheels bring their own CUDA %2 runtime and cuDNN %3.").arg(v.id, v.cuda, v.cudnn);
    out.reasons << kb.text(QStringLiteral("note.wheels_bundle_cuda"));
}

void Session::explainWhyNotNewer(const QList<const TorchRelease *> &releases, const TorchRelease &chosen,
                                 const PipVariant &chosenVariant)
{
    // Newer releases without a wheel for this Python make one line; other causes one line per series.
    QString oldestWithoutPython;
    QStringList series;
    for (const TorchRelease *release : releases) {
        if (Version(release->version) <= Version(chosen.version))
            break;
        const QString minor = minorSeries(release->version);
        if (minor == minorSeries(chosen.version) || series.contains(minor))
            continue;
        series << minor;
        if (!candidates.offersPython(*release, python))
            oldestWithoutPython = minor;
        else if (out.whyNotNewer.size() < 3)
            out.whyNotNewer << whyNot(*release);
    }
    if (!oldestWithoutPython.isEmpty())
        out.whyNotNewer.prepend(tr("torch %1 and newer have no wheel for Python %2.").arg(oldestWithoutPython, python));
    if (chosenVariant.isCpu())
        return;
    for (const PipVariant &v : candidates.cudaVariantsNewestFirst(chosen)) {
        if (Version(v.cuda) <= Version(chosenVariant.cuda))
            break;
        const QString why = whyNotVariant(v);
        if (!why.isEmpty())
            out.whyNotNewer << why;
    }
}

// Older CUDA builds of the same release, the best of the previous series, the CPU build.
void Session::addAlternatives(const QList<const TorchRelease *> &releases, const TorchRelease &chosen,
                              const PipVariant &chosenVariant)
{
    auto add = [this](const Combination &c) {
        if (c.torch == out.recommended.torch && c.variant == out.recommended.variant)
            return;
        for (const Combination &a : out.alternatives) {
            if (a.torch == c.torch && a.variant == c.variant)
                return;
        }
        if (out.alternatives.size() < 5)
            out.alternatives.append(c);
    };
    if (!chosenVariant.isCpu()) {
        for (const PipVariant &v : candidates.cudaVariantsNewestFirst(chosen)) {
            if (fit.works(v, false))
                add(combination(chosen, v));
        }
        for (const TorchRelease *release : releases) {
            if (Version(release->version) >= Version(chosen.version)
                || minorSeries(release->version) == minorSeries(chosen.version))
                continue;
            if (const std::optional<Pick> older = find({release}, QString(), QString()))
                add(combination(*older->release, older->variant));
            break;
        }
    }
    add(combination(chosen, *chosen.variant(QStringLiteral("cpu"))));
}

} // namespace tgs::recommend
