#pragma once

#include <core/base/platform.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/route.h>

#include <QList>

namespace tgs {

// The builds a route offers on one OS: the candidates the recommender chooses among.
class Candidates
{
public:
    Candidates(const KnowledgeBase &kb, Route route, Platform::Os os);

    Route route() const { return m_route; }
    // The releases with at least one build here, newest first.
    QList<const TorchRelease *> releases() const;
    // A release's builds here, oldest CUDA first, CPU last; conda builds borrow the
    // architecture lists of the pip build of the same CUDA.
    QList<PipVariant> variants(const TorchRelease &release) const;
    QList<PipVariant> cudaVariantsNewestFirst(const TorchRelease &release) const;
    // The Python versions a release has builds for here: the wheels of this OS, or on the
    // conda-legacy route the pytorch channel's packages (2.5.x: no 3.13 there).
    QStringList pythons(const TorchRelease &release) const;
    bool offersPython(const TorchRelease &release, const QString &python) const;
    static const QString &lastCondaChannelRelease();

private:
    bool condaOffers(const TorchRelease &release) const;
    QStringList condaCudas(const TorchRelease &release) const;

    const KnowledgeBase &m_kb;
    Route m_route;
    QString m_os;
};

} // namespace tgs
