#include <core/base/localizedtext.h>
#include <core/detect/detector_p.h>

#include <core/detect/locations.h>
#include <core/detect/probes/cudadriver.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/nvidiasmi.h>

#include <QFileInfo>

namespace tgs {

// GPUs and the driver: nvidia-smi (query and table), the kernel module's files, the CUDA driver.

void Detector::Private::startGpuProbes()
{
    const QStringList candidates = Locations::nvidiaSmiCandidates(platform());
    QString smi;
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile()) {
            smi = candidate;
            break;
        }
    }
    findings.gpu.smiFound = !smi.isEmpty();
    if (smi.isEmpty()) {
        addProblem(kSmi, {ProblemKind::NotFound,
                          tr("nvidia-smi was not found on PATH or in %1. It comes with the NVIDIA driver: "
                             "if this PC has an NVIDIA GPU, install the driver from nvidia.com and run "
                             "this again.")
                              .arg(listText(candidates.mid(0, 4)))});
    } else {
        runSmiQuery(smi, true);
        launch(kSmi, Phase::Quick, NvidiaSmiProbe::tableSpec(platform(), smi, options.timeouts.nvidiaSmiMs),
               [this](const ProcessResult &r) { findings.gpu.smiTable = NvidiaSmiProbe::interpretTable(r); });
    }
    readKernelModuleVersion();
    if (!options.driverProbeProgram.isEmpty()) {
        launch(kCudaDriver, Phase::Quick,
               CudaDriverProbe::spec(platform(), options.driverProbeProgram, options.driverProbeArguments,
                                     options.timeouts.cudaDriverMs),
               [this](const ProcessResult &r) { findings.gpu.cudaDriver = CudaDriverProbe::interpret(r); });
    }
}

// Drivers before ~510 reject the compute_cap column: ask again without it.
void Detector::Private::runSmiQuery(const QString &smi, bool withComputeCapability)
{
    const QStringList fields = NvidiaSmiParser::queryFields(withComputeCapability);
    launch(kSmi, Phase::Quick, NvidiaSmiProbe::querySpec(platform(), smi, fields, options.timeouts.nvidiaSmiMs),
           [this, smi, withComputeCapability, fields](const ProcessResult &r) {
               if (withComputeCapability && NvidiaSmiParser::isUnknownFieldError(r.stdOut + r.stdErr))
                   runSmiQuery(smi, false);
               else
                   findings.gpu.smiQuery = NvidiaSmiProbe::interpretQuery(r, fields);
           });
}

void Detector::Private::readKernelModuleVersion()
{
    if (platform().isWindows())
        return;
    for (const char *file : {"/sys/module/nvidia/version", "/proc/driver/nvidia/version"}) {
        const QString path = QString::fromLatin1(file);
        const auto text = Probe::readSmallFile(platform().unixPath(path));
        if (!text)
            continue;
        const ProbeResult<QString> version = path.startsWith(QStringLiteral("/sys"))
                                                 ? CudaToolsParser::parseSysModuleVersion(QString::fromUtf8(*text))
                                                 : CudaToolsParser::parseProcDriverVersion(QString::fromUtf8(*text));
        if (version) {
            findings.gpu.moduleVersion = *version;
            findings.gpu.moduleVersionSource = path;
            return;
        }
    }
}

} // namespace tgs
