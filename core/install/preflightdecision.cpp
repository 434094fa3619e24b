#include <core/install/preflightdecision.h>

namespace tgs {

PreflightDecision decidePreflight(const PlanBuilder &builder, const PreflightInput &input,
                                  const PreflightAnswers &answers)
{
    PreflightDecision decision;
    decision.plan = input.plan;
    for (const PreflightIssue &issue : Preflight::check(input)) {
        if (issue.severity == PreflightIssue::Severity::Warning) {
            decision.warnings.append(issue);
            continue;
        }
        if (issue.kind == PreflightKind::EnvExists) {
            decision.envExists = true;
            if (!answers.existingEnv) {
                decision.needsExistingEnvChoice = true;
                decision.stops.append(issue);
                continue;
            }
            const Result<Plan> plan = builder.withExistingEnv(decision.plan, *answers.existingEnv, issue.suggestion);
            if (plan)
                decision.plan = *plan;
            else
                decision.stops.append(
                    {PreflightKind::EnvNameInvalid, PreflightIssue::Severity::Blocker, plan.error().message, {}});
            continue;
        }
        decision.stops.append(issue);
    }
    return decision;
}

} // namespace tgs
