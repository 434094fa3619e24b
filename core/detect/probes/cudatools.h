#pragma once

#include <core/detect/probes/probe.h>
#include <core/detect/problem.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tgs {

// Pure parsers for the CUDA toolkit, cuDNN and the kernel driver's own version files.
class CudaToolsParser
{
    Q_DECLARE_TR_FUNCTIONS(tgs::CudaToolsParser)

public:
    // `nvcc --version`, every historical shape ends in a "release" line, e.g. (CUDA 12.2)
    //   Cuda compilation tools, release 12.2, V12.2.140
    //   Build cuda_12.2.r12.2/compiler.33191640_0
    // and (CUDA 4.0) "Cuda compilation tools, release 4.0, V0.2.1221", where the V number
    // is not the CUDA version. Returns "12.2.140", or "4.0" when V does not start with it.
    static ProbeResult<QString> parseNvccVersion(const QString &output);

    // version.json of CUDA >= 11.1:
    //   { "cuda" : { "name" : "CUDA SDK", "version" : "11.8.20220929" },
    //     "cuda_nvcc" : { "name" : "CUDA NVCC", "version" : "11.8.89" }, ... }
    // Returns the nvcc (else cudart) component version, else the SDK's major.minor.
    static ProbeResult<QString> parseVersionJson(const QByteArray &json);

    // version.txt of CUDA <= 11.0: "CUDA Version 10.2.89".
    static ProbeResult<QString> parseVersionTxt(const QString &text);

    // cudnn_version.h (cuDNN >= 8) or cudnn.h (cuDNN <= 7):
    //   #define CUDNN_MAJOR 8
    //   #define CUDNN_MINOR 9
    //   #define CUDNN_PATCHLEVEL 2
    static ProbeResult<QString> parseCudnnHeader(const QString &header);

    // torch.backends.cudnn.version(): 7605 / 8902 (major*1000) and 90100 (major*10000 from 9).
    static QString cudnnFromTorchNumber(qint64 number);

    // /proc/driver/nvidia/version, e.g.
    //   NVRM version: NVIDIA UNIX x86_64 Kernel Module  535.104.05  Sat Aug 19 01:15:15 UTC 2023
    //   NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  560.35.03  Release Build ...
    // and /sys/module/nvidia/version ("535.104.05").
    static ProbeResult<QString> parseProcDriverVersion(const QString &text);
    static ProbeResult<QString> parseSysModuleVersion(const QString &text);

    // `nvcc --dryrun -E <any name>.cu` names the folder of the real nvcc behind a wrapper:
    //   #$ _NVVM_BRANCH_=nvvm
    //   #$ _HERE_=/usr/local/cuda-13.0/bin
    // Returns that folder, or empty.
    static QString parseNvccHere(const QString &output);

    // cuDriverGetVersion's integer: 12080 → "12.8".
    static QString cudaFromDriverNumber(int number);
};

// The command: `nvcc --version`, for a toolkit without version files and for an nvcc found
// on PATH outside any toolkit folder (conda's cuda-nvcc, wrappers).
class NvccProbe
{
public:
    static ProcessSpec spec(const Platform &platform, const QString &nvcc, int timeoutMs);
    // Where the nvcc behind a wrapper really is (parseNvccHere); nothing is compiled or written.
    static ProcessSpec locateSpec(const Platform &platform, const QString &nvcc, int timeoutMs);
    static ProbeResult<QString> interpret(const ProcessResult &result, const QString &nvcc);
};

} // namespace tgs
