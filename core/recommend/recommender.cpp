#include <core/base/localizedtext.h>
#include <core/recommend/recommender.h>

#include <core/base/version.h>
#include <core/recommend/session_p.h>

#include <QRegularExpression>

#include <algorithm>

namespace tgs {

namespace recommend {

QString sm(const QString &computeCapability)
{
    return QStringLiteral("sm_") + QString(computeCapability).remove(u'.');
}

QString smList(const QStringList &capabilities)
{
    QStringList list;
    for (const QString &cc : capabilities)
        list << sm(cc);
    return listText(list);
}

QString minorSeries(const QString &version)
{
    return Version(version).majorMinor();
}

Session::Session(const KnowledgeBase &knowledge, const Facts &given, const Wishes &wished, const QString &cuda)
    : kb(knowledge)
    , facts(given)
    , wishes(wished)
    , candidates(knowledge, wished.route, given.os)
    , fit(knowledge, given)
    , cudaWish(cuda)
{}

bool Session::matchesTorch(const TorchRelease &release, const QString &torchWish) const
{
    return torchWish.isEmpty() || Version(release.version) == Version(torchWish)
           || release.version.startsWith(torchWish + u'.');
}

bool Session::matchesCuda(const PipVariant &v, const QString &cuda) const
{
    if (cuda.isEmpty())
        return !v.isCpu() || !fit.hasGpu();
    if (cuda == QStringLiteral("cpu"))
        return v.isCpu();
    return !v.isCpu() && Version(v.cuda).majorMinor() == cuda;
}

Combination Session::combination(const TorchRelease &release, const PipVariant &v) const
{
    return {release.version, release.torchvision, release.torchaudio, python, v.cuda, v.id, v.cudnn, wishes.route};
}

std::optional<Pick> Session::find(const QList<const TorchRelease *> &releases, const QString &torchWish,
                                  const QString &cuda) const
{
    for (const TorchRelease *release : releases) {
        if (!matchesTorch(*release, torchWish))
            continue;
        QList<PipVariant> builds = candidates.cudaVariantsNewestFirst(*release);
        builds.append(*release->variant(QStringLiteral("cpu")));
        for (const PipVariant &v : builds) {
            if (matchesCuda(v, cuda) && fit.works(v, cudaWish == QStringLiteral("cpu")))
                return Pick{release, v};
        }
    }
    return std::nullopt;
}

namespace {

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

QList<const TorchRelease *> withPython(const Session &s, const QList<const TorchRelease *> &releases,
                                       const QString &python)
{
    QList<const TorchRelease *> list;
    for (const TorchRelease *r : releases) {
        if (s.candidates.offersPython(*r, python))
            list.append(r);
    }
    return list;
}

// The Python version is a fact, not a wish: the one found or given; without one, the newest of
// the wished release (else of the newest release); one no release supports is replaced by the
// newest there is, with a warning. Returns the releases that have a wheel for it.
QList<const TorchRelease *> choosePython(Session &s, const QList<const TorchRelease *> &releases)
{
    s.python = s.facts.python.isEmpty() ? QString() : Version(s.facts.python).majorMinor();
    const QString pythonSource = s.facts.pythonSource.isEmpty() ? Recommender::tr("given") : s.facts.pythonSource;
    if (s.python.isEmpty()) {
        const TorchRelease *basis = releases.first();
        for (const TorchRelease *r : releases) {
            if (!s.wishes.torch.isEmpty() && s.matchesTorch(*r, s.wishes.torch)) {
                basis = r;
                break;
            }
        }
        s.python = Version(s.candidates.pythons(*basis).last()).majorMinor();
        s.out.reasons
            << Recommender::tr(
                   "No Python was given or found: a new environment gets Python %1, the newest that torch %2 supports.")
                   .arg(s.python, basis->version);
    }
    QList<const TorchRelease *> forPython = withPython(s, releases, s.python);
    if (forPython.isEmpty()) {
        const QString newest = Version(s.candidates.pythons(*releases.first()).last()).majorMinor();
        s.warn(WarningCode::PythonUnsupported,
               Recommender::tr("No torch release has a wheel for Python %1 (%2). Use a new environment with Python %3; "
                               "the wizard can create it.")
                   .arg(s.python, pythonSource, newest));
        s.python = newest;
        forPython = withPython(s, releases, s.python);
    } else if (forPython.first() != releases.first()) {
        s.out.reasons << Recommender::tr("Python %1 (%2): the newest torch with a wheel for it is %3.")
                             .arg(s.python, pythonSource, forPython.first()->version);
    } else {
        s.out.reasons << Recommender::tr("Python %1 (%2).").arg(s.python, pythonSource);
    }
    return forPython;
}

// The wishes as given; where nothing works, they are given up in this order, one at a time:
// the CUDA wish first (keep the torch), then the torch wish (keep the CUDA), then both.
std::optional<Pick> pickHonouringWishes(const Session &s, const QList<const TorchRelease *> &forPython)
{
    struct Kept
    {
        bool torch;
        bool cuda;
    };
    static constexpr Kept kRelaxationOrder[] = {{true, true}, {true, false}, {false, true}, {false, false}};
    QList<QPair<QString, QString>> tried;
    for (const Kept &kept : kRelaxationOrder) {
        const QPair<QString, QString> wish{kept.torch ? s.wishes.torch : QString(), kept.cuda ? s.cudaWish : QString()};
        if (tried.contains(wish))
            continue; // giving up a wish that was not made changes nothing
        tried.append(wish);
        if (const std::optional<Pick> pick = s.find(forPython, wish.first, wish.second))
            return pick;
    }
    return std::nullopt;
}

} // namespace

} // namespace recommend

using namespace recommend;

bool Recommendation::hasWarning(const QString &code) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&code](const Warning &w) { return w.code == code; });
}

