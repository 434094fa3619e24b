#pragma once

#include <core/detect/problem.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace tgs {

// Which Python environment to verify: a conda environment by name or prefix, a venv (its prefix), or a Python.
struct VerifyTarget
{
    enum class Kind { CondaEnv, Prefix, Python };
    Kind kind = Kind::Python;
    QString value; // the environment's name, the prefix folder, or the python executable

    static VerifyTarget condaEnv(const QString &name) { return {Kind::CondaEnv, name}; }
    static VerifyTarget prefix(const QString &path) { return {Kind::Prefix, path}; }
    static VerifyTarget python(const QString &executable) { return {Kind::Python, executable}; }
};

// The real computation on one GPU: a matrix product checked against the CPU result, and a cuDNN convolution.
struct VerifiedDevice
{
    int index = 0;
    QString name;
    QString computeCapability; // "8.9"
    std::optional<int> memoryTotalMib;
    bool computeOk = false;            // both computations ran and the product matched the CPU's
    std::optional<double> matmulMs;    // the matrix product's time on this GPU
    std::optional<double> convMs;      // the cuDNN convolution's time (cuDNN enabled), if it ran
    std::optional<double> maxAbsError; // |GPU − CPU| of the product, largest element
    QString error;                     // the exception text when a computation failed (e.g. "no kernel image")
};

// What `verify` found out about one environment, from a probe run inside it (resources/verify_probe.py). Every
// field the probe could not learn stays empty; the probe's own failure is a problem, never an exception.
struct Verification
{
    VerifyTarget target;
    QString pythonExecutable; // sys.executable as the probe saw it
    QString pythonVersion;

    bool torchImported = false;
    QString torchImportError; // the last line of the traceback when `import torch` failed
    QString torchVersion;     // torch.__version__, e.g. "2.7.1+cu126"
    QString torchvisionVersion;
    QString torchaudioVersion;
    QString torchPath;                 // the folder torch was imported from
    bool torchFromUserSite = false;    // a torch in the user site-packages would shadow the environment's
    QString userSiteTorch;             // ... that torch's folder
    bool torchFromPythonPath = false;  // ... which came in through PYTHONPATH
    QString cuda;                      // torch.version.cuda; empty for a CPU build
    std::optional<int> cudnnNumber;    // torch.backends.cudnn.version(), e.g. 90100
    QString cudnnVersion;              // the same as "9.1.0"
    bool cudnnEnabled = false;         // torch.backends.cudnn.enabled
    bool cpuOnly = false;              // a build without CUDA ("+cpu", torch.version.cuda None)
    std::optional<bool> cudaAvailable; // torch.cuda.is_available(); unknown when torch did not import
    QString cudaError;                 // why CUDA is unavailable or failed, in torch's own words, if it said
    int deviceCount = 0;
    QStringList archList; // torch.cuda.get_arch_list(), e.g. "sm_86"
    QList<VerifiedDevice> devices;

    bool cpuComputeOk = false; // the CPU computation ran (always tried when torch imports)
    std::optional<double> cpuMs;

    QList<Problem> problems; // the probe timed out, crashed, printed garbage, or Python was not found
    QString output;          // what the probe printed, kept for the report
    std::optional<double> elapsedMs;

    // torch imports and every GPU computes correctly; on a PC without a GPU for torch, the CPU computation ran.
    bool computeOk() const;
    // What the exit code of `verify` stands for: torch works, and on a PC with an NVIDIA GPU CUDA works too.
    bool passed(bool pcHasNvidiaGpu) const;
};

// `verify --json`: torch, torchvision, torchaudio, cuda, cudnn, cuda_available, devices, cpu_only, compute_ok,
// torch_path, problems, and the rest of the facts.
nlohmann::json verificationToJson(const Verification &v, bool pcHasNvidiaGpu);

} // namespace tgs
