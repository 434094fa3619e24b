#include "recommender.h"

#include "version.h"

#include <QRegularExpression>

#include <algorithm>

namespace tgs {

namespace {

const QString kPip = QStringLiteral("pip");
const QString kCondaLegacy = QStringLiteral("conda-legacy");
const QString kCondaForge = QStringLiteral("conda-forge");
const QString kLastCondaChannelRelease = QStringLiteral("2.5.1");

QString osId(Platform::Os os)
{
    return os == Platform::Os::Windows ? QStringLiteral("windows") : QStringLiteral("linux");
}

QString sm(const QString &computeCapability)
{
    return QStringLiteral("sm_") + QString(computeCapability).remove(u'.');
}

QString smList(const QStringList &capabilities)
{
    QStringList list;
    for (const QString &cc : capabilities)
        list << sm(cc);
    return list.join(QStringLiteral(", "));
}

QString normalizedCudaWish(const QString &wish)
{
    QString cuda = wish.trimmed().toLower();
    if (cuda == QStringLiteral("cpu") || cuda.isEmpty())
        return cuda;
    if (cuda.startsWith(QStringLiteral("cu")) && !cuda.contains(u'.')) {
        const QString digits = cuda.mid(2);
        return digits.left(digits.size() - 1) + u'.' + digits.right(1); // cu118 → 11.8, cu130 → 13.0
    }
    return Version(cuda).majorMinor();
}

bool samePython(const QString &a, const QString &b)
{
    return Version(a).majorMinor() == Version(b).majorMinor();
}

bool supportsPython(const TorchRelease &release, const QString &python)
{
    for (const QString &p : release.python) {
        if (samePython(p, python))
            return true;
    }
    return false;
}

QString minorSeries(const QString &version)
{
    return Version(version).majorMinor();
}

} // namespace

bool Recommendation::hasWarning(const QString &code) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&code](const Warning &w) { return w.code == code; });
}

Facts Facts::fromEnvironment(const Environment &e, Platform::Os os)
{
    Facts facts;
    facts.os = os;
    if (e.driver) {
        facts.driver = e.driver->version;
        facts.driverSource = e.driver->source;
        facts.driverCuda = e.driver->cudaVersion;
        facts.driverCudaSource = e.driver->cudaSource;
    }
    for (const GpuInfo &gpu : e.gpus) {
        Gpu g{gpu.name, gpu.computeCapability};
        // Old drivers cannot report the capability; an installed CUDA torch can.
        for (const PythonInfo &python : e.pythons) {
            if (!g.computeCapability.isEmpty() || !python.torch)
                continue;
            for (const TorchDevice &device : python.torch->devices) {
                if (device.name == gpu.name)
                    g.computeCapability = device.capability;
            }
        }
        facts.gpus.append(g);
        facts.gpuSource = gpu.source;
    }
    if (!e.pythons.isEmpty()) {
        facts.python = Version(e.pythons.first().version).majorMinor();
        facts.pythonSource = Recommender::tr("the first Python found, %1").arg(e.pythons.first().executable);
    }
    return facts;
}

Recommender::Recommender(const KnowledgeBase &kb)
    : m_kb(kb)
{}

QString Recommender::driverMinimum(const QString &cuda, Platform::Os os) const
{
    const Version version(cuda);
    if (version.major() >= 11) {
        if (const MinorCompat *compat = m_kb.minorCompatFor(version.major())) {
            if (os == Platform::Os::Windows && !compat->driverMinWindows.isEmpty())
                return compat->driverMinWindows;
            return compat->driverMinLinux;
        }
    }
    if (const CudaRequirement *requirement = m_kb.cuda(cuda)) {
        if (os == Platform::Os::Windows && !requirement->driverMinWindows.isEmpty())
            return requirement->driverMinWindows;
        return requirement->driverMinLinux;
    }
    return {};
}

bool Recommender::driverRuns(const QString &driver, const QString &cuda, Platform::Os os) const
{
    const QString minimum = driverMinimum(cuda, os);
    return minimum.isEmpty() || Version(driver) >= Version(minimum);
}

