#include <core/base/localizedtext.h>
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
    if (allDone)
        reportCutOff();
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
    ++(phase == Phase::Quick ? pendingQuick : pendingDeep);
    (phase == Phase::Quick ? queuedQuick : queuedDeep)
        .append(
            {component, phase, spec, std::move(onDone), display.isEmpty() ? spec.commandLineForDisplay() : display});
    startQueued();
}

void Detector::Private::startQueued()
{
    if (findings.canceled) {
        dropQueued();
        return;
    }
    const int slotCount = qMax(1, options.maxConcurrentProbes);
    const int deepSlots = qMax(1, slotCount / 2);
    while (runners.size() < slotCount) {
        if (!queuedQuick.isEmpty())
            run(queuedQuick.takeFirst());
        else if (!queuedDeep.isEmpty() && runningDeep < deepSlots)
            run(queuedDeep.takeFirst());
        else
            break;
    }
}

void Detector::Private::run(QueuedProbe probe)
{
    bool capped = false;
    if (options.deadlineMs > 0) {
        const qint64 left = options.deadlineMs - clock.elapsed();
        // A probe with less than a quarter second left could not answer anyway: it counts as not run.
        if (left < 250) {
            // Counted down here; whoever led here calls answered().
            notRun.append(probe.display);
            --(probe.phase == Phase::Quick ? pendingQuick : pendingDeep);
            return;
        }
        if (probe.spec.timeoutMs <= 0 || probe.spec.timeoutMs > left) {
            probe.spec.timeoutMs = int(left);
            capped = true;
        }
    }
    auto *runner = new ProcessRunner(q);
    runners.append(runner);
    if (probe.phase == Phase::Deep)
        ++runningDeep;
    emit q->probeStarted(probe.component, probe.display);
    QObject::connect(runner, &ProcessRunner::done, q, [this, runner, probe, capped](const ProcessResult &result) {
        runners.removeOne(runner);
        runner->deleteLater();
        if (probe.phase == Phase::Deep)
            --runningDeep;
        if (capped && result.outcome == Outcome::TimedOut)
            stoppedAtDeadline.append(probe.display);
        if (!findings.canceled)
            probe.onDone(result);
        emit q->probeFinished(probe.component, result.describe());
        --(probe.phase == Phase::Quick ? pendingQuick : pendingDeep);
        startQueued();
        answered();
    });
    runner->start(probe.spec);
}

void Detector::Private::dropQueued()
{
    pendingQuick -= int(queuedQuick.size());
    pendingDeep -= int(queuedDeep.size());
    queuedQuick.clear();
    queuedDeep.clear();
}

void Detector::Private::reportCutOff()
{
    if (stoppedAtDeadline.isEmpty() && notRun.isEmpty())
        return;
    // Named one by one up to a screenful; 300 environments would drown the report.
    const auto list = [](const QStringList &probes) {
        constexpr qsizetype kNamed = 8;
        QString text = listText(probes.mid(0, kNamed));
        if (probes.size() > kNamed)
            text += tr(" and %n more", nullptr, int(probes.size() - kNamed));
        return text;
    };
    QStringList parts;
    if (!stoppedAtDeadline.isEmpty())
        parts << tr("stopped: %1").arg(list(stoppedAtDeadline));
    if (!notRun.isEmpty())
        parts << tr("not run: %1").arg(list(notRun));
    findings.problems.append(
        {QStringLiteral("detection"), ProblemKind::TimedOut,
         tr("Detection reached its overall limit of %n second(s), so what it reports is incomplete (%1). "
            "Run it again when the machine is less busy; a tool that hangs every time is worth checking by hand.",
            nullptr, qMax(1, options.deadlineMs / 1000))
             .arg(parts.join(QStringLiteral("; ")))});
    stoppedAtDeadline.clear();
    notRun.clear();
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
    d->dropQueued();
    const QList<ProcessRunner *> runners = d->runners;
    for (ProcessRunner *runner : runners)
        runner->cancel();
    if (runners.isEmpty())
        d->answered(); // only waiting probes, dropped: nothing else will finish the run
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
