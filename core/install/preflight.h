#pragma once

#include <core/base/platform.h>
#include <core/detect/environment.h>
#include <core/install/mirrorprobe.h>
#include <core/install/plan.h>

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace tgs {

enum class PreflightKind { EnvNameInvalid, EnvExists, DiskSpace, PathNotAscii, PythonPathSet, NoNetwork };

// "env_name_invalid", "env_exists", "disk_space", "path_not_ascii", "python_path_set", "no_network".
QString preflightKindId(PreflightKind kind);

struct PreflightIssue
{
    enum class Severity { Blocker, Decision, Warning };
    PreflightKind kind = PreflightKind::EnvNameInvalid;
    Severity severity = Severity::Warning;
    QString message;    // translated: what is wrong and what to do
    QString suggestion; // a value to offer instead (an ASCII folder, a free environment name), if any

    QString id() const { return preflightKindId(kind); }
};

struct PreflightInput
{
    Plan plan;
    Platform platform;
    Environment environment;
    QString installLocation; // where the environment or Miniforge goes (its disk is checked)
    bool networkChecked = false;
    bool networkReachable = true;
    QString networkDetail;
    // How much space is free where a path lives; tests replace it.
    std::function<qint64(const QString &)> freeBytes;

    // The input for this computer: the disk of its conda (else the home folder), and the
    // network as the probe of the chosen source found it (a source without a probe address
    // is not checked).
    static PreflightInput forComputer(const Plan &plan, const Platform &platform, const Environment &environment,
                                      const QList<MirrorLatency> &sourceProbe);
};

// What to settle before anything runs: blockers stop the install, decisions need the user's
// answer (reuse, replace or rename an existing environment), warnings are shown.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Preflight)

public:
    static QList<PreflightIssue> check(const PreflightInput &input);
    // A generous estimate of the space the plan needs: packages, their caches and unpacking.
    static qint64 requiredBytes(const Plan &plan, bool cuda);
    // Miniforge and conda break on paths with spaces or non-ASCII characters (user names such
    // as 张三): a plain folder at the root of the system drive on Windows, ~/miniforge3 elsewhere.
    static QString asciiInstallLocation(const Platform &platform);
    static bool isPlainAsciiPath(const QString &path);
    static QString freeEnvName(const QString &wanted, const Environment &environment);
    static qint64 systemFreeBytes(const QString &path);
};

} // namespace tgs
