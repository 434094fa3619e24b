#pragma once

#include <core/detect/detector.h>
#include <core/detect/probes/cudadriver.h>

#include <QCoreApplication>

namespace tgs::app {

// Detection as the application runs it: the real platform, and this executable as the
// isolated child that asks the NVIDIA driver for its CUDA version.
inline DetectionOptions defaultDetectionOptions()
{
    DetectionOptions options;
    options.driverProbeProgram = QCoreApplication::applicationFilePath();
    options.driverProbeArguments = {CudaDriverProbe::subcommand()};
    return options;
}

} // namespace tgs::app
