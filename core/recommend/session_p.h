#pragma once

#include <core/recommend/recommendationreport.h>

// Private to core/recommend: one run of the recommender, split across recommender.cpp (the
// choice), explain.cpp (the reasons) and wishcheck.cpp (what the user's wishes break).

#include <core/recommend/candidates.h>
#include <core/recommend/fit.h>
#include <core/recommend/recommender.h>

#include <QCoreApplication>

#include <optional>

namespace tgs::recommend {

QString sm(const QString &computeCapability);
QString smList(const QStringList &capabilities);
QString minorSeries(const QString &version);

struct Pick
{
    const TorchRelease *release = nullptr;
    PipVariant variant;
};

class Session
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Recommender)

public:
    Session(const KnowledgeBase &kb, const Facts &facts, const Wishes &wishes, const QString &cudaWish);

    const KnowledgeBase &kb;
    const Facts &facts;
    const Wishes &wishes;
    const Candidates candidates;
    const FitCheck fit;
    const QString cudaWish; // "12.4", "cpu" or empty
    QString python;
    Recommendation out;

    void warn(const QString &code, const QString &text) { out.warnings.append({code, text}); }
    QString routeName() const { return RecommendationReport::routeText(wishes.route); }
    bool matchesTorch(const TorchRelease &release, const QString &torchWish) const;
    bool matchesCuda(const PipVariant &variant, const QString &cuda) const;
    Combination combination(const TorchRelease &release, const PipVariant &variant) const;
    // The newest release matching the torch wish, and in it the newest build matching the CUDA
    // wish (empty: any CUDA build, or the CPU build without a GPU), that works here.
    std::optional<Pick> find(const QList<const TorchRelease *> &releases, const QString &torchWish,
                             const QString &cuda) const;

    // wishcheck.cpp
    void checkWishes(const QList<const TorchRelease *> &releases, const QList<const TorchRelease *> &forPython);
    std::optional<Pick> bestPartialCover(const QList<const TorchRelease *> &releases);

    // explain.cpp
    void explainFacts();
    void explainChoice(const TorchRelease &release, const PipVariant &variant);
    void explainWhyNotNewer(const QList<const TorchRelease *> &releases, const TorchRelease &chosen,
                            const PipVariant &chosenVariant);
    void addAlternatives(const QList<const TorchRelease *> &releases, const TorchRelease &chosen,
                         const PipVariant &chosenVariant);

private:
    QString whyNot(const TorchRelease &release) const;
    QString whyNotVariant(const PipVariant &variant) const;
    QString gpuName(qsizetype index) const;
    void checkRelease(const TorchRelease &release);
    void warnNoRelease(const QList<const TorchRelease *> &releases);
};

} // namespace tgs::recommend
