// The CUDA toolkit's texts (CudaToolsParser): `nvcc --version`, `nvcc --dryrun`, version.json / version.txt, the cuDNN
// headers, /proc/driver/nvidia/version and /sys/module/nvidia/version, and the driver probe's one line
// (CudaDriverProbe::parseOutput). Every parser reads every input: the seeds (tests/fixtures/nvcc, nvcc-dryrun,
// cuda-version-file, cudnn-header, proc-driver-version) are each one parser's.

#include "fuzzinput.h"

#include <core/detect/probes/cudadriver.h>
#include <core/detect/probes/cudatools.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using tgs::CudaToolsParser;
    const QString text = tgs::fuzz::text(data, size);
    (void)CudaToolsParser::parseNvccVersion(text);
    (void)CudaToolsParser::parseNvccHere(text);
    (void)CudaToolsParser::parseVersionJson(tgs::fuzz::bytes(data, size));
    (void)CudaToolsParser::parseVersionTxt(text);
    (void)CudaToolsParser::parseCudnnHeader(text);
    (void)CudaToolsParser::parseProcDriverVersion(text);
    (void)CudaToolsParser::parseSysModuleVersion(text);
    if (const auto driver = tgs::CudaDriverProbe::parseOutput(text))
        (void)driver->cudaVersion();
    return 0;
}
