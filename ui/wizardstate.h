#pragma once

#include <core/detect/detector.h>
#include <core/detect/environment.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/recommender.h>

#include <optional>

namespace tgs::ui {

// The one object every page reads in initializePage() and writes in validatePage().
struct WizardState
{
    DetectionOptions detectionOptions;
    KnowledgeBase kb;
    Environment environment;
    bool detected = false;
    Wishes wishes;
    QString python; // the user's Python choice; empty: the detected one
    std::optional<Recommendation> recommendation;
};

} // namespace tgs::ui
