#pragma once

#include <core/base/platform.h>
#include <core/detect/environment.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgs {

// What the recommendation is based on: detected, or given on the command line to plan for
// another PC. Each fact keeps where it came from, for the reasons.
struct Facts
{
    Platform::Os os = Platform::Os::Linux;
    QString driver;       // empty: no NVIDIA driver
    QString driverSource; // "nvidia-smi", "--driver", ...
    QString driverCuda;   // the driver's highest CUDA, if known
    QString driverCudaSource;
    struct Gpu
    {
        QString name;              // may be empty when only the capability was given
        QString computeCapability; // empty when unknown
    };
    QList<Gpu> gpus;
    QString gpuSource;
    QString python; // "3.11"; empty: the newest a release supports
    QString pythonSource;

    // Facts from detection: the driver, the GPUs and the first Python found.
    static Facts fromEnvironment(const Environment &environment, Platform::Os os);
};

// Facts the user states instead of the detected ones (the command line's --driver,
// --compute-cap, --python; the wizard's Python choice). Empty members change nothing.
struct FactOverrides
{
    QString driver; // a version, or "none": no NVIDIA driver (and no GPU unless capabilities are given)
    QStringList computeCapabilities;
    QString python;
    QString source; // how they were given, for the reasons ("given on the command line")

    bool replacesDetection() const { return !driver.isEmpty() && !python.isEmpty(); }
};

// Facts as a user types them, checked: a driver version ("535.104.05", "576.80"); a compute
// capability as "8.9", "sm_89" or "89" (returned as "8.9"); a Python version ("3.11"). Empty
// (or false) for anything else, so that a typo is a usage error, not a fact.
bool isDriverVersion(const QString &text);
QString normalizedComputeCapability(const QString &text);
bool isPythonVersion(const QString &text);

// The detected facts (if any) with the overrides applied: a given driver drops the detected
// driver's CUDA, given capabilities replace the detected GPUs.
Facts factsWithOverrides(const std::optional<Environment> &environment, Platform::Os os,
                         const FactOverrides &overrides);

} // namespace tgs
