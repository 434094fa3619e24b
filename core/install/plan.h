#pragma once

#include <core/base/platform.h>
#include <core/base/result.h>
#include <core/install/mirrors.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/recommender.h>

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

namespace tgs {

// One step of an install: a program and its argv list (never a shell string), the
// environment it needs, and how we know it worked. A download step fetches a file and checks
// its SHA-256 instead of running anything.
struct PlanStep
{
    enum class Kind { Command, Download };

    QString id;
    QString title; // translated
    Kind kind = Kind::Command;
    QString program;
    QStringList arguments;
    QMap<QString, QString> environment;
    bool pythonChild = true;        // conda and pip are Python programs: UTF-8 output
    bool verbatimArguments = false; // see ProcessSpec::verbatimArguments
    int timeoutMs = 0;              // 0: none (solving and downloading take as long as they take)
    QString check;                  // how success is judged, in words
    // Download steps:
    QString url;
    QStringList fallbackUrls; // tried in order when `url` fails (a mirror's folder holds only the latest release)
    QString sha256;
    QString destination;
};

struct PlanRequest
{
    Combination combination;
    Platform platform;
    QString envName = QStringLiteral("torchgpu");
    QString condaExecutable;    // the conda to use; empty: none yet
    QString installMiniforgeTo; // if set: download and install Miniforge there first, then use its conda
    QString venvPython;         // pip route without conda: the Python that makes the venv
    QString venvDir;
    QString mirrorId = QStringLiteral("official");
};

struct Plan
{
    Route route = Route::Pip;
    QString envName;
    QString envPrefix; // where the environment will be, if known
    QString python;    // the interpreter inside it, for verification
    QList<PlanStep> steps;
    QStringList notes;   // why the plan looks the way it does, translated
    PlanRequest request; // what it was built from: a changed name builds it again
};

enum class Shell { Posix, PowerShell, Cmd };

// What to do when the plan's conda environment already exists — the user decides.
enum class ExistingEnv { Reuse, Replace, Rename };

class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tgs::PlanBuilder)

public:
    PlanBuilder(const KnowledgeBase &kb, const MirrorCatalog &mirrors);

    Result<Plan> build(const PlanRequest &request) const;

    // An empty string if `name` can be a conda environment name, else why not.
    static QString envNameProblem(const QString &name);

    static QString pythonInVenv(const Platform &platform, const QString &venvDir);

    // Reuse: install into it (no create step). Replace: remove it first. Rename: the same plan
    // built again for `newName`.
    Result<Plan> withExistingEnv(const Plan &plan, ExistingEnv choice, const QString &newName) const;

private:
    const KnowledgeBase &m_kb;
    const MirrorCatalog &m_mirrors;
};

// The exact command a user could paste, quoted for their shell.
QString renderStep(const PlanStep &step, Shell shell);
QString renderPlan(const Plan &plan, Shell shell);
// For reading: the environment settings said once at the top, then each step's command without them. Not a
// script: renderPlan() is the one to copy and run.
QString renderPlanReadable(const Plan &plan, Shell shell);
QString quoteArgument(const QString &argument, Shell shell);
// `plan --json`: {"steps": [{"id", "title", "program", "args", "env", "kind", "check"}], ...}.
nlohmann::json planToJson(const Plan &plan);

} // namespace tgs
