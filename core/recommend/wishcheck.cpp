#include <core/base/localizedtext.h>
#include <core/recommend/session_p.h>

#include <core/base/version.h>

#include <algorithm>

namespace tgs::recommend {

// Says, for the wishes as given, every constraint they break.
void Session::checkWishes(const QList<const TorchRelease *> &releases, const QList<const TorchRelease *> &forPython)
{
    // A wished torch is looked for everywhere (to say it lacks this Python); a lone CUDA wish
    // among the releases this Python can use.
    const bool onlyCuda = wishes.torch.isEmpty() && !cudaWish.isEmpty() && cudaWish != QStringLiteral("cpu");
    for (const TorchRelease *r : wishes.torch.isEmpty() ? forPython : releases) {
        if (!matchesTorch(*r, wishes.torch))
            continue;
        if (onlyCuda) {
            const QList<PipVariant> variants = candidates.cudaVariantsNewestFirst(*r);
            if (std::none_of(variants.cbegin(), variants.cend(),
                             [this](const PipVariant &v) { return matchesCuda(v, cudaWish); }))
                continue;
        }
        checkRelease(*r);
        return;
    }
    warnNoRelease(releases);
}

void Session::warnNoRelease(const QList<const TorchRelease *> &releases)
{
    const bool knownRelease = std::any_of(kb.torchReleases.cbegin(), kb.torchReleases.cend(),
                                          [this](const TorchRelease &r) { return matchesTorch(r, wishes.torch); });
    if (!wishes.torch.isEmpty() && !knownRelease) {
        warn(WarningCode::NoSuchRelease,
             tr("torch %1 is not a release this program knows (%2 to %3); it is not offered.")
                 .arg(wishes.torch, kb.torchReleases.first().version, kb.torchReleases.last().version));
    } else if (!wishes.torch.isEmpty() && wishes.route == Route::CondaLegacy) {
        warn(WarningCode::CondaChannelFrozen,
             tr("torch %1 was never published on the pytorch conda channel, which ends at %2. "
                "Choose the pip route for newer releases.")
                 .arg(wishes.torch, Candidates::lastCondaChannelRelease()));
    } else if (!wishes.torch.isEmpty()) {
        warn(WarningCode::NoSuchRelease, tr("torch %1 is not offered on the %2 route for %3.")
                                             .arg(wishes.torch, routeName(), Platform::osId(facts.os)));
    } else {
        QStringList withBuild; // releases that have the build, for another Python
        for (const TorchRelease *r : releases) {
            const QList<PipVariant> variants = candidates.cudaVariantsNewestFirst(*r);
            if (std::any_of(variants.cbegin(), variants.cend(),
                            [this](const PipVariant &v) { return matchesCuda(v, cudaWish); }))
                withBuild.prepend(r->version);
        }
        if (withBuild.isEmpty()) {
            warn(WarningCode::NoSuchVariant, tr("No torch release has a CUDA %1 build on this route.").arg(cudaWish));
        } else {
            warn(WarningCode::PythonUnsupported,
                 tr("CUDA %1 builds exist for torch %2 to %3, and none of them has a wheel for Python %4 "
                    "(pip says \"No matching distribution found for torch\").")
                     .arg(cudaWish, withBuild.first(), withBuild.last(), python));
        }
    }
}

// The wished release exists: what its Python support, CUDA builds, the driver and the GPUs say.
void Session::checkRelease(const TorchRelease &release)
{
    if (!candidates.offersPython(release, python)) {
        warn(WarningCode::PythonUnsupported, tr("torch %1 has no wheel for Python %2; it supports Python %3.")
                                                 .arg(release.version, python, listText(candidates.pythons(release))));
    }
    if (cudaWish.isEmpty() || cudaWish == QStringLiteral("cpu"))
        return;
    const QList<PipVariant> variants = candidates.cudaVariantsNewestFirst(release);
    const auto it = std::find_if(variants.cbegin(), variants.cend(),
                                 [this](const PipVariant &v) { return matchesCuda(v, cudaWish); });
    if (it == variants.cend()) {
        QStringList ids;
        for (const PipVariant &v : variants)
            ids << v.id;
        warn(WarningCode::NoSuchVariant,
             tr("torch %1 has no CUDA %2 build on this route; it has %3.")
                 .arg(release.version, cudaWish, ids.isEmpty() ? tr("none") : listText(ids)));
        return;
    }
    if (!fit.hasGpu()) {
        warn(WarningCode::DriverMissing,
             tr("No NVIDIA GPU or driver was found, so a CUDA build would not be used here."));
        return;
    }
    if (!fit.driverOk(*it)) {
        warn(WarningCode::DriverTooOld,
             tr("CUDA %1 builds (%2) need driver %3 or newer and this one is %4: "
                "torch.cuda.is_available() would be False. Update the driver or choose an older CUDA.")
                 .arg(cudaWish, it->id, fit.driverMinimum(it->cuda), facts.driver));
    }
    for (const Facts::Gpu &gpu : fit.gpusMissing(*it)) {
        warn(WarningCode::ArchMissing,
             tr("%1 builds of torch %2 contain no code for %3 (%4): it would fail with "
                "\"no kernel image is available\". They contain %5.")
                 .arg(it->id, release.version, sm(gpu.computeCapability),
                      gpu.name.isEmpty() ? gpu.computeCapability : gpu.name, smList(it->arch)));
    }
}

// No single build runs on every GPU: the one that covers the most, newest first.
std::optional<Pick> Session::bestPartialCover(const QList<const TorchRelease *> &releases)
{
    std::optional<Pick> best;
    int bestCount = 0;
    for (const TorchRelease *release : releases) {
        for (const PipVariant &v : candidates.cudaVariantsNewestFirst(*release)) {
            const int covered = fit.driverOk(v) ? fit.gpusCovered(v) : 0;
            if (covered > bestCount) {
                bestCount = covered;
                best = Pick{release, v};
            }
        }
    }
    if (!best)
        return best;
    QStringList left;
    for (const Facts::Gpu &gpu : fit.gpusMissing(best->variant))
        left << (gpu.name.isEmpty() ? gpu.computeCapability : gpu.name);
    warn(WarningCode::NoSingleBuild,
         tr("No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; "
            "not on %3. Use a separate environment for the others.",
            nullptr, bestCount)
             .arg(best->release->version, best->variant.id, listText(left)));
    return best;
}

} // namespace tgs::recommend
