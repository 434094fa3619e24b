#pragma once

#include <core/base/platform.h>
#include <core/detect/environment.h>

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
    // false: the quick phase only, no interpreter imports torch (cuda_available stays unknown).
    bool deep = true;
    // The whole detection, however its probes chain (conda info, then each env's Python): a
    // probe that starts late gets only the time left, one due after the limit is not run, and
    // a Problem of component "detection" names them. About the slowest probe's time-out; 0: none.
    int deadlineMs = 100000;
    // Probes running at once; the rest wait their turn (300 conda envs must not exhaust the
    // file descriptors). The deep phase gets at most half of them: it must not hold up the quick one.
    int maxConcurrentProbes = 8;
};

// Detection in two phases that run side by side. The quick phase answers in a blink: GPUs,
// driver, conda, toolkits, cuDNN headers, and for every Python its version and the torch
// packages read from disk. The deep phase imports torch in every Python and asks CUDA. Every
// probe has its own time-out, and the whole detection a deadline; updated() carries what is known after each answer,
// quickFinished() the quick phase's whole answer, finished() everything.
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
    void updated(const tgs::Environment &environment);
    void quickFinished(const tgs::Environment &environment);
    void finished(const tgs::Environment &environment);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tgs
