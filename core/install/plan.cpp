#include <core/base/localizedtext.h>
#include <core/install/plan.h>

#include <core/base/version.h>

#include <core/install/planbuilder_p.h>

#include <QRegularExpression>

namespace tgs {

namespace planning {

QMap<QString, QString> quietEnvironment()
{
    return {{QStringLiteral("PIP_NO_INPUT"), QStringLiteral("1")},
            {QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK"), QStringLiteral("1")},
            {QStringLiteral("PYTHONUTF8"), QStringLiteral("1")},
            {QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1")}};
}

PlanStep Context::condaStep(const QString &id, const QString &title, const QStringList &arguments) const
{
    PlanStep step;
    step.id = id;
    step.title = title;
    step.program = conda;
    step.arguments = arguments;
    step.environment = quietEnvironment();
    step.check = tr("exit code 0");
    return step;
}

QStringList Context::forgeChannel() const
{
    const QString mirrored = mirror.channel(QStringLiteral("conda-forge"));
    return {QStringLiteral("--override-channels"), QStringLiteral("-c"),
            mirrored.isEmpty() ? QStringLiteral("conda-forge") : mirrored};
}

PlanStep Context::createEnvStep(const QStringList &channelArguments) const
{
    const QString python = combination().python;
    return condaStep(QStringLiteral("create-env"),
                     tr("Create the conda environment %1 with Python %2").arg(envName(), python),
                     QStringList{QStringLiteral("create"), QStringLiteral("-n"), envName(),
                                 QStringLiteral("python=") + python, QStringLiteral("-y")}
                         + channelArguments);
}

} // namespace planning

PlanBuilder::PlanBuilder(const KnowledgeBase &kb, const MirrorCatalog &mirrors)
    : m_kb(kb)
    , m_mirrors(mirrors)
{}

QString PlanBuilder::envNameProblem(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9_.-]*$)"));
    if (name.isEmpty())
        return tr("The environment needs a name.");
    if (name.size() > 64)
        return tr("The environment name is longer than 64 characters.");
    if (name == QStringLiteral("base") || name == QStringLiteral("root"))
        return tr("\"%1\" is conda's own environment; choose another name.").arg(name);
    if (!plain.match(name).hasMatch()) {
        return tr("\"%1\" cannot be an environment name: use only letters, digits, '_', '.' and '-' "
                  "(no spaces, path separators, quotes, '&' or ';').")
            .arg(name);
    }
    return {};
}

QString PlanBuilder::pythonInVenv(const Platform &platform, const QString &venvDir)
{
    return platform.isWindows() ? platform.join(venvDir, QStringLiteral("Scripts\\python.exe"))
                                : platform.join(venvDir, QStringLiteral("bin/python"));
}

namespace {

// Installing into an environment that has a torch already: pip takes `torch==2.7.1` as met by 2.7.1+cpu and would
// install nothing, so the pins name the build (`torch==2.7.1+cu128`), which replaces the other one and nothing else.
void pinLocalVersions(Plan &plan)
{
    const Combination &c = plan.request.combination;
    if (c.route != Route::Pip || c.cuda.isEmpty())
        return;
    const QString tag = QStringLiteral("+cu") + QString(Version(c.cuda).majorMinor()).remove(u'.');
    static const QRegularExpression pinned(QStringLiteral(R"(^(torch|torchvision|torchaudio)==[0-9][^+]*$)"));
    for (PlanStep &step : plan.steps) {
        if (step.id != QStringLiteral("install-pytorch"))
            continue;
        for (QString &argument : step.arguments) {
            // torchaudio 0.8/0.9 had no CUDA builds of its own: leave what the builder wrote.
            if (pinned.match(argument).hasMatch()
                && !(argument.startsWith(QStringLiteral("torchaudio==0.8"))
                     || argument.startsWith(QStringLiteral("torchaudio==0.9"))))
                argument += tag;
        }
    }
}

} // namespace

Result<Plan> PlanBuilder::withExistingEnv(const Plan &plan, ExistingEnv choice, const QString &newName) const
{
    if (choice == ExistingEnv::Rename) {
        PlanRequest request = plan.request;
        request.envName = newName;
        if (!request.venvDir.isEmpty())
            request.venvDir = request.venvDir.left(request.venvDir.size() - plan.request.envName.size()) + newName;
        return build(request);
    }
    Plan result = plan;
    qsizetype create = -1;
    for (qsizetype i = 0; i < result.steps.size() && create < 0; ++i) {
        if (result.steps.at(i).id == QStringLiteral("create-env"))
            create = i;
    }
    if (create < 0)
        return result;
    if (choice == ExistingEnv::Reuse) {
        result.steps.removeAt(create);
        pinLocalVersions(result);
        // Its pip may predate --progress-bar raw (pip 24.1).
        for (PlanStep &step : result.steps) {
            const qsizetype at = step.arguments.indexOf(QStringLiteral("--progress-bar"));
            if (at >= 0 && at + 1 < step.arguments.size())
                step.arguments.remove(at, 2);
        }
        result.notes
            << tr("The existing environment %1 is reused: the packages are installed into it.").arg(plan.envName);
        return result;
    }
    PlanStep remove = result.steps.at(create);
    remove.id = QStringLiteral("remove-env");
    remove.title = tr("Remove the existing environment %1").arg(plan.envName);
    remove.arguments
        = {QStringLiteral("env"), QStringLiteral("remove"), QStringLiteral("-n"), plan.envName, QStringLiteral("-y")};
    result.steps.insert(create, remove);
    return result;
}

Result<Plan> PlanBuilder::build(const PlanRequest &r) const
{
    const Combination &c = r.combination;
    const Mirror *mirror = m_mirrors.mirror(r.mirrorId);
    if (!mirror)
        return Error{tr("Unknown mirror \"%1\": use %2.").arg(r.mirrorId, listText(m_mirrors.ids()))};
    const TorchRelease *release = m_kb.release(c.torch);
    if (!release)
        return Error{tr("torch %1 is not in the knowledge base.").arg(c.torch)};

    const bool useConda = c.route != Route::Pip || !r.condaExecutable.isEmpty() || !r.installMiniforgeTo.isEmpty();
    // The same rules for a venv: its name becomes a folder under the data folder.
    if (const QString problem = envNameProblem(r.envName); !problem.isEmpty())
        return Error{problem};
    planning::Context context{m_kb, m_mirrors, r, *mirror, *release, r.condaExecutable, {}};
    context.plan.route = c.route;
    context.plan.envName = r.envName;
    context.plan.request = r;
    if (useConda && context.conda.isEmpty()) {
        if (auto error = planning::addMiniforgeSteps(context))
            return *error;
    }
    switch (c.route) {
    case Route::CondaLegacy:
        if (auto error = planning::addCondaLegacySteps(context))
            return *error;
        break;
    case Route::CondaForge:
        planning::addCondaForgeSteps(context);
        break;
    case Route::Pip:
        if (auto error = planning::addPipSteps(context, useConda))
            return *error;
        break;
    }
    return context.plan;
}

} // namespace tgs
