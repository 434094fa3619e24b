#include <core/install/installrunner.h>

#include <core/install/downloader.h>

#include <QDateTime>
#include <QDir>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace tgs {

InstallRunner::InstallRunner(QObject *parent)
    : QObject(parent)
    , m_logDir(defaultLogDirectory())
{}

InstallRunner::~InstallRunner()
{
    // Children end with their ProcessRunner / Downloader parents.
    m_canceled = true;
}

QString InstallRunner::defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

bool InstallRunner::start(const Plan &plan)
{
    if (m_running)
        return false;
    m_plan = plan;
    m_states = QList<StepState>(plan.steps.size(), StepState::Pending);
    m_lastFailure.reset();
    if (m_log.isOpen())
        m_log.close();
    m_logError.clear();
    if (m_logFile.isEmpty()) {
        QDir().mkpath(m_logDir);
        m_log.setFileName(QDir(m_logDir).filePath(
            QStringLiteral("install-%1.log")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
    } else {
        m_log.setFileName(m_logFile);
    }
    if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    log(QStringLiteral("# TorchGPU Setup install log, %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)));
    log(QStringLiteral("# route %1, environment %2, %3 steps")
            .arg(routeId(plan.route), plan.envName)
            .arg(plan.steps.size()));
    runFrom(0);
    return true;
}

void InstallRunner::retry()
{
    if (m_running)
        return;
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i) == StepState::Failed || m_states.at(i) == StepState::Canceled) {
            log(QStringLiteral("# retry from step %1").arg(i + 1));
            runFrom(i);
            return;
        }
    }
}

void InstallRunner::resume()
{
    if (m_running)
        return;
    for (int i = 0; i < m_states.size(); ++i) {
        if (m_states.at(i) != StepState::Succeeded) {
            log(QStringLiteral("# resume from step %1").arg(i + 1));
            runFrom(i);
            return;
        }
    }
    emit finished(true);
}

void InstallRunner::cancel()
{
    if (!m_running)
        return;
    m_canceled = true;
    log(QStringLiteral("# cancel requested"));
    if (m_process)
        m_process->cancel();
    if (m_download)
        m_download->cancel();
}

void InstallRunner::runFrom(int index)
{
    m_running = true;
    m_canceled = false;
    m_lastFailure.reset();
    runStep(index);
}

ProcessSpec InstallRunner::specFor(const PlanStep &step) const
{
    ProcessSpec spec;
    spec.program = step.program;
    spec.arguments = step.arguments;
    spec.environment = m_baseEnvironment;
    // A PYTHONPATH or PYTHONHOME meant for another Python breaks the new environment's.
    spec.unsetEnvironment = {QStringLiteral("PYTHONPATH"), QStringLiteral("PYTHONHOME")};
    for (auto it = step.environment.cbegin(); it != step.environment.cend(); ++it)
        spec.setEnvironment.insert(it.key(), it.value());
    if (step.pythonChild)
        spec.asPythonChild();
    spec.timeoutMs = step.timeoutMs;
    spec.killGraceMs = 5000;
    spec.verbatimArguments = step.verbatimArguments;
    return spec;
}

void InstallRunner::runStep(int index)
{
    if (index >= m_plan.steps.size()) {
        m_running = false;
        log(QStringLiteral("# all steps succeeded"));
        emit finished(true);
        return;
    }
    m_current = index;
    m_states[index] = StepState::Running;
    const PlanStep &step = m_plan.steps.at(index);
    const QString shown = renderStep(step, Shell::Posix);
    log(QStringLiteral("== step %1/%2 %3: %4").arg(index + 1).arg(m_plan.steps.size()).arg(step.id, step.title));
    log(QStringLiteral("$ ") + shown);
    emit stepStarted(index, shown);

    if (step.kind == PlanStep::Kind::Download) {
        auto *download = new Downloader(this);
        m_download = download;
        connect(download, &Downloader::progress, this,
                [this, index](qint64 received, qint64 total) { emit downloadProgress(index, received, total); });
        connect(download, &Downloader::message, this, [this, index](const QString &text) {
            log(QStringLiteral("[out] ") + text);
            emit outputLine(index, {text, false});
        });
        connect(download, &Downloader::finished, this, [this, index, download](bool ok, const QString &message) {
            download->deleteLater();
            log(QStringLiteral("[out] ") + message);
            emit outputLine(index, {message, false});
            stepDone(index, ok ? StepState::Succeeded : (m_canceled ? StepState::Canceled : StepState::Failed), message,
                     QString());
        });
        download->start(QStringList{step.url} + step.fallbackUrls, step.sha256, step.destination);
        return;
    }

    auto *process = new ProcessRunner(this);
    m_process = process;
    connect(process, &ProcessRunner::outputLine, this, [this, index](Channel channel, const OutputLine &line) {
        if (!line.progress)
            log((channel == Channel::StdOut ? QStringLiteral("[out] ") : QStringLiteral("[err] ")) + line.text);
        emit outputLine(index, line);
    });
    connect(process, &ProcessRunner::done, this, [this, index, process](const ProcessResult &result) {
        process->deleteLater();
        const StepState state = result.succeeded()                    ? StepState::Succeeded
                                : result.outcome == Outcome::Canceled ? StepState::Canceled
                                                                      : StepState::Failed;
        stepDone(index, state, result.describe(), result.stdOut + u'\n' + result.stdErr);
    });
    process->start(specFor(step));
}

void InstallRunner::stepDone(int index, StepState state, const QString &summary, const QString &output)
{
    m_states[index] = state;
    log(QStringLiteral("-> %1").arg(summary));
    if (state == StepState::Failed) {
        m_lastFailure = FailureRecognizer::recognize(output, m_failureContext);
        if (m_lastFailure) {
            log(QStringLiteral("# recognised: %1 — %2 %3")
                    .arg(m_lastFailure->id, m_lastFailure->title, m_lastFailure->advice));
            emit failureRecognized(index, *m_lastFailure);
        }
    }
    emit stepFinished(index, state, summary);
    if (state == StepState::Succeeded && !m_canceled) {
        runStep(index + 1);
        return;
    }
    m_running = false;
    log(state == StepState::Canceled || m_canceled ? QStringLiteral("# canceled")
                                                   : QStringLiteral("# stopped: step %1 failed").arg(index + 1));
    emit finished(false);
}

void InstallRunner::log(const QString &line)
{
    if (!m_log.isOpen() || !m_logError.isEmpty())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_log.write(bytes) == bytes.size() && m_log.flush())
        return;
    // Written no further: a log with a hole in the middle would mislead more than one that stops where it says.
    m_logError = tr("The install log %1 could not be written (%2): it ends before this point. The installation "
                    "goes on; its outcome is shown here.")
                     .arg(QDir::toNativeSeparators(m_log.fileName()), m_log.errorString());
    m_log.close();
    emit logWriteFailed(m_logError);
}

} // namespace tgs
