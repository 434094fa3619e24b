#pragma once

// Private to core/detect: the detector's scheduler, split by what it probes across
// detector.cpp (the scheduler), detector_gpu.cpp, detector_envs.cpp and detector_toolkits.cpp.

#include <core/detect/detector.h>
#include <core/detect/findings.h>
#include <core/process/processrunner.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace tgs {

namespace detection {

inline const QString kSmi = QStringLiteral("nvidia-smi");
inline const QString kCudaDriver = QStringLiteral("cuda-driver");
inline const QString kConda = QStringLiteral("conda");
inline const QString kPython = QStringLiteral("python");
inline const QString kToolkit = QStringLiteral("cuda-toolkit");
inline const QString kCudnn = QStringLiteral("cudnn");

enum class Phase { Quick, Deep };

} // namespace detection

using namespace detection;

// The scheduler: finds what to probe, runs the probes (as many at once as allowed, within one
// deadline for the whole detection), and files each answer in the findings. What a probe runs and how its output is
// read live in probes/.
class Detector::Private
{
    Q_DECLARE_TR_FUNCTIONS(tgs::Detector)

public:
    explicit Private(Detector *owner)
        : q(owner)
    {}

    const Platform &platform() const { return options.platform; }

    QString canonicalKey(const QString &path) const;

    // `display` replaces the command line in probeStarted() where the real one is unreadable.
    // The probe waits for a free slot, and is not run at all past the deadline.
    void launch(const QString &component, Phase phase, const ProcessSpec &spec,
                std::function<void(const ProcessResult &)> onDone, const QString &display = {});

    struct QueuedProbe
    {
        QString component;
        Phase phase = Phase::Quick;
        ProcessSpec spec;
        std::function<void(const ProcessResult &)> onDone;
        QString display;
    };

    // Starts waiting probes while there are free slots (quick ones first).
    void startQueued();
    void run(QueuedProbe probe);
    void dropQueued();
    // Past the deadline: a problem naming what was stopped and what was not run.
    void reportCutOff();

    void addProblem(const QString &component, const ProbeError &error);

    // ---- GPUs and driver --------------------------------------------------------------------

    void startGpuProbes();

    // Drivers before ~510 reject the compute_cap column: ask again without it.
    void runSmiQuery(const QString &smi, bool withComputeCapability);

    void readKernelModuleVersion();

    // ---- conda -------------------------------------------------------------------------------

    void startConda();

    void startCondaTextFallback();

    void addCondaPrefix(const QString &prefix);

    // ---- Python ------------------------------------------------------------------------------

    void startPythons();

    // The quick and the deep probe of one interpreter start together.
    void probePython(const QString &path, const QString &source, const QStringList &prependPath = {});

    // ---- CUDA toolkits and cuDNN -----------------------------------------------------------------

    void startToolkits();

    bool knownToolkit(const QString &root) const { return toolkitKeys.contains(canonicalKey(root)); }

    void addToolkit(const QString &root, int order = -1);

    // An nvcc found on PATH or in a conda env: first where it really is (a wrapper execs the
    // real one elsewhere), then, unless that is a toolkit already found, its version.
    void probeNvcc(const QString &nvcc, const QString &source);

    void runNvcc(const QString &nvcc, const QString &root, const QString &source, int order);

    void readCudnnHeader(const QString &header);

    // ---- the whole run -------------------------------------------------------------------------

    void answered();

    Detector *q;
    DetectionOptions options;
    QElapsedTimer clock;
    QList<ProcessRunner *> runners;
    QList<QueuedProbe> queuedQuick;
    QList<QueuedProbe> queuedDeep;
    int runningDeep = 0;
    QStringList stoppedAtDeadline;
    QStringList notRun;
    int pendingQuick = 0;
    int pendingDeep = 0;
    int nextOrder = 0;
    bool running = false;
    bool starting = false;
    bool quickReported = false;

    DetectionFindings findings;
    QStringList condaPrefixKeys;
    QStringList probedPythonKeys;
    QStringList toolkitKeys;
    QStringList probedNvccKeys;
    QStringList cudnnHeaderKeys;
};

} // namespace tgs