Recommender::ArchFit Recommender::archFit(const PipVariant &variant, const QString &computeCapability)
{
    if (variant.isCpu())
        return ArchFit::Missing;
    if (computeCapability.isEmpty() || variant.arch.isEmpty())
        return ArchFit::Unknown;
    const Version cc(computeCapability);
    for (const QString &arch : variant.arch) {
        const Version a(arch);
        if (a.major() == cc.major() && a.minor() <= cc.minor())
            return ArchFit::Native;
    }
    if (!variant.ptx.isEmpty() && Version(variant.ptx) <= cc)
        return ArchFit::Ptx;
    return ArchFit::Missing;
}

namespace {

// One run of the recommender: the inputs and what it has said so far.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Recommender)

public:
    Session(const Recommender &recommender, const KnowledgeBase &knowledge, const Facts &given, const Wishes &wished)
        : rec(recommender), kb(knowledge), facts(given), wishes(wished)
    {}

    const Recommender &rec;
    const KnowledgeBase &kb;
    const Facts &facts;
    const Wishes &wishes;
    QString route;
    QString python;
    QString cudaWish;
    Recommendation out;

    bool hasGpu() const { return !facts.gpus.isEmpty() || !facts.driver.isEmpty(); }

    void warn(const QString &code, const QString &text) { out.warnings.append({code, text}); }

    // The variants a route offers for a release on this OS, oldest CUDA first, CPU last.
    QList<PipVariant> variantsFor(const TorchRelease &release) const
    {
        const QString os = osId(facts.os);
        QList<PipVariant> variants;
        auto cpu = [&release]() { return *release.variant(QStringLiteral("cpu")); };
        if (route == kPip) {
            for (const PipVariant &v : release.pip) {
                if (v.os.contains(os))
                    variants.append(v);
            }
            return variants;
        }
        QStringList cudas;
        if (route == kCondaLegacy) {
            if (Version(release.version) > Version(kLastCondaChannelRelease))
                return {};
            cudas = release.condaPytorchCuda.isEmpty() ? release.condaCudatoolkit : release.condaPytorchCuda;
        } else { // conda-forge
            if (!release.condaForge || !release.condaForge->os.contains(os))
                return {};
            cudas = release.condaForge->cuda;
        }
        for (const QString &cuda : cudas) {
            // The pip build of the same CUDA tells the architectures; conda builds use the same lists
            // for the pytorch channel, and conda-forge's are at least as wide.
            PipVariant v;
            if (const PipVariant *pip = release.variantForCuda(cuda))
                v = *pip;
            v.id = QStringLiteral("cu") + QString(Version(cuda).majorMinor()).remove(u'.');
            v.cuda = cuda;
            variants.append(v);
        }
        variants.append(cpu());
        return variants;
    }

    QList<PipVariant> cudaVariantsNewestFirst(const TorchRelease &release) const
    {
        QList<PipVariant> list;
        for (const PipVariant &v : variantsFor(release)) {
            if (!v.isCpu())
                list.append(v);
        }
        std::sort(list.begin(), list.end(), [](const PipVariant &a, const PipVariant &b) { return Version(a.cuda) > Version(b.cuda); });
        return list;
    }

    bool driverOk(const PipVariant &v) const
    {
        if (facts.driver.isEmpty())
            return true; // no driver yet: the user installs a current one (warned about)
        if (!facts.driverCuda.isEmpty() && Version(facts.driverCuda) >= Version(Version(v.cuda).majorMinor()))
            return true;
        return rec.driverRuns(facts.driver, v.cuda, facts.os);
    }

    int gpusCovered(const PipVariant &v) const
    {
        int covered = 0;
        for (const Facts::Gpu &gpu : facts.gpus) {
            if (Recommender::archFit(v, gpu.computeCapability) != Recommender::ArchFit::Missing)
                ++covered;
        }
        return covered;
    }

    bool coversAll(const PipVariant &v) const { return gpusCovered(v) == facts.gpus.size(); }

    Combination combination(const TorchRelease &release, const PipVariant &v) const
    {
        return {release.version, release.torchvision, release.torchaudio, python, v.cuda, v.id, v.cudnn, route};
    }

