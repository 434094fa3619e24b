#include <core/process/processrunner.h>

#include <core/process/processtree.h>

#include <QSet>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <unistd.h>
#endif

namespace tgs {

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::ExitCode:
        return QStringLiteral("exit_code");
    case Outcome::Crashed:
        return QStringLiteral("crashed");
    case Outcome::FailedToStart:
        return QStringLiteral("failed_to_start");
    case Outcome::TimedOut:
        return QStringLiteral("timed_out");
    case Outcome::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

ProcessSpec &ProcessSpec::withEnglishLocale()
{
    setEnvironment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    setEnvironment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    unsetEnvironment.append(QStringLiteral("LANGUAGE"));
    return *this;
}

ProcessSpec &ProcessSpec::asPythonChild()
{
    setEnvironment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    setEnvironment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    encoding = TextEncoding::utf8();
    return *this;
}

QString ProcessSpec::commandLineForDisplay() const
{
    QStringList parts{program};
    for (const QString &argument : arguments) {
        if (argument.isEmpty() || argument.contains(u' ') || argument.contains(u'"'))
            parts.append(u'"' + QString(argument).replace(u'"', QStringLiteral("\\\"")) + u'"');
        else
            parts.append(argument);
    }
    return parts.join(u' ');
}

QString ProcessResult::describe() const
{
    switch (outcome) {
    case Outcome::Succeeded:
        return ProcessRunner::tr("%1 finished successfully.").arg(program);
    case Outcome::ExitCode:
        return ProcessRunner::tr("%1 exited with code %2.").arg(program).arg(exitCode);
    case Outcome::Crashed:
        return ProcessRunner::tr("%1 crashed.").arg(program);
    case Outcome::FailedToStart:
        return ProcessRunner::tr("%1 could not be started: %2").arg(program, errorString);
    case Outcome::TimedOut:
        return ProcessRunner::tr("%1 did not finish within %2 seconds and was stopped.")
            .arg(program)
            .arg(durationMs / 1000.0, 0, 'f', 1);
    case Outcome::Canceled:
        return ProcessRunner::tr("%1 was canceled.").arg(program);
    }
    return {};
}

namespace {

QProcessEnvironment buildEnvironment(const ProcessSpec &spec)
{
    QProcessEnvironment environment;
    if (spec.environment) {
        for (auto it = spec.environment->cbegin(); it != spec.environment->cend(); ++it)
            environment.insert(it.key(), it.value());
    } else {
        environment = QProcessEnvironment::systemEnvironment();
    }
    for (const QString &name : spec.unsetEnvironment)
        environment.remove(name);
    for (auto it = spec.setEnvironment.cbegin(); it != spec.setEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

} // namespace

class ProcessRunner::Private
{
public:
    explicit Private(ProcessRunner *owner)
        : q(owner)
    {}

    void readChannel(Channel channel)
    {
        const QByteArray bytes
            = channel == Channel::StdOut ? process->readAllStandardOutput() : process->readAllStandardError();
        if (bytes.isEmpty())
            return;
        LineSplitter &splitter = channel == Channel::StdOut ? outSplitter : errSplitter;
        emitLines(channel, splitter.feed(bytes));
    }

    void emitLines(Channel channel, const QList<OutputLine> &lines)
    {
        QString &transcript = channel == Channel::StdOut ? result.stdOut : result.stdErr;
        qsizetype &dropped = channel == Channel::StdOut ? droppedOut : droppedErr;
        for (const OutputLine &line : lines) {
            // The transcript keeps only the last state of a progress line, as a terminal shows it.
            if (!line.progress)
                transcript += line.text + u'\n';
            emit q->outputLine(channel, line);
        }
        // Cut to the limit once it is exceeded twice over: each character is moved at most once on average.
        const qsizetype limit = qMax<qsizetype>(spec.transcriptLimit, 1);
        if (transcript.size() > 2 * limit)
            dropFront(transcript, dropped, transcript.size() - limit);
    }

    // Removes at least `count` characters from the front, up to the end of a line where one ends soon after, so
    // that the transcript starts with a whole line (and never in the middle of a surrogate pair).
    static void dropFront(QString &transcript, qsizetype &dropped, qsizetype count)
    {
        const qsizetype lineEnd = transcript.indexOf(u'\n', count - 1);
        if (lineEnd >= 0 && lineEnd < transcript.size() - 1 && lineEnd - count < 4096)
            count = lineEnd + 1;
        else if (count < transcript.size() && transcript.at(count).isLowSurrogate())
            ++count;
        dropped += count;
        transcript.remove(0, count);
    }

    // At the end: the limit exactly, and a first line that says what is missing.
    void closeTranscript(QString &transcript, qsizetype dropped)
    {
        const qsizetype limit = qMax<qsizetype>(spec.transcriptLimit, 1);
        if (transcript.size() > limit)
            dropFront(transcript, dropped, transcript.size() - limit);
        if (dropped > 0)
            transcript.prepend(ProcessRunner::tr("[… the first %1 characters of the output were not kept]").arg(dropped)
                               + u'\n');
    }

    void stop(Outcome reason)
    {
        if (!process || finished || stopReason)
            return;
        stopReason = reason;
        tree.terminate();
        process->terminate();
        killTimer.start(spec.killGraceMs);
    }

    void finish(Outcome outcome)
    {
        if (finished)
            return;
        finished = true;
        timeoutTimer.stop();
        killTimer.stop();
        if (process) {
            readChannel(Channel::StdOut);
            readChannel(Channel::StdErr);
        }
        emitLines(Channel::StdOut, outSplitter.finish());
        emitLines(Channel::StdErr, errSplitter.finish());
        closeTranscript(result.stdOut, droppedOut);
        closeTranscript(result.stdErr, droppedErr);
        tree.release(); // what the child left behind: grandchildren, background children, daemons
        result.outcome = stopReason ? *stopReason : outcome;
        result.durationMs = clock.elapsed();
        if (result.outcome == Outcome::TimedOut && result.errorString.isEmpty())
            result.errorString = ProcessRunner::tr("Timed out after %1 ms.").arg(spec.timeoutMs);
        if (process) {
            process->disconnect(q);
            process->deleteLater();
            process = nullptr;
        }
        emit q->done(result);
    }

    ProcessRunner *q;
    QPointer<QProcess> process;
    ProcessSpec spec;
    ProcessResult result;
    ProcessTree tree;
    LineSplitter outSplitter;
    LineSplitter errSplitter;
    QElapsedTimer clock;
    QTimer timeoutTimer;
    QTimer killTimer;
    std::optional<Outcome> stopReason;
    qsizetype droppedOut = 0; // characters cut from the front of the transcripts
    qsizetype droppedErr = 0;
    bool finished = true;
#ifdef Q_OS_WIN
    // Filled by CreateProcess (the child is created suspended), read in started().
    PROCESS_INFORMATION *startInfo = nullptr;
#endif
};

namespace {
// Every runner alive in this program (they live on the main thread): for cancelAll().
QSet<ProcessRunner *> &allRunners()
{
    static QSet<ProcessRunner *> runners;
    return runners;
}
} // namespace

void ProcessRunner::cancelAll()
{
    const QSet<ProcessRunner *> runners = allRunners();
    for (ProcessRunner *runner : runners) {
        if (allRunners().contains(runner) && runner->isRunning())
            runner->cancel();
    }
}

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    allRunners().insert(this);
    d->timeoutTimer.setSingleShot(true);
    d->killTimer.setSingleShot(true);
    connect(&d->timeoutTimer, &QTimer::timeout, this, [this] { d->stop(Outcome::TimedOut); });
    connect(&d->killTimer, &QTimer::timeout, this, [this] {
        d->tree.kill();
        if (d->process)
            d->process->kill();
    });
}

ProcessRunner::~ProcessRunner()
{
    allRunners().remove(this);
    if (d->process && !d->finished) {
        d->process->disconnect(this);
        d->tree.kill();
        d->process->kill();
        d->process->waitForFinished(2000);
    }
}

void ProcessRunner::start(const ProcessSpec &spec)
{
    Q_ASSERT(!isRunning());
    d->spec = spec;
    d->result = ProcessResult{};
    d->droppedOut = d->droppedErr = 0;
    d->result.program = spec.program;
    d->result.arguments = spec.arguments;
    d->outSplitter = LineSplitter(spec.encoding);
    d->errSplitter = LineSplitter(spec.encoding);
    d->stopReason.reset();
    d->finished = false;
    d->clock.start();

    auto *process = new QProcess(this);
    d->process = process;
    process->setProgram(spec.program);
    process->setArguments(spec.arguments);
#ifdef Q_OS_WIN
    if (spec.verbatimArguments) {
        process->setArguments({});
        process->setNativeArguments(spec.arguments.join(u' '));
    }
#endif
    if (!spec.workingDirectory.isEmpty())
        process->setWorkingDirectory(spec.workingDirectory);
    QProcessEnvironment environment = buildEnvironment(spec);
    const QString mark = d->tree.prepare();
    if (!mark.isEmpty())
        environment.insert(ProcessTree::markVariable(), mark);
    process->setProcessEnvironment(environment);
    // Nothing we run may sit waiting for keyboard input that will never come.
    process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_WIN
    // Suspended until it is in its job object: nothing it starts may run outside the job.
    d->startInfo = nullptr;
    process->setCreateProcessArgumentsModifier([this](QProcess::CreateProcessArguments *arguments) {
        arguments->flags |= CREATE_SUSPENDED;
        d->startInfo = arguments->processInformation;
    });
#else
    const qint64 parent = ::getpid();
    process->setChildProcessModifier([parent] { ProcessTree::setUpChild(parent); });
#endif

    connect(process, &QProcess::readyReadStandardOutput, this, [this] { d->readChannel(Channel::StdOut); });
    connect(process, &QProcess::readyReadStandardError, this, [this] { d->readChannel(Channel::StdErr); });
    // Emitted inside start(), while Qt still holds the new process's information.
    connect(process, &QProcess::started, this, [this] {
#ifdef Q_OS_WIN
        d->tree.adopt(d->process->processId(), d->startInfo ? d->startInfo->hThread : nullptr);
        d->startInfo = nullptr;
#else
        d->tree.adopt(d->process->processId());
#endif
    });
    // On Qt 6.4 a program that cannot start reports errorOccurred and never finished.
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        d->result.errorString = d->process->errorString();
        d->finish(Outcome::FailedToStart);
    });
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        d->result.exitCode = exitCode;
        if (status == QProcess::CrashExit) {
            d->result.errorString = d->process->errorString();
            d->finish(Outcome::Crashed);
        } else {
            d->finish(exitCode == 0 ? Outcome::Succeeded : Outcome::ExitCode);
        }
    });

    if (spec.program.isEmpty()) {
        d->result.errorString = tr("No program was given.");
        QTimer::singleShot(0, this, [this] { d->finish(Outcome::FailedToStart); });
        return;
    }
    if (spec.timeoutMs > 0)
        d->timeoutTimer.start(spec.timeoutMs);
    process->start();
}

void ProcessRunner::cancel()
{
    d->stop(Outcome::Canceled);
}

bool ProcessRunner::isRunning() const
{
    return !d->finished;
}

qint64 ProcessRunner::processId() const
{
    return d->process ? d->process->processId() : 0;
}

ProcessResult ProcessRunner::run(const ProcessSpec &spec)
{
    ProcessRunner runner;
    ProcessResult result;
    QEventLoop loop;
    connect(&runner, &ProcessRunner::done, &loop, [&](const ProcessResult &r) {
        result = r;
        loop.quit();
    });
    runner.start(spec);
    if (runner.isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace tgs
