#pragma once

#include <core/detect/environment.h>
#include <core/base/platform.h>

#include <QObject>
#include <QString>

#include <memory>

namespace tgs {

struct DetectionTimeouts
{
    int nvidiaSmiMs = 15000;
    int cudaDriverMs = 15000;
    int condaMs = 60000;
    int pythonMs = 90000; // importing a CUDA torch cold on Windows can take a long while
    int nvccMs = 15000;
};

struct DetectionOptions
{
    Platform platform = Platform::current();
    DetectionTimeouts timeouts;
    // The program and arguments that run CudaDriverProbe in a child process (normally this
    // executable with --probe-cuda-driver); empty skips asking the driver directly.
    QString driverProbeProgram;
    QStringList driverProbeArguments;
};

// Runs every probe at once, each with its own time-out, and emits finished() with what was
// found once the last one has answered: detection takes about as long as its slowest probe.
// Probes whose inputs come from another probe (Pythons of conda environments listed by
// `conda info`) start as soon as that answer arrives; environments found on disk start at once.
class Detector : public QObject
{
    Q_OBJECT

public:
    explicit Detector(QObject *parent = nullptr);
    ~Detector() override;

    void start(const DetectionOptions &options);
    void cancel();
    bool isRunning() const;

    // Blocking convenience for the command line.
    static Environment detect(const DetectionOptions &options);

signals:
    void probeStarted(const QString &component, const QString &commandLine);
    void probeFinished(const QString &component, const QString &summary);
    void finished(const tgs::Environment &environment);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tgs