    // Why this release has no usable CUDA build here, in one sentence.
    QString whyNot(const TorchRelease &release) const
    {
        if (!python.isEmpty() && !supportsPython(release, python)) {
            return tr("torch %1 has no wheel for Python %2 (it supports %3).")
                .arg(minorSeries(release.version), python, release.python.join(QStringLiteral(", ")));
        }
        const QList<PipVariant> variants = cudaVariantsNewestFirst(release);
        if (variants.isEmpty())
            return tr("torch %1 has no CUDA build for this route and system.").arg(minorSeries(release.version));
        QStringList ids;
        bool anyDriverOk = false;
        for (const PipVariant &v : variants) {
            ids << v.id;
            anyDriverOk |= driverOk(v);
        }
        if (!anyDriverOk) {
            const PipVariant &oldest = variants.last();
            return tr("torch %1's CUDA builds (%2) need driver %3 or newer; this one is %4.")
                .arg(minorSeries(release.version), ids.join(QStringLiteral(", ")), rec.driverMinimum(oldest.cuda, facts.os), facts.driver);
        }
        for (const Facts::Gpu &gpu : facts.gpus) {
            bool anyCovers = false;
            for (const PipVariant &v : variants)
                anyCovers |= driverOk(v) && Recommender::archFit(v, gpu.computeCapability) != Recommender::ArchFit::Missing;
            if (!anyCovers) {
                return tr("torch %1's CUDA builds that this driver runs do not contain code for %2 (compute capability %3).")
                    .arg(minorSeries(release.version), sm(gpu.computeCapability), gpu.computeCapability);
            }
        }
        return tr("torch %1 has no single CUDA build for all of these GPUs.").arg(minorSeries(release.version));
    }

    QString whyNotVariant(const PipVariant &v) const
    {
        if (!driverOk(v))
            return tr("%1 needs driver %2 or newer; this one is %3.").arg(v.id, rec.driverMinimum(v.cuda, facts.os), facts.driver);
        for (const Facts::Gpu &gpu : facts.gpus) {
            if (Recommender::archFit(v, gpu.computeCapability) == Recommender::ArchFit::Missing)
                return tr("%1 has no code for %2 (it contains %3).").arg(v.id, sm(gpu.computeCapability), smList(v.arch));
        }
        return {};
    }

    void explainFacts()
    {
        out.reasons << tr("Operating system: %1.").arg(facts.os == Platform::Os::Windows ? QStringLiteral("Windows") : QStringLiteral("Linux"));
        if (!facts.driver.isEmpty()) {
            if (!facts.driverCuda.isEmpty()) {
                out.reasons << tr("Driver %1 → highest CUDA %2 (%3).").arg(facts.driver, facts.driverCuda,
                                                                          facts.driverCudaSource.isEmpty() ? facts.driverSource : facts.driverCudaSource);
            } else {
                out.reasons << tr("NVIDIA driver %1 (%2).").arg(facts.driver, facts.driverSource);
            }
        }
        for (qsizetype i = 0; i < facts.gpus.size(); ++i) {
            const Facts::Gpu &gpu = facts.gpus.at(i);
            const QString name = gpu.name.isEmpty() ? tr("GPU %1").arg(i) : gpu.name;
            if (gpu.computeCapability.isEmpty()) {
                out.reasons << tr("%1: compute capability unknown, so its architecture cannot be checked.").arg(name);
                continue;
            }
            if (const GpuArchitecture *arch = kb.architecture(gpu.computeCapability)) {
                out.reasons << tr("%1 is %2 (compute capability %3, %4).")
                                   .arg(name, sm(gpu.computeCapability), gpu.computeCapability, arch->name.current());
            } else {
                out.reasons << tr("%1 is %2 (compute capability %3).").arg(name, sm(gpu.computeCapability), gpu.computeCapability);
            }
        }
        if (!hasGpu())
            out.reasons << tr("No NVIDIA GPU or driver was found, so the CPU build is the one that works here.");
    }


    struct Pick
    {
        const TorchRelease *release = nullptr;
        PipVariant variant;
    };

    bool matchesTorch(const TorchRelease &release, const QString &torchWish) const
    {
        return torchWish.isEmpty() || Version(release.version) == Version(torchWish) || release.version.startsWith(torchWish + u'.');
    }

    // Whether this build works here: it runs on the driver and has code for every GPU; without
    // an NVIDIA GPU only the CPU build does.
    bool works(const PipVariant &v) const
    {
        if (v.isCpu())
            return !hasGpu() || cudaWish == QStringLiteral("cpu");
        return hasGpu() && driverOk(v) && coversAll(v);
    }

