#pragma once

// Private to core/install: what the route builders share while one plan is built.

#include <core/install/plan.h>

#include <QCoreApplication>

#include <optional>

namespace tgs::planning {

// What keeps pip and conda from ever stopping to ask, and their output readable.
QMap<QString, QString> quietEnvironment();

struct Context
{
    Q_DECLARE_TR_FUNCTIONS(tgs::PlanBuilder)

public:
    const KnowledgeBase &kb;
    const MirrorCatalog &mirrors;
    const PlanRequest &request;
    const Mirror &mirror;
    const TorchRelease &release;
    QString conda; // the conda the steps run: the one found, or the one Miniforge installs
    Plan plan;

    const Combination &combination() const { return request.combination; }
    const QString &envName() const { return request.envName; }
    PlanStep condaStep(const QString &id, const QString &title, const QStringList &arguments) const;
    // conda-forge (or its mirror) only, so that Anaconda's channels and their Terms of Service
    // are never involved.
    QStringList forgeChannel() const;
    PlanStep createEnvStep(const QStringList &channelArguments) const;
};

// Each adds its steps and notes to the context's plan; an error means no plan.
std::optional<Error> addMiniforgeSteps(Context &context);
std::optional<Error> addCondaLegacySteps(Context &context);
void addCondaForgeSteps(Context &context);
std::optional<Error> addPipSteps(Context &context, bool useConda);

} // namespace tgs::planning
