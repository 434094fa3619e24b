#pragma once

#include <core/detect/environment.h>
#include <core/detect/gpudriver.h>
#include <core/detect/probes/python.h>

#include <QMap>

#include <optional>

namespace tgs {

// Everything the probes of one detection have answered so far, kept as they answered;
// assemble() turns it into an Environment at any moment, so that results can be shown as they
// arrive. Order comes from discovery, never from when an answer happened to arrive.
struct DetectionFindings
{
    struct PythonSlot
    {
        QString path;
        QString source;
        std::optional<ProbeResult<PythonProbeReport>> quick;
        std::optional<ProbeResult<PythonProbeReport>> deep;
    };
    struct CondaPrefix
    {
        QString prefix;
        QString python; // from conda-meta
        QString cudnn;
    };

    Platform::Os os = Platform::Os::Linux;
    GpuDriverAnswers gpu;
    std::optional<CondaInfo> conda;
    QStringList envsDirs;
    QList<CondaPrefix> condaPrefixes;
    QList<PythonSlot> pythons;           // in discovery order
    QMap<int, CudaToolkitInfo> toolkits; // by discovery order
    QMap<int, CudnnInfo> cudnnFiles;     // headers, by discovery order
    QList<Problem> problems;             // of probes that have ended, as they ended
    bool canceled = false;

    // `final`: every probe has ended, so what was not found is reported as not found.
    Environment assemble(bool final) const;

private:
    void assemblePythons(Environment &env, bool final) const;
};

} // namespace tgs
