#pragma once

#include "environment.h"
#include "kb/knowledgebase.h"
#include "platform.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tgs {

// What the recommendation is based on: detected, or given on the command line to plan for
// another PC. Each fact keeps where it came from, for the reasons.
struct Facts
{
    Platform::Os os = Platform::Os::Linux;
    QString driver;           // empty: no NVIDIA driver
    QString driverSource;     // "nvidia-smi", "--driver", ...
    QString driverCuda;       // the driver's highest CUDA, if known
    QString driverCudaSource;
    struct Gpu
    {
        QString name; // may be empty when only the capability was given
        QString computeCapability; // empty when unknown
    };
    QList<Gpu> gpus;
    QString gpuSource;
    QString python; // "3.11"; empty: the newest a release supports
    QString pythonSource;

    // Facts from detection: the driver, the GPUs and the first Python found.
    static Facts fromEnvironment(const Environment &environment, Platform::Os os);
};

struct Wishes
{
    QString torch; // "2.5.1", or "2.5" for the newest 2.5.x
    QString cuda;  // "12.4", "cu124" or "cpu"
    QString route; // "pip" (default), "conda-legacy", "conda-forge"
};

struct Combination
{
    QString torch;
    QString torchvision;
    QString torchaudio; // empty when the release has none
    QString python;
    QString cuda; // empty: the CPU build
    QString variant; // "cu124", "cpu"
    QString cudnn;
    QString route;
};

// Warning codes, stable for scripts and tests; the texts are translated.
namespace WarningCode {
inline const QString DriverTooOld = QStringLiteral("driver_too_old");
inline const QString DriverMissing = QStringLiteral("driver_missing");
inline const QString ArchMissing = QStringLiteral("arch_missing");
inline const QString PythonUnsupported = QStringLiteral("python_unsupported");
inline const QString CondaChannelFrozen = QStringLiteral("conda_channel_frozen");
inline const QString NoSingleBuild = QStringLiteral("no_single_build");
inline const QString NoSuchRelease = QStringLiteral("no_such_release");
inline const QString NoSuchVariant = QStringLiteral("no_such_variant");
} // namespace WarningCode

struct Warning
{
    QString code;
    QString text;
};

struct Recommendation
{
    Combination recommended;
    QList<Combination> alternatives;
    QStringList reasons;     // the chain of facts that led here, each with its source
    QStringList whyNotNewer; // what stopped a newer torch or CUDA
    QList<Warning> warnings; // where the user's own wishes break a constraint

    bool hasWarning(const QString &code) const;
};

// The rule: the newest torch that has a wheel for the Python version, whose CUDA variant the
// driver can run, and whose architecture list covers every detected GPU; within that release,
// the newest CUDA the driver can run. No NVIDIA GPU: the CPU build. Wishes are honoured and
// warned about, never silently changed.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Recommender)

public:
    explicit Recommender(const KnowledgeBase &kb);

    Result<Recommendation> recommend(const Facts &facts, const Wishes &wishes) const;

    // The lowest driver that runs wheels built with `cuda` (minor-version compatibility from
    // CUDA 11 on, the toolkit's own minimum before), or empty if unknown.
    QString driverMinimum(const QString &cuda, Platform::Os os) const;
    bool driverRuns(const QString &driver, const QString &cuda, Platform::Os os) const;
    // How a GPU runs a variant's code: SASS of the same major and a lower-or-equal minor, or
    // PTX of a lower-or-equal capability (compiled at first start).
    enum class ArchFit { Native, Ptx, Missing, Unknown };
    static ArchFit archFit(const PipVariant &variant, const QString &computeCapability);

private:
    const KnowledgeBase &m_kb;
};

} // namespace tgs
