#pragma once

#include <core/detect/problem.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgs {

// What detection found. Every item says where its value came from (`source`), so the report
// can tell the user which tool or file each fact was read from.

struct GpuInfo
{
    int index = 0;
    QString name;
    std::optional<int> memoryTotalMib;
    QString computeCapability; // "8.6"; empty when the driver could not say
    QString source;
};

struct DriverInfo
{
    QString version;     // e.g. "535.104.05"
    QString cudaVersion; // the highest CUDA this driver runs, e.g. "12.2"; empty if unknown
    QString source;
    QString cudaSource;
};

struct CondaEnvInfo
{
    QString name; // "base", the folder name, or empty for an environment outside envs_dirs
    QString prefix;
    QString python; // from conda-meta; empty if the environment has no Python
    QString cudnn;  // the env's conda `cudnn` package, if any
};

struct CondaInfo
{
    QString executable;
    QString version;
    QString basePrefix;
    QList<CondaEnvInfo> envs;
    QString source;
};

struct TorchDevice
{
    QString name;
    QString capability;
};

struct TorchInfo
{
    QString version;
    QString cuda;  // torch.version.cuda; empty for a CPU build
    QString cudnn; // torch.backends.cudnn.version() as "9.1.0"; empty if none
    // torch.cuda.is_available(); unknown until torch has been imported (the deep phase).
    std::optional<bool> cudaAvailable;
    bool imported = false; // the deep phase ran: the facts below come from torch itself
    QString location;      // the torch package folder the quick phase found
    QString torchvision;   // from package metadata, if installed
    QString torchaudio;
    QStringList archList;
    QList<TorchDevice> devices;
    QString cudaError; // why is_available() or the device queries failed, if they did
};

struct PythonInfo
{
    QString executable;
    QString version;
    std::optional<TorchInfo> torch;
    QString torchImportError; // torch is installed but `import torch` failed (e.g. WinError 126)
    QString source;           // "PATH", "py launcher", "conda env base", ...
};

struct CudaToolkitInfo
{
    QString version;
    QString path;
    QString source;
};

struct CudnnInfo
{
    QString version;
    QString path;
    QString source;
};

struct Environment
{
    QString os;
    QList<GpuInfo> gpus;
    std::optional<DriverInfo> driver;
    std::optional<CondaInfo> conda;
    QList<PythonInfo> pythons;
    QList<CudaToolkitInfo> cudaToolkits;
    QList<CudnnInfo> cudnn;
    QList<Problem> problems;
    qint64 elapsedMs = 0;

    const Problem *problemFor(const QString &component) const;
    // An NVIDIA GPU or its driver was found: CUDA is what PyTorch should use here.
    bool hasNvidiaGpu() const { return !gpus.isEmpty() || driver.has_value(); }
};

} // namespace tgs
