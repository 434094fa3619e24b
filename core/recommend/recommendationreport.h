#pragma once

#include <core/kb/knowledgebase.h>
#include <core/recommend/recommender.h>

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace tgs {

// `recommend --json`: recommended and alternatives ({torch, torchvision, torchaudio, python,
// cuda, route, variant, cudnn}; cuda null for the CPU build), reasons, why_not_newer, warnings
// (texts in the UI language) and warning_codes.
nlohmann::json recommendationToJson(const Recommendation &recommendation, const KnowledgeBase &kb);

class RecommendationReport
{
    Q_DECLARE_TR_FUNCTIONS(tgs::RecommendationReport)

public:
    static QString combinationText(const Combination &combination);
    // The route in words, never its id: "the PyTorch wheel index (pip)".
    static QString routeText(Route route);
    static QString toText(const Recommendation &recommendation, const KnowledgeBase &kb);
};

} // namespace tgs
