#pragma once

#include <core/detect/environment.h>
#include <core/detect/probes/probe.h>
#include <core/detect/problem.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tgs {

struct SmiReport
{
    QString smiVersion;    // the NVIDIA-SMI number; differs from the driver under WSL
    QString driverVersion; // "Driver Version:" (or "KMD Version:" from driver 610 on)
    QString cudaVersion;   // "CUDA Version:" / "CUDA UMD Version:"; empty for drivers <= 410
    QList<GpuInfo> gpus;
};

// Pure parsers for nvidia-smi. The probe runs the tool; these only read its text.
class NvidiaSmiParser
{
    Q_DECLARE_TR_FUNCTIONS(tgs::NvidiaSmiParser)

public:
    // The columns we ask --query-gpu for, in order. Drivers before ~510 reject compute_cap.
    static QStringList queryFields(bool withComputeCapability);

    // Reads the plain table, e.g. (driver 535, 91 columns):
    // +---------------------------------------------------------------------------------------+
    // | NVIDIA-SMI 535.104.05             Driver Version: 535.104.05   CUDA Version: 12.2     |
    // |-----------------------------------------+----------------------+----------------------+
    // | GPU  Name                 Persistence-M | Bus-Id        Disp.A | Volatile Uncorr. ECC |
    // | Fan  Temp   Perf          Pwr:Usage/Cap |         Memory-Usage | GPU-Util  Compute M. |
    // |=========================================+======================+======================|
    // |   0  NVIDIA A100-SXM4-80GB          On  | 00000000:07:00.0 Off |                    0 |
    // | N/A   31C    P0              61W / 400W |      4MiB / 81920MiB |      0%      Default |
    // Only rows between the first "|===" line and the first blank line are GPUs: the MIG
    // and process tables that follow have rows that look alike but are not GPUs.
    static ProbeResult<SmiReport> parseTable(const QString &output);

    // Reads `--query-gpu=<queryFields()> --format=csv,noheader,nounits`, one GPU a line:
    // 0, NVIDIA GeForce RTX 3090, 24576, 8.6, 535.104.05
    // "[N/A]" and "[Not Supported]" are read as unknown.
    static ProbeResult<SmiReport> parseQuery(const QString &output, const QStringList &fields);

    // The known failure texts: "couldn't communicate with the NVIDIA driver", "Driver/library
    // version mismatch", "No devices were found", "Failed to initialize NVML".
    static std::optional<ProbeError> classifyFailure(const QString &output);

    // `Field "compute_cap" is not a valid field to query.` — ask again without that column.
    static bool isUnknownFieldError(const QString &output);
};

// The commands: `nvidia-smi` (the table, the only place that names the driver's CUDA) and
// `nvidia-smi --query-gpu=<fields> --format=csv,noheader,nounits`.
class NvidiaSmiProbe
{
public:
    static ProcessSpec tableSpec(const Platform &platform, const QString &smi, int timeoutMs);
    static ProcessSpec querySpec(const Platform &platform, const QString &smi, const QStringList &fields,
                                 int timeoutMs);
    // A run's result: how it failed, a known failure text, or what the parser read.
    static ProbeResult<SmiReport> interpretTable(const ProcessResult &result);
    static ProbeResult<SmiReport> interpretQuery(const ProcessResult &result, const QStringList &fields);

private:
    static std::optional<ProbeError> failure(const ProcessResult &result);
};

} // namespace tgs
