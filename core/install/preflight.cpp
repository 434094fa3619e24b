#include <core/install/preflight.h>

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace tgs {

QString preflightKindId(PreflightKind kind)
{
    switch (kind) {
    case PreflightKind::EnvNameInvalid:
        return QStringLiteral("env_name_invalid");
    case PreflightKind::EnvExists:
        return QStringLiteral("env_exists");
    case PreflightKind::DiskSpace:
        return QStringLiteral("disk_space");
    case PreflightKind::PathNotAscii:
        return QStringLiteral("path_not_ascii");
    case PreflightKind::PythonPathSet:
        return QStringLiteral("python_path_set");
    case PreflightKind::NoNetwork:
        return QStringLiteral("no_network");
    }
    return {};
}

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

bool envExists(const QString &name, const Environment &environment)
{
    if (!environment.conda)
        return false;
    for (const CondaEnvInfo &env : environment.conda->envs) {
        if (env.name == name)
            return true;
    }
    return false;
}

} // namespace

PreflightInput PreflightInput::forComputer(const Plan &plan, const Platform &platform, const Environment &environment,
                                           const QList<MirrorLatency> &sourceProbe)
{
    PreflightInput input;
    input.plan = plan;
    input.platform = platform;
    input.environment = environment;
    input.installLocation = environment.conda ? environment.conda->basePrefix : platform.homeDir;
    if (!sourceProbe.isEmpty() && sourceProbe.first().ms >= 0) {
        input.networkChecked = true;
        input.networkReachable = sourceProbe.first().reachable;
        input.networkDetail = sourceProbe.first().error;
    }
    return input;
}

qint64 Preflight::systemFreeBytes(const QString &path)
{
    // The nearest existing folder holds the answer for one that does not exist yet.
    QString existing = path;
    while (!existing.isEmpty() && !QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing)
            break;
        existing = parent;
    }
    const QStorageInfo storage(existing.isEmpty() ? QDir::rootPath() : existing);
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

qint64 Preflight::requiredBytes(const Plan &plan, bool cuda)
{
    qint64 bytes = cuda ? 8 * GiB : 2 * GiB; // CUDA wheels with their nvidia-* packages, cached and unpacked
    if (plan.route == Route::CondaLegacy && cuda)
        bytes += 3 * GiB; // cudatoolkit and cudnn besides
    for (const PlanStep &step : plan.steps) {
        if (step.id == QStringLiteral("install-miniforge"))
            bytes += GiB;
    }
    return bytes;
}

bool Preflight::isPlainAsciiPath(const QString &path)
{
    for (const QChar c : path) {
        if (c.unicode() > 127 || c == u' ')
            return false;
    }
    // The characters conda's installer always rejects.
    for (const QChar c : {u'^', u'%', u'!', u'=', u',', u'(', u')'}) {
        if (path.contains(c))
            return false;
    }
    return true;
}

QString Preflight::asciiInstallLocation(const Platform &platform)
{
    if (platform.isWindows()) {
        QString drive = platform.env(QStringLiteral("SystemDrive"));
        if (drive.isEmpty())
            drive = QStringLiteral("C:");
        return drive + QStringLiteral("\\miniforge3");
    }
    const QString home = platform.join(platform.homeDir, QStringLiteral("miniforge3"));
    return isPlainAsciiPath(home) ? home : QStringLiteral("/opt/miniforge3");
}

QString Preflight::freeEnvName(const QString &wanted, const Environment &environment)
{
    if (!envExists(wanted, environment))
        return wanted;
    for (int i = 2; i < 1000; ++i) {
        const QString candidate = QStringLiteral("%1-%2").arg(wanted).arg(i);
        if (!envExists(candidate, environment))
            return candidate;
    }
    return wanted;
}

QList<PreflightIssue> Preflight::check(const PreflightInput &in)
{
    using Severity = PreflightIssue::Severity;
    QList<PreflightIssue> issues;
    bool usesConda = false;
    bool installsMiniforge = false;
    QString miniforgeTarget;
    for (const PlanStep &step : in.plan.steps) {
        usesConda |= step.id == QStringLiteral("create-env");
        if (step.id == QStringLiteral("install-miniforge")) {
            installsMiniforge = true;
            miniforgeTarget = step.arguments.last();
            if (miniforgeTarget.startsWith(QStringLiteral("/D=")))
                miniforgeTarget = miniforgeTarget.mid(3);
        }
    }

    if (usesConda) {
        if (const QString problem = PlanBuilder::envNameProblem(in.plan.envName); !problem.isEmpty()) {
            issues.append({PreflightKind::EnvNameInvalid, Severity::Blocker, problem, QString()});
        } else if (envExists(in.plan.envName, in.environment)) {
            issues.append({PreflightKind::EnvExists, Severity::Decision,
                           tr("A conda environment named \"%1\" already exists. Reuse it (install into it), replace it "
                              "(delete it first), or use another name such as \"%2\".")
                               .arg(in.plan.envName, freeEnvName(in.plan.envName, in.environment)),
                           freeEnvName(in.plan.envName, in.environment)});
        }
    }

    bool cuda = false;
    for (const PlanStep &step : in.plan.steps) {
        for (const QString &argument : step.arguments)
            cuda |= argument.contains(QStringLiteral("pytorch-cuda")) || argument.contains(QStringLiteral("/whl/cu"))
                    || argument.contains(QStringLiteral("=cuda")) || argument.contains(QStringLiteral("+cu"));
    }
    const qint64 needed = requiredBytes(in.plan, cuda);
    const auto freeBytes = in.freeBytes ? in.freeBytes : &Preflight::systemFreeBytes;
    const qint64 free = freeBytes(in.installLocation);
    if (free >= 0 && free < needed) {
        issues.append({PreflightKind::DiskSpace, Severity::Blocker,
                       tr("%1 has %2 GiB free, but this installation needs about %3 GiB. Free some space or choose "
                          "another disk.")
                           .arg(in.installLocation)
                           .arg(double(free) / GiB, 0, 'f', 1)
                           .arg(double(needed) / GiB, 0, 'f', 1),
                       QString()});
    }

    if (installsMiniforge && !isPlainAsciiPath(miniforgeTarget)) {
        issues.append({PreflightKind::PathNotAscii, Severity::Decision,
                       tr("Miniforge would go to %1, a path with spaces or non-ASCII characters, where conda's "
                          "installer and activation are known to fail. Install it to %2 instead.")
                           .arg(miniforgeTarget, asciiInstallLocation(in.platform)),
                       asciiInstallLocation(in.platform)});
    }

    QStringList pythonVars;
    for (const QString &name : {QStringLiteral("PYTHONPATH"), QStringLiteral("PYTHONHOME")}) {
        if (!in.platform.env(name).isEmpty())
            pythonVars << name;
    }
    if (!pythonVars.isEmpty()) {
        issues.append({PreflightKind::PythonPathSet, Severity::Warning,
                       tr("%1 is set on this computer. It can make the new environment load another Python's "
                          "packages; the install steps run without it, but remove it from your settings if torch "
                          "fails to import later.")
                           .arg(pythonVars.join(QStringLiteral(" / "))),
                       QString()});
    }

    if (in.networkChecked && !in.networkReachable) {
        issues.append({PreflightKind::NoNetwork, Severity::Blocker,
                       tr("The package sources cannot be reached (%1). Check the network or proxy, or choose a mirror.")
                           .arg(in.networkDetail),
                       QString()});
    }
    return issues;
}

} // namespace tgs
