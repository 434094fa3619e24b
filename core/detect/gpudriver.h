#pragma once

#include <core/detect/environment.h>
#include <core/detect/probes/cudadriver.h>
#include <core/detect/probes/nvidiasmi.h>

#include <optional>

namespace tgs {

// What the GPU and driver probes answered; each is empty until its probe has ended.
struct GpuDriverAnswers
{
    bool smiFound = false;
    std::optional<ProbeResult<SmiReport>> smiQuery;
    std::optional<ProbeResult<SmiReport>> smiTable;
    std::optional<ProbeResult<CudaDriverReport>> cudaDriver;
    QString moduleVersion;       // from the kernel module's own files (Linux)
    QString moduleVersionSource; // which file
};

// The GPUs and the driver, each fact from the best source that answered: the query for GPUs
// and the driver version, the table for memory and the driver's CUDA, the kernel module's
// files and cuDriverGetVersion where nvidia-smi could not say. Problems go to `environment`.
void assembleGpusAndDriver(const GpuDriverAnswers &answers, Environment &environment);

} // namespace tgs
