#pragma once

#include <core/recommend/route.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace tgs {

// What the user asked for; empty members leave the choice to the recommender.
struct Wishes
{
    QString torch; // "2.5.1", or "2.5" for the newest 2.5.x
    QString cuda;  // "12.4", "cu124" or "cpu"
    Route route = Route::Pip;
};

struct Combination
{
    QString torch;
    QString torchvision;
    QString torchaudio; // empty when the release has none
    QString python;
    QString cuda;    // empty: the CPU build
    QString variant; // "cu124", "cpu"
    QString cudnn;
    Route route = Route::Pip;
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

} // namespace tgs