    // The newest release matching the torch wish, and in it the newest build matching the CUDA
    // wish, that works here.
    std::optional<Pick> find(const QList<const TorchRelease *> &releases, const QString &torchWish, const QString &cuda) const
    {
        for (const TorchRelease *release : releases) {
            if (!matchesTorch(*release, torchWish))
                continue;
            QList<PipVariant> candidates = cudaVariantsNewestFirst(*release);
            candidates.append(*release->variant(QStringLiteral("cpu")));
            for (const PipVariant &v : candidates) {
                const bool wanted = cuda.isEmpty() ? (!v.isCpu() || !hasGpu())
                                                   : (cuda == QStringLiteral("cpu") ? v.isCpu() : !v.isCpu() && Version(v.cuda).majorMinor() == cuda);
                if (wanted && works(v))
                    return Pick{release, v};
            }
        }
        return std::nullopt;
    }

    // Says, for the wishes as given, every constraint they break.
    void checkWishes(const QList<const TorchRelease *> &releases, const QList<const TorchRelease *> &forPython)
    {
        const TorchRelease *release = nullptr;
        // A wished torch is looked for everywhere (to say it lacks this Python); a lone CUDA wish
        // among the releases this Python can use.
        for (const TorchRelease *r : wishes.torch.isEmpty() ? forPython : releases) {
            if (!matchesTorch(*r, wishes.torch))
                continue;
            if (!cudaWish.isEmpty() && cudaWish != QStringLiteral("cpu") && wishes.torch.isEmpty()) {
                // Only a CUDA wish: the newest release that has that build.
                const QList<PipVariant> variants = cudaVariantsNewestFirst(*r);
                if (std::none_of(variants.cbegin(), variants.cend(), [this](const PipVariant &v) { return Version(v.cuda).majorMinor() == cudaWish; }))
                    continue;
            }
            release = r;
            break;
        }
        if (!release) {
            if (!wishes.torch.isEmpty() && !kb.release(wishes.torch) && !matchesAnyKnown(wishes.torch)) {
                warn(WarningCode::NoSuchRelease, tr("torch %1 is not a release this program knows (%2 to %3); it is not offered.")
                                                     .arg(wishes.torch, kb.torchReleases.first().version, kb.torchReleases.last().version));
            } else if (!wishes.torch.isEmpty() && route == kCondaLegacy) {
                warn(WarningCode::CondaChannelFrozen, tr("torch %1 was never published on the pytorch conda channel, which ends at %2. "
                                                         "Choose the pip route for newer releases.").arg(wishes.torch, kLastCondaChannelRelease));
            } else if (!wishes.torch.isEmpty()) {
                warn(WarningCode::NoSuchRelease, tr("torch %1 is not offered on the %2 route for %3.").arg(wishes.torch, route, osId(facts.os)));
            } else {
                QStringList withBuild; // releases that have the build, for another Python
                for (const TorchRelease *r : releases) {
                    const QList<PipVariant> variants = cudaVariantsNewestFirst(*r);
                    if (std::any_of(variants.cbegin(), variants.cend(), [this](const PipVariant &v) { return Version(v.cuda).majorMinor() == cudaWish; }))
                        withBuild.prepend(r->version);
                }
                if (withBuild.isEmpty()) {
                    warn(WarningCode::NoSuchVariant, tr("No torch release has a CUDA %1 build on this route.").arg(cudaWish));
                } else {
                    warn(WarningCode::PythonUnsupported, tr("CUDA %1 builds exist for torch %2 to %3, and none of them has a wheel for Python %4 "
                                                            "(pip says \"No matching distribution found for torch\").")
                                                             .arg(cudaWish, withBuild.first(), withBuild.last(), python));
                }
            }
            return;
        }
        if (!supportsPython(*release, python)) {
            warn(WarningCode::PythonUnsupported, tr("torch %1 has no wheel for Python %2; it supports Python %3.")
                                                     .arg(release->version, python, release->python.join(QStringLiteral(", "))));
        }
        if (cudaWish.isEmpty() || cudaWish == QStringLiteral("cpu"))
            return;
        const QList<PipVariant> variants = cudaVariantsNewestFirst(*release);
        const auto it = std::find_if(variants.cbegin(), variants.cend(), [this](const PipVariant &v) { return Version(v.cuda).majorMinor() == cudaWish; });
        if (it == variants.cend()) {
            QStringList ids;
            for (const PipVariant &v : variants)
                ids << v.id;
            warn(WarningCode::NoSuchVariant, tr("torch %1 has no CUDA %2 build on this route; it has %3.")
                                                 .arg(release->version, cudaWish, ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", "))));
            return;
        }
        if (!hasGpu()) {
            warn(WarningCode::DriverMissing, tr("No NVIDIA GPU or driver was found, so a CUDA build would not be used here."));
            return;
        }
        if (!driverOk(*it)) {
            warn(WarningCode::DriverTooOld, tr("CUDA %1 builds (%2) need driver %3 or newer and this one is %4: "
                                               "torch.cuda.is_available() would be False. Update the driver or choose an older CUDA.")
                                                .arg(cudaWish, it->id, rec.driverMinimum(it->cuda, facts.os), facts.driver));
        }
        for (const Facts::Gpu &gpu : facts.gpus) {
            if (Recommender::archFit(*it, gpu.computeCapability) == Recommender::ArchFit::Missing) {
                warn(WarningCode::ArchMissing, tr("%1 builds of torch %2 contain no code for %3 (%4): it would fail with "
                                                  "\"no kernel image is available\". They contain %5.")
                                                   .arg(it->id, release->version, sm(gpu.computeCapability),
                                                        gpu.name.isEmpty() ? gpu.computeCapability : gpu.name, smList(it->arch)));
            }
        }
    }

    bool matchesAnyKnown(const QString &torchWish) const
    {
        return std::any_of(kb.torchReleases.cbegin(), kb.torchReleases.cend(),
                           [this, &torchWish](const TorchRelease &r) { return matchesTorch(r, torchWish); });
    }

    // No single build runs on every GPU: the one that covers the most, newest first.
    std::optional<Pick> bestPartialCover(const QList<const TorchRelease *> &releases)
    {
        std::optional<Pick> best;
        int bestCount = 0;
        for (const TorchRelease *release : releases) {
            for (const PipVariant &v : cudaVariantsNewestFirst(*release)) {
                const int covered = driverOk(v) ? gpusCovered(v) : 0;
                if (covered > bestCount) {
                    bestCount = covered;
                    best = Pick{release, v};
                }
            }
        }
        if (!best)
            return best;
        QStringList left;
        for (const Facts::Gpu &gpu : facts.gpus) {
            if (Recommender::archFit(best->variant, gpu.computeCapability) == Recommender::ArchFit::Missing)
                left << (gpu.name.isEmpty() ? gpu.computeCapability : gpu.name);
        }
        warn(WarningCode::NoSingleBuild, tr("No single PyTorch build supports all of these GPUs. torch %1 %2 runs on %n of them; "
                                            "not on %3. Use a separate environment for the others.", nullptr, bestCount)
                                             .arg(best->release->version, best->variant.id, left.join(QStringLiteral(", "))));
        return best;
    }

    void explainWhyNotNewer(const QList<const TorchRelease *> &releases, const TorchRelease &chosen, const PipVariant &chosenVariant)
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
            if (!supportsPython(*release, python))
                oldestWithoutPython = minor;
            else if (out.whyNotNewer.size() < 3)
                out.whyNotNewer << whyNot(*release);
        }
        if (!oldestWithoutPython.isEmpty())
            out.whyNotNewer.prepend(tr("torch %1 and newer have no wheel for Python %2.").arg(oldestWithoutPython, python));
        if (chosenVariant.isCpu())
            return;
        for (const PipVariant &v : cudaVariantsNewestFirst(chosen)) {
            if (Version(v.cuda) <= Version(chosenVariant.cuda))
                break;
            const QString why = whyNotVariant(v);
            if (!why.isEmpty())
                out.whyNotNewer << why;
        }
    }

    // Older CUDA builds of the same release, the best of the previous series, the CPU build.
    void addAlternatives(const QList<const TorchRelease *> &releases, const TorchRelease &chosen, const PipVariant &chosenVariant)
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
            for (const PipVariant &v : cudaVariantsNewestFirst(chosen)) {
                if (driverOk(v) && coversAll(v))
                    add(combination(chosen, v));
            }
            for (const TorchRelease *release : releases) {
                if (Version(release->version) >= Version(chosen.version) || minorSeries(release->version) == minorSeries(chosen.version))
                    continue;
                if (const std::optional<Pick> older = find({release}, QString(), QString()))
                    add(combination(*older->release, older->variant));
                break;
            }
        }
        add(combination(chosen, *chosen.variant(QStringLiteral("cpu"))));
    }

    void explainChoice(const TorchRelease &release, const PipVariant &v)
    {
        if (v.isCpu()) {
            out.reasons << tr("torch %1 (CPU build) from %2.").arg(release.version, route);
            return;
        }
        if (!facts.driver.isEmpty()) {
            out.reasons << tr("%1 builds need driver %2 or newer (%3); driver %4 qualifies.")
                               .arg(v.id, rec.driverMinimum(v.cuda, facts.os),
                                    Version(v.cuda).major() >= 11 ? tr("CUDA %1.x minor-version compatibility").arg(Version(v.cuda).major())
                                                                  : tr("CUDA %1 toolkit minimum").arg(v.cuda),
                                    facts.driver);
        }
        for (qsizetype i = 0; i < facts.gpus.size(); ++i) {
            const Facts::Gpu &gpu = facts.gpus.at(i);
            const QString name = gpu.name.isEmpty() ? tr("GPU %1").arg(i) : gpu.name;
            QStringList native;
            for (const QString &arch : v.arch) {
                if (Version(arch).major() == Version(gpu.computeCapability).major() && Version(arch) <= Version(gpu.computeCapability))
                    native << arch;
            }
            switch (Recommender::archFit(v, gpu.computeCapability)) {
            case Recommender::ArchFit::Native:
                out.reasons << tr("%1 wheels contain %2, which runs on %3 (%4).").arg(v.id, smList(native), sm(gpu.computeCapability), name);
                break;
            case Recommender::ArchFit::Ptx:
                out.reasons << tr("%1 wheels carry PTX for %2, which the driver compiles for %3 (%4) on first use; the first start is slower.")
                                   .arg(v.id, sm(v.ptx), sm(gpu.computeCapability), name);
                break;
            case Recommender::ArchFit::Unknown:
                out.reasons << tr("The architectures of %1 builds on this route are not known, or %2's capability is unknown: not checked.")
                                   .arg(v.id, name);
                break;
            case Recommender::ArchFit::Missing:
                break;
            }
        }
        if (!v.cudnn.isEmpty())
            out.reasons << tr("%1 wheels bring their own CUDA %2 runtime and cuDNN %3.").arg(v.id, v.cuda, v.cudnn);
        out.reasons << kb.text(QStringLiteral("note.wheels_bundle_cuda"));
    }
};

} // namespace

