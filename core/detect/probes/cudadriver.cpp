#include <core/detect/probes/cudadriver.h>

#include <QLibrary>
#include <QRegularExpression>

#include <cstdio>

namespace tgs {

QStringList CudaDriverProbe::libraryCandidates(const Platform &platform)
{
    if (platform.isWindows())
        return {QStringLiteral("nvcuda.dll")};
    return {QStringLiteral("libcuda.so.1"), QStringLiteral("libcuda.so"),
            platform.unixPath(QStringLiteral("/usr/lib64/nvidia/libcuda.so.1")),
            platform.unixPath(QStringLiteral("/usr/lib/x86_64-linux-gnu/libcuda.so.1")),
            platform.unixPath(QStringLiteral("/usr/lib/wsl/lib/libcuda.so.1"))};
}

int CudaDriverProbe::runInThisProcess()
{
    using GetVersion = int (*)(int *);
    using Init = int (*)(unsigned int);
    using DeviceCount = int (*)(int *);

    for (const QString &name : libraryCandidates(Platform::current())) {
        QLibrary library(name);
        if (!library.load())
            continue;
        auto getVersion = reinterpret_cast<GetVersion>(library.resolve("cuDriverGetVersion"));
        auto init = reinterpret_cast<Init>(library.resolve("cuInit"));
        auto deviceCount = reinterpret_cast<DeviceCount>(library.resolve("cuDeviceGetCount"));
        if (!getVersion || !init)
            continue;
        int version = 0;
        getVersion(&version);
        const int initResult = init(0);
        int devices = 0;
        if (initResult == 0 && deviceCount)
            deviceCount(&devices);
        std::printf("cuda-driver library=%s version=%d init=%d devices=%d\n", name.toLocal8Bit().constData(), version,
                    initResult, devices);
        std::fflush(stdout);
        return 0;
    }
    std::printf("cuda-driver error=not_found\n");
    std::fflush(stdout);
    return 3;
}

ProbeResult<CudaDriverReport> CudaDriverProbe::parseOutput(const QString &output)
{
    if (output.contains(QStringLiteral("cuda-driver error=not_found"))) {
        return ProbeError{ProblemKind::NotFound,
                          tr("The NVIDIA driver's CUDA library (nvcuda.dll / libcuda.so.1) is not installed.")};
    }
    static const QRegularExpression re(
        QStringLiteral(R"(cuda-driver library=(\S+) version=(-?\d+) init=(-?\d+) devices=(-?\d+))"));
    const auto match = re.match(output);
    if (!match.hasMatch())
        return ProbeError{ProblemKind::Unparseable, tr("The CUDA driver probe printed something unexpected.")};
    CudaDriverReport report;
    report.library = match.captured(1);
    report.driverVersion = match.captured(2).toInt();
    report.initResult = match.captured(3).toInt();
    report.deviceCount = match.captured(4).toInt();
    return report;
}

ProcessSpec CudaDriverProbe::spec(const Platform &platform, const QString &program, const QStringList &arguments,
                                  int timeoutMs)
{
    ProcessSpec spec = Probe::spec(platform, program, arguments, timeoutMs);
    spec.unsetEnvironment.append(QStringLiteral("CUDA_VISIBLE_DEVICES"));
    return spec;
}

ProbeResult<CudaDriverReport> CudaDriverProbe::interpret(const ProcessResult &result)
{
    if (auto failure = Probe::runFailure(result, Probe::tr("The CUDA driver query")))
        return *failure;
    return parseOutput(result.stdOut);
}

std::optional<ProbeError> CudaDriverProbe::initProblem(const CudaDriverReport &report)
{
    if (report.initResult == 0)
        return std::nullopt;
    if (report.initResult == 100) {
        return ProbeError{
            ProblemKind::NoDevices,
            Probe::tr("The NVIDIA driver is installed but reports no CUDA-capable GPU (cuInit returned 100).")};
    }
    return ProbeError{ProblemKind::DriverUnreachable,
                      Probe::tr("The NVIDIA driver's CUDA library is present but could not start "
                                "(cuInit returned %1). Reinstall the NVIDIA driver or restart.")
                          .arg(report.initResult)};
}
} // namespace tgs
