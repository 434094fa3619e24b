#include "cli.h"

#include "appoptions.h"

#include "interrupt.h"
#include "output.h"

#include <core/base/version.h>
#include <core/detect/detector.h>
#include <core/detect/environmentreport.h>
#include <core/install/installrunner.h>
#include <core/install/mirrorprobe.h>
#include <core/install/plan.h>
#include <core/install/planfactory.h>
#include <core/install/preflightdecision.h>
#include <core/kb/kbstore.h>
#include <core/recommend/recommendationreport.h>
#include <core/recommend/recommender.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>

#include <cstdio>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <unistd.h>
#endif

namespace tgs::app {

namespace {

// A person can answer a question: stdin is a terminal. On Windows `_isatty` is also true for NUL (a character
// device), so ask the console itself: GetConsoleMode fails for NUL, files and pipes.
bool stdinIsInteractive()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return ::isatty(STDIN_FILENO) != 0;
#endif
}

} // namespace

int Cli::detect(bool json, bool quick)
{
    if (!json)
        writeOut(tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
    DetectionOptions options = defaultDetectionOptions();
    options.deep = !quick;
    const Environment environment = Detector::detect(options);
    if (json)
        writeOut(QString::fromStdString(environmentToJson(environment).dump(2)) + u'\n');
    else
        writeOut(EnvironmentReport::toText(environment));
    return 0;
}

namespace {

// Everything plan/install/recommend share: the knowledge base, the facts (detected unless
// given), and the recommendation for the wishes.
struct Resolved
{
    KnowledgeBase kb;
    std::optional<Environment> environment;
    Facts facts;
    Recommendation recommendation;
};

std::optional<Resolved> resolve(const RecommendOptions &o, bool alwaysDetect, bool quiet)
{
    Result<KnowledgeBase> kb = Error{};
    if (!o.kbFile.isEmpty()) {
        kb = KnowledgeBase::fromFile(o.kbFile);
    } else {
        const QString cacheDir = KnowledgeBaseStore::defaultCacheDir();
        const QUrl url = KnowledgeBaseStore::configuredUrl(o.kbUrl);
        if (!url.isEmpty()) {
            const Result<KnowledgeBase> current = KnowledgeBaseStore::best(cacheDir);
            const KbUpdateResult update
                = KnowledgeBaseUpdater::fetchBlocking(url, cacheDir, current ? current->dataDate : QString());
            if (update.status == KbUpdateResult::Status::Failed)
                writeErr(update.message + u'\n'); // offline or a bad download: go on with what we have
        }
        kb = KnowledgeBaseStore::best(cacheDir);
    }
    if (!kb) {
        writeErr(kb.error().message + u'\n');
        return std::nullopt;
    }

    Platform::Os os = Platform::current().os;
    if (o.os == QStringLiteral("windows"))
        os = Platform::Os::Windows;
    else if (o.os == QStringLiteral("linux"))
        os = Platform::Os::Linux;
    else if (!o.os.isEmpty()) {
        writeErr(Cli::tr("Unknown --os \"%1\": use windows or linux.").arg(o.os) + u'\n');
        return std::nullopt;
    }

    const std::optional<Route> route = o.route.isEmpty() ? Route::Pip : routeFromId(o.route);
    if (!route) {
        writeErr(Cli::tr("Unknown install route \"%1\": use pip, conda-legacy or conda-forge.").arg(o.route) + u'\n');
        return std::nullopt;
    }

    Resolved resolved{*kb, std::nullopt, {}, {}};
    // Facts that are given replace detected ones; with driver and Python both given nothing is detected.
    const FactOverrides overrides{o.driver, o.computeCaps, o.python, Cli::tr("given on the command line")};
    if (alwaysDetect || !overrides.replacesDetection()) {
        if (!quiet)
            writeOut(Cli::tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
        resolved.environment = Detector::detect(defaultDetectionOptions());
    }
    resolved.facts = factsWithOverrides(resolved.environment, os, overrides);

    const Result<Recommendation> recommendation
        = Recommender(resolved.kb).recommend(resolved.facts, {o.torch, o.cuda, *route});
    if (!recommendation) {
        writeErr(recommendation.error().message + u'\n');
        return std::nullopt;
    }
    resolved.recommendation = *recommendation;
    return resolved;
}

Shell shellFor(const QString &name, Platform::Os os)
{
    if (name == QStringLiteral("posix"))
        return Shell::Posix;
    if (name == QStringLiteral("powershell"))
        return Shell::PowerShell;
    if (name == QStringLiteral("cmd"))
        return Shell::Cmd;
    return os == Platform::Os::Windows ? Shell::PowerShell : Shell::Posix;
}

// The plan for the recommendation on this computer: its conda, else a venv from a Python of
// the right version, else Miniforge in a plain ASCII folder.
std::optional<Plan> makePlan(const RecommendOptions &o, const Resolved &r, const MirrorCatalog &catalog,
                             QString *mirrorUsed)
{
    QString mirror = o.mirror.isEmpty() ? QStringLiteral("official") : o.mirror;
    if (mirror == QStringLiteral("auto")) {
        const QList<MirrorLatency> latencies = MirrorProbe::run(catalog.mirrors);
        for (const MirrorLatency &l : latencies) {
            writeErr(l.reachable ? Cli::tr("mirror %1: %2 ms").arg(l.id).arg(l.ms) + u'\n'
                                 : Cli::tr("mirror %1: unreachable (%2)").arg(l.id, l.error) + u'\n');
        }
        mirror = MirrorProbe::fastest(latencies);
        if (mirror.isEmpty()) {
            writeErr(Cli::tr("No package source answered; check the network or proxy.") + u'\n');
            return std::nullopt;
        }
    }
    *mirrorUsed = mirror;

    Platform platform = Platform::current();
    Environment environment = r.environment.value_or(Environment{});
    if (r.facts.os != platform.os) {
        // Planning for another PC: its conda is assumed on PATH there.
        platform.os = r.facts.os;
        environment.conda = CondaInfo{};
        environment.conda->executable = platform.executableName(QStringLiteral("conda"));
    }
    const Result<Plan> plan
        = planForComputer(r.kb, catalog, r.recommendation.recommended, environment, platform, o.env, mirror,
                          QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    if (!plan) {
        writeErr(plan.error().message + u'\n');
        return std::nullopt;
    }
    return *plan;
}

Result<MirrorCatalog> loadMirrors()
{
    Result<MirrorCatalog> catalog = MirrorCatalog::load();
    if (!catalog)
        writeErr(catalog.error().message + u'\n');
    return catalog;
}

} // namespace

int Cli::recommend(const RecommendOptions &o)
{
    const std::optional<Resolved> r = resolve(o, false, o.json);
    if (!r)
        return 2;
    if (o.json)
        writeOut(QString::fromStdString(recommendationToJson(r->recommendation, r->kb).dump(2)) + u'\n');
    else
        writeOut(RecommendationReport::toText(r->recommendation, r->kb));
    return 0;
}

int Cli::plan(const RecommendOptions &o)
{
    const std::optional<Resolved> r = resolve(o, true, o.json);
    if (!r)
        return 2;
    const Result<MirrorCatalog> catalog = loadMirrors();
    QString mirror;
    const std::optional<Plan> plan = catalog ? makePlan(o, *r, *catalog, &mirror) : std::nullopt;
    if (!plan)
        return 2;
    if (o.json) {
        nlohmann::json j = planToJson(*plan);
        j["mirror"] = mirror.toStdString();
        j["recommended"] = recommendationToJson(r->recommendation, r->kb)["recommended"];
        writeOut(QString::fromStdString(j.dump(2)) + u'\n');
        return 0;
    }
    writeOut(tr("Plan for %1 (mirror: %2):")
                 .arg(RecommendationReport::combinationText(r->recommendation.recommended), mirror)
             + u'\n');
    for (const QString &note : plan->notes)
        writeOut(QStringLiteral("  * ") + note + u'\n');
    writeOut(u'\n' + renderPlan(*plan, shellFor(o.shell, r->facts.os)));
    return 0;
}

namespace {

// Preflight: blockers stop here; an existing environment needs the user's word (--if-exists).
std::optional<Plan> decidedPlan(const RecommendOptions &o, const Resolved &r, const MirrorCatalog &catalog,
                                const Plan &plan, const QString &mirror)
{
    const Mirror *source = catalog.mirror(mirror);
    const PreflightInput check
        = PreflightInput::forComputer(plan, Platform::current(), r.environment.value_or(Environment{}),
                                      source ? MirrorProbe::run({*source}) : QList<MirrorLatency>{});
    PreflightAnswers answers;
    if (!o.ifExists.isEmpty()) {
        answers.existingEnv = o.ifExists == QStringLiteral("replace")  ? ExistingEnv::Replace
                              : o.ifExists == QStringLiteral("rename") ? ExistingEnv::Rename
                                                                       : ExistingEnv::Reuse;
    }
    const PreflightDecision decision = decidePreflight(PlanBuilder(r.kb, catalog), check, answers);
    for (const PreflightIssue &issue : decision.warnings)
        writeErr(QStringLiteral("! ") + issue.message + u'\n');
    for (const PreflightIssue &issue : decision.stops)
        writeErr(QStringLiteral("✗ ") + issue.message + u'\n');
    if (decision.needsExistingEnvChoice)
        writeErr(Cli::tr("Choose with --if-exists reuse, --if-exists replace or --if-exists rename.") + u'\n');
    if (!decision.canInstall())
        return std::nullopt;
    return decision.plan;
}

// Asks before installing, unless --yes; an exit status when the answer is no, else nothing.
std::optional<int> refusedToInstall(const RecommendOptions &o)
{
    if (o.yes)
        return std::nullopt;
    if (!stdinIsInteractive()) {
        writeErr(Cli::tr("Not asking on a non-interactive input: add --yes to install.") + u'\n');
        return 2;
    }
    writeOut(Cli::tr("Install now? [y/N] "));
    char answer[16] = {};
    if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
        writeOut(Cli::tr("Nothing was installed.") + u'\n');
        return 1;
    }
    return std::nullopt;
}

// Runs the plan with live output; Ctrl+C cancels the running step's whole process tree.
int runPlan(const Plan &plan, const Resolved &r, const MirrorCatalog &catalog, bool automaticMirror)
{
    InstallRunner runner;
    runner.setFailureContext(FailureContext::forSource(FailureContext::Surface::CommandLine, plan.request.mirrorId,
                                                       &catalog, automaticMirror));
    // The run's watcher (runCommand in commandline.cpp makes it for every command).
    InterruptWatcher *interrupts = InterruptWatcher::current();
    if (interrupts && interrupts->fired())
        return 130; // interrupted while detecting or checking: nothing is run
    const InterruptTakeover takeover;
    bool canceled = false;
    QObject::connect(interrupts, &InterruptWatcher::interrupted, &runner, [&] {
        canceled = true;
        writeErr(u'\n' + Cli::tr("Canceling: stopping the running step and everything it started…") + u'\n');
        runner.cancel();
    });
    QObject::connect(&runner, &InstallRunner::stepStarted, &runner, [&](int index, const QString &command) {
        writeOut(QStringLiteral("\n[%1/%2] %3\n$ %4\n")
                     .arg(index + 1)
                     .arg(runner.plan().steps.size())
                     .arg(runner.plan().steps.at(index).title, command));
    });
    QObject::connect(&runner, &InstallRunner::outputLine, &runner, [](int, const OutputLine &line) {
        writeOut(line.progress ? QString(u'\r' + line.text) : QString(line.text + u'\n'));
    });
    QObject::connect(&runner, &InstallRunner::logWriteFailed, &runner,
                     [](const QString &message) { writeErr(u'\n' + QStringLiteral("! ") + message + u'\n'); });
    QObject::connect(&runner, &InstallRunner::failureRecognized, &runner, [](int, const KnownFailure &failure) {
        writeErr(u'\n' + failure.title + u'\n' + failure.advice + u'\n');
    });
    bool succeeded = false;
    QEventLoop loop;
    QObject::connect(&runner, &InstallRunner::finished, &loop, [&](bool ok) {
        succeeded = ok;
        loop.quit();
    });
    if (!runner.start(plan)) {
        writeErr(Cli::tr("The install log cannot be written in %1.").arg(InstallRunner::defaultLogDirectory()) + u'\n');
        return 2;
    }
    loop.exec();
    writeOut(u'\n' + Cli::tr("Log: %1").arg(runner.logPath()) + u'\n');
    if (!runner.logError().isEmpty())
        writeErr(QStringLiteral("! ") + runner.logError() + u'\n');
    if (succeeded) {
        writeOut(Cli::tr("Done: PyTorch %1 is installed in %2.").arg(r.recommendation.recommended.torch, plan.envName)
                 + u'\n');
        return 0;
    }
    if (canceled) {
        writeErr(Cli::tr("Canceled. To continue later, run the same command with --if-exists reuse: the environment "
                         "already created is kept and the remaining steps run in it.")
                 + u'\n');
        return 130;
    }
    writeErr(Cli::tr("The installation stopped at a failed step. Fix the cause above, then run the same command again.")
             + u'\n');
    return 1;
}

} // namespace

int Cli::install(const RecommendOptions &o)
{
    const std::optional<Resolved> r = resolve(o, true, false);
    if (!r)
        return 2;
    const Result<MirrorCatalog> catalog = loadMirrors();
    QString mirror;
    const std::optional<Plan> planned = catalog ? makePlan(o, *r, *catalog, &mirror) : std::nullopt;
    const std::optional<Plan> plan = planned ? decidedPlan(o, *r, *catalog, *planned, mirror) : std::nullopt;
    if (!plan)
        return 2;
    writeOut(tr("Plan for %1 (mirror: %2):")
                 .arg(RecommendationReport::combinationText(r->recommendation.recommended), mirror)
             + u'\n');
    writeOut(renderPlan(*plan, shellFor(o.shell, r->facts.os)) + u'\n');
    if (const std::optional<int> refused = refusedToInstall(o))
        return *refused;
    return runPlan(*plan, *r, *catalog, o.mirror == QStringLiteral("auto"));
}

} // namespace tgs::app
