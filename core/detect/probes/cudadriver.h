#pragma once

#include <core/base/platform.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/probe.h>
#include <core/detect/problem.h>

#include <QString>
#include <QStringList>

namespace tgs {

struct CudaDriverReport
{
    QString library;       // the file that was loaded
    int driverVersion = 0; // cuDriverGetVersion, e.g. 12080
    int initResult = -1;   // cuInit(0): 0 is success, 100 no device, 34 stub library
    int deviceCount = 0;

    QString cudaVersion() const { return CudaToolsParser::cudaFromDriverNumber(driverVersion); }
};

// Asks the NVIDIA driver itself for its CUDA version (cuDriverGetVersion from nvcuda.dll or
// libcuda.so.1), which works where nvidia-smi is missing. Loading a broken driver can hang or
// crash, so detection never does this in its own process: it runs
// `torchgpu-setup --probe-cuda-driver`, whose main() calls runInThisProcess(), with a time-out.
class CudaDriverProbe
{
    Q_DECLARE_TR_FUNCTIONS(tgs::CudaDriverProbe)

public:
    static QString subcommand() { return QStringLiteral("--probe-cuda-driver"); }

    // Library names in the order they are tried (conda's __cuda detection uses the same list).
    static QStringList libraryCandidates(const Platform &platform);

    // Loads the driver library, queries it and prints one line for parseOutput(); returns the
    // exit status for the subcommand.
    static int runInThisProcess();

    // "cuda-driver library=libcuda.so.1 version=12080 init=0 devices=1", or
    // "cuda-driver error=not_found".
    static ProbeResult<CudaDriverReport> parseOutput(const QString &output);

    // The child that runs runInThisProcess(), without CUDA_VISIBLE_DEVICES (an empty or
    // invalid one makes cuInit fail).
    static ProcessSpec spec(const Platform &platform, const QString &program, const QStringList &arguments,
                            int timeoutMs);
    static ProbeResult<CudaDriverReport> interpret(const ProcessResult &result);
    // The driver answered, but cuInit failed: no GPU (100), or a driver that cannot start.
    static std::optional<ProbeError> initProblem(const CudaDriverReport &report);
};

} // namespace tgs
