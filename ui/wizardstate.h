#pragma once

#include <core/detect/detector.h>
#include <core/detect/environment.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/recommender.h>
#include <core/verify/doctor.h>
#include <core/verify/verification.h>

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
    // What the verify page checks: the environment just installed, or one the user picked on the detection page.
    std::optional<VerifyTarget> verifyTarget;
    QString installLogPath; // the last install's log, for the report
    std::optional<Verification> verification;
    QList<Finding> findings;
    // A doctor's fix the user chose on the verify page: the install page builds this plan instead of the
    // recommendation's, once.
    std::optional<Fix> pendingFix;

    bool pcHasNvidiaGpu() const { return environment.hasNvidiaGpu(); }
};

} // namespace tgs::ui
