#include <core/recommend/candidates.h>

#include <core/base/version.h>

#include <algorithm>

namespace tgs {

Candidates::Candidates(const KnowledgeBase &kb, Route route, Platform::Os os)
    : m_kb(kb)
    , m_route(route)
    , m_os(Platform::osId(os))
{}

const QString &Candidates::lastCondaChannelRelease()
{
    static const QString last = QStringLiteral("2.5.1");
    return last;
}

QList<const TorchRelease *> Candidates::releases() const
{
    QList<const TorchRelease *> list;
    for (auto it = m_kb.torchReleases.crbegin(); it != m_kb.torchReleases.crend(); ++it) {
        if (!variants(*it).isEmpty())
            list.append(&*it);
    }
    return list;
}

bool Candidates::condaOffers(const TorchRelease &release) const
{
    if (m_route == Route::CondaLegacy)
        return Version(release.version) <= Version(lastCondaChannelRelease());
    return release.condaForge && !release.condaForge->cudaFor(m_os).isEmpty();
}

QStringList Candidates::condaCudas(const TorchRelease &release) const
{
    if (m_route == Route::CondaLegacy)
        return release.condaPytorchCuda.isEmpty() ? release.condaCudatoolkit : release.condaPytorchCuda;
    return release.condaForge->cudaFor(m_os);
}

QStringList Candidates::pythons(const TorchRelease &release) const
{
    return release.pythonFor(m_os, m_route == Route::CondaLegacy);
}

bool Candidates::offersPython(const TorchRelease &release, const QString &python) const
{
    return release.hasPython(python, m_os, m_route == Route::CondaLegacy);
}

QList<PipVariant> Candidates::variants(const TorchRelease &release) const
{
    QList<PipVariant> list;
    if (m_route == Route::Pip) {
        for (const PipVariant &v : release.pip) {
            if (v.os.contains(m_os))
                list.append(v);
        }
        return list;
    }
    if (!condaOffers(release))
        return {};
    for (const QString &cuda : condaCudas(release)) {
        // The pip build of the same CUDA tells the architectures; conda builds use the same lists
        // for the pytorch channel, and conda-forge's are at least as wide.
        PipVariant v;
        if (const PipVariant *pip = release.variantForCuda(cuda))
            v = *pip;
        v.id = QStringLiteral("cu") + QString(Version(cuda).majorMinor()).remove(u'.');
        v.cuda = cuda;
        list.append(v);
    }
    list.append(*release.variant(QStringLiteral("cpu")));
    return list;
}

QList<PipVariant> Candidates::cudaVariantsNewestFirst(const TorchRelease &release) const
{
    QList<PipVariant> list;
    for (const PipVariant &v : variants(release)) {
        if (!v.isCpu())
            list.append(v);
    }
    std::sort(list.begin(), list.end(),
              [](const PipVariant &a, const PipVariant &b) { return Version(a.cuda) > Version(b.cuda); });
    return list;
}

} // namespace tgs