Recommender::Recommender(const KnowledgeBase &kb)
    : m_kb(kb)
{}

Result<Recommendation> Recommender::recommend(const Facts &facts, const Wishes &wishes) const
{
    static const QRegularExpression cudaRe(QStringLiteral(R"(^(cpu|cu\d{3,4}|\d+\.\d+(\.\d+)*)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!wishes.cuda.trimmed().isEmpty() && !cudaRe.match(wishes.cuda.trimmed()).hasMatch())
        return Error{tr("\"%1\" is not a CUDA version: use e.g. 12.4, cu124 or cpu.").arg(wishes.cuda)};
    Session s(m_kb, facts, wishes, normalizedCudaWish(wishes.cuda));
    s.explainFacts();

    const QList<const TorchRelease *> releases = s.candidates.releases();
    if (releases.isEmpty()) {
        return Error{tr("The knowledge base has no release for the %1 route on %2.")
                         .arg(s.routeName(), Platform::osId(facts.os))};
    }
    if (wishes.route == Route::CondaLegacy)
        s.warn(WarningCode::CondaChannelFrozen, m_kb.text(QStringLiteral("note.conda_channel_frozen")));
    if (wishes.route != Route::Pip)
        s.out.reasons << m_kb.text(QStringLiteral("route.") + s.routeName());

    const QList<const TorchRelease *> forPython = choosePython(s, releases);
    if (!facts.gpus.isEmpty() && facts.driver.isEmpty())
        s.warn(WarningCode::DriverMissing,
               tr("No NVIDIA driver was found for the GPU. Install a current NVIDIA driver before PyTorch."));

    const bool wishedSomething = !wishes.torch.isEmpty() || !s.cudaWish.isEmpty();
    const qsizetype warningsBefore = s.out.warnings.size();
    if (wishedSomething)
        s.checkWishes(releases, forPython);
    std::optional<Pick> pick = pickHonouringWishes(s, forPython);
    if (wishedSomething && s.out.warnings.size() > warningsBefore)
        s.out.reasons << tr(
            "Your choice does not work here (see the warnings); the recommendation is the nearest one that does.");

    if (!pick && facts.gpus.size() > 1)
        pick = s.bestPartialCover(forPython);
    if (!pick) {
        // Nothing with CUDA runs here: the CPU build, and what would change that.
        pick = Pick{forPython.first(), *forPython.first()->variant(QStringLiteral("cpu"))};
        if (s.fit.hasGpu() && !facts.driver.isEmpty()) {
            const QList<PipVariant> builds = s.candidates.cudaVariantsNewestFirst(*pick->release);
            const QString minimum = builds.isEmpty() ? QString() : s.fit.driverMinimum(builds.last().cuda);
            s.warn(WarningCode::DriverTooOld,
                   tr("No CUDA build of PyTorch for Python %1 runs on driver %2, so only the CPU build would work. "
                      "Update the NVIDIA driver (torch %3 needs %4 or newer) to use the GPU.")
                       .arg(s.python, facts.driver, pick->release->version, minimum));
        }
    }

    s.out.recommended = s.combination(*pick->release, pick->variant);
    s.explainChoice(*pick->release, pick->variant);
    if (pick->release->torchaudio.isEmpty())
        s.out.reasons << m_kb.text(QStringLiteral("note.torchaudio_ended"));
    s.explainWhyNotNewer(releases, *pick->release, pick->variant);
    s.addAlternatives(forPython, *pick->release, pick->variant);
    return s.out;
}

} // namespace tgs