Result<Recommendation> Recommender::recommend(const Facts &facts, const Wishes &wishes) const
{
    Session s(*this, m_kb, facts, wishes);
    s.route = wishes.route.isEmpty() ? kPip : wishes.route;
    if (s.route != kPip && s.route != kCondaLegacy && s.route != kCondaForge)
        return Error{ProblemKind::Failed, tr("Unknown install route \"%1\": use pip, conda-legacy or conda-forge.").arg(s.route)};
    static const QRegularExpression cudaRe(QStringLiteral(R"(^(cpu|cu\d{3,4}|\d+\.\d+(\.\d+)*)$)"), QRegularExpression::CaseInsensitiveOption);
    s.cudaWish = normalizedCudaWish(wishes.cuda);
    if (!wishes.cuda.trimmed().isEmpty() && !cudaRe.match(wishes.cuda.trimmed()).hasMatch())
        return Error{ProblemKind::Failed, tr("\"%1\" is not a CUDA version: use e.g. 12.4, cu124 or cpu.").arg(wishes.cuda)};

    s.explainFacts();

    // The releases this route offers on this OS, newest first.
    QList<const TorchRelease *> releases;
    for (auto it = m_kb.torchReleases.crbegin(); it != m_kb.torchReleases.crend(); ++it) {
        if (!s.variantsFor(*it).isEmpty())
            releases.append(&*it);
    }
    if (releases.isEmpty())
        return Error{ProblemKind::Failed, tr("The knowledge base has no release for the %1 route on %2.").arg(s.route, osId(facts.os))};
    if (s.route == kCondaLegacy)
        s.warn(WarningCode::CondaChannelFrozen, m_kb.text(QStringLiteral("note.conda_channel_frozen")));
    if (s.route != kPip)
        s.out.reasons << m_kb.text(QStringLiteral("route.") + s.route);

    // The Python version: a fact, not a wish.
    s.python = facts.python.isEmpty() ? QString() : Version(facts.python).majorMinor();
    const QString pythonSource = facts.pythonSource.isEmpty() ? tr("given") : facts.pythonSource;
    QList<const TorchRelease *> forPython;
    if (s.python.isEmpty()) {
        // A new environment gets the newest Python of the wished release, else of the newest one.
        const TorchRelease *basis = releases.first();
        for (const TorchRelease *r : releases) {
            if (!wishes.torch.isEmpty() && s.matchesTorch(*r, wishes.torch)) {
                basis = r;
                break;
            }
        }
        s.python = Version(basis->python.last()).majorMinor();
        s.out.reasons << tr("No Python was given or found: a new environment gets Python %1, the newest that torch %2 supports.")
                             .arg(s.python, basis->version);
    }
    for (const TorchRelease *r : releases) {
        if (supportsPython(*r, s.python))
            forPython.append(r);
    }
    if (forPython.isEmpty()) {
        const QString newest = Version(releases.first()->python.last()).majorMinor();
        s.warn(WarningCode::PythonUnsupported, tr("No torch release has a wheel for Python %1 (%2). Use a new environment with Python %3; "
                                                  "the wizard can create it.").arg(s.python, pythonSource, newest));
        s.python = newest;
        for (const TorchRelease *r : releases) {
            if (supportsPython(*r, s.python))
                forPython.append(r);
        }
    } else if (forPython.first() != releases.first()) {
        s.out.reasons << tr("Python %1 (%2): the newest torch with a wheel for it is %3.").arg(s.python, pythonSource, forPython.first()->version);
    } else {
        s.out.reasons << tr("Python %1 (%2).").arg(s.python, pythonSource);
    }
    if (!facts.gpus.isEmpty() && facts.driver.isEmpty())
        s.warn(WarningCode::DriverMissing, tr("No NVIDIA driver was found for the GPU. Install a current NVIDIA driver before PyTorch."));

    // The wishes as given; where they break a constraint, say why, then relax them one by one.
    const bool wishedSomething = !wishes.torch.isEmpty() || !s.cudaWish.isEmpty();
    const int warningsBefore = int(s.out.warnings.size());
    if (wishedSomething)
        s.checkWishes(releases, forPython);
    std::optional<Session::Pick> pick = s.find(forPython, wishes.torch, s.cudaWish);
    if (!pick && !s.cudaWish.isEmpty())
        pick = s.find(forPython, wishes.torch, QString());
    if (!pick && !wishes.torch.isEmpty())
        pick = s.find(forPython, QString(), s.cudaWish);
    if (!pick && wishedSomething)
        pick = s.find(forPython, QString(), QString());
    if (wishedSomething && s.out.warnings.size() > warningsBefore)
        s.out.reasons << tr("Your choice does not work here (see the warnings); the recommendation is the nearest one that does.");

    if (!pick && facts.gpus.size() > 1)
        pick = s.bestPartialCover(forPython);
    if (!pick) {
        // Nothing with CUDA runs here: the CPU build, and what would change that.
        pick = Session::Pick{forPython.first(), *forPython.first()->variant(QStringLiteral("cpu"))};
        if (s.hasGpu() && !facts.driver.isEmpty()) {
            QString minimum;
            for (const PipVariant &v : s.cudaVariantsNewestFirst(*pick->release))
                minimum = driverMinimum(v.cuda, facts.os);
            s.warn(WarningCode::DriverTooOld, tr("No CUDA build of PyTorch for Python %1 runs on driver %2, so only the CPU build would work. "
                                                 "Update the NVIDIA driver (torch %3 needs %4 or newer) to use the GPU.")
                                                  .arg(s.python, facts.driver, pick->release->version, minimum));
        }
    }
    const TorchRelease *chosen = pick->release;
    const PipVariant chosenVariant = pick->variant;

    s.out.recommended = s.combination(*chosen, chosenVariant);
    s.explainChoice(*chosen, chosenVariant);
    if (chosen->torchaudio.isEmpty())
        s.out.reasons << m_kb.text(QStringLiteral("note.torchaudio_ended"));
    s.explainWhyNotNewer(releases, *chosen, chosenVariant);
    s.addAlternatives(forPython, *chosen, chosenVariant);
    return s.out;
}

} // namespace tgs
