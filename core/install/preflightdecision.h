#pragma once

#include <core/install/plan.h>
#include <core/install/preflight.h>

#include <QList>

#include <optional>

namespace tgs {

// What the user said to the questions preflight asks.
struct PreflightAnswers
{
    std::optional<ExistingEnv> existingEnv; // reuse, replace or rename an environment that exists
};

// Preflight's verdict with the answers applied: the plan to run, what to show, and what stops
// the install. The command line and the wizard both decide with this.
struct PreflightDecision
{
    Plan plan;
    QList<PreflightIssue> warnings;
    QList<PreflightIssue> stops; // blockers, and decisions not answered yet
    bool envExists = false;      // the plan's environment exists (answered or not)
    bool needsExistingEnvChoice = false;

    bool canInstall() const { return stops.isEmpty(); }
};

PreflightDecision decidePreflight(const PlanBuilder &builder, const PreflightInput &input,
                                  const PreflightAnswers &answers);

} // namespace tgs
