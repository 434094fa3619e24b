#include <core/detect/detector_p.h>

#include <core/detect/locations.h>

#include <QEventLoop>
#include <QFileInfo>

namespace tgs {

QString Detector::Private::canonicalKey(const QString &path) const
{
    return Locations::canonicalKey(platform().os, path);
}

void Detector::Private::addProblem(const QString &component, const ProbeError &error)
{
    findings.problems.append({component, error.kind, error.message});
}

void Detector::Private::answered()
{
    if (starting || !running)
        return;
    const bool quickDone = pendingQuick == 0;
    const bool allDone = quickDone && pendingDeep == 0;
    Environment env = findings.assemble(allDone);
    env.elapsedMs = clock.elapsed();
    if (!allDone)
        emit q->updated(env);
    if (quickDone && !quickReported) {
        quickReported = true;
        emit q->quickFinished(env);
    }
    if (allDone) {
        running = false;
        emit q->updated(env);
        emit q->finished(env);
    }
}

void Detector::Private::launch(const QString &component, Phase phase, const ProcessSpec &spec,
                               std::function<void(const ProcessResult &)> onDone, const QString &display)
{
    auto *runner = new ProcessRunner(q);
    runners.append(runner);
    ++(phase == Phase::Quick ? pendingQuick : pendingDeep);
    emit q->probeStarted(component, display.isEmpty() ? spec.commandLineForDisplay() : display);
    QObject::connect(runner, &ProcessRunner::done, q,
                     [this, runner, component, phase, onDone](const ProcessResult &result) {
                         runners.removeOne(runner);
                         runner->deleteLater();
                         if (!findings.canceled)
                             onDone(result);
                         emit q->probeFinished(component, result.describe());
                         --(phase == Phase::Quick ? pendingQuick : pendingDeep);
                         answered();
                     });
    runner->start(spec);
}

Detector::Detector(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

Detector::~Detector()
{
    // Runners are our children: deleting them ends their process trees.
    d->findings.canceled = true;
}

void Detector::start(const DetectionOptions &options)
{
    Q_ASSERT(!d->running);
    d = std::make_unique<Private>(this);
    d->options = options;
    d->findings.os = options.platform.os;
    d->running = true;
    d->starting = true;
    d->clock.start();

    d->startGpuProbes();
    d->startConda();
    d->startPythons();
    d->startToolkits();

    d->starting = false;
    d->answered();
}

void Detector::cancel()
{
    if (!d->running)
        return;
    d->findings.canceled = true;
    const QList<ProcessRunner *> runners = d->runners;
    for (ProcessRunner *runner : runners)
        runner->cancel();
}

bool Detector::isRunning() const
{
    return d->running;
}

Environment Detector::detect(const DetectionOptions &options)
{
    Detector detector;
    Environment result;
    QEventLoop loop;
    connect(&detector, &Detector::finished, &loop, [&](const Environment &environment) {
        result = environment;
        loop.quit();
    });
    detector.start(options);
    if (detector.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace tgs
