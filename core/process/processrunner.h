#pragma once

#include <core/process/linesplitter.h>
#include <core/process/textdecoder.h>

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tgs {

// The closed set of ways a child can end.
enum class Outcome { Succeeded, ExitCode, Crashed, FailedToStart, TimedOut, Canceled };
enum class Channel { StdOut, StdErr };

QString outcomeId(Outcome outcome);

// Everything needed to run one external program. The program and its arguments form an argv
// list that is never joined into a shell string.
struct ProcessSpec
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    // The whole environment of the child; unset means "inherit ours".
    std::optional<QMap<QString, QString>> environment;
    QMap<QString, QString> setEnvironment;
    QStringList unsetEnvironment;
    TextEncoding encoding = TextEncoding::system();
    int timeoutMs = 0; // 0: no time limit
    // Windows only: pass the arguments to the program exactly as written, unquoted (an NSIS
    // installer's /D=C:\path with spaces must reach it that way). Ignored elsewhere.
    bool verbatimArguments = false;
    int killGraceMs = 3000;
    // ProcessResult keeps at most this many characters of each stream, the newest, from the start of a line (a
    // failure is read from the end);
    // every line still goes through outputLine(). A tool that prints without end cannot fill the memory.
    qsizetype transcriptLimit = 8 * 1024 * 1024;

    // Probes read tool output in English whatever the user's UI language is.
    ProcessSpec &withEnglishLocale();
    // Python children write UTF-8, unbuffered, whatever the console code page is.
    ProcessSpec &asPythonChild();

    QString commandLineForDisplay() const;
};

struct ProcessResult
{
    Outcome outcome = Outcome::FailedToStart;
    int exitCode = -1;
    QString stdOut; // the newest ProcessSpec::transcriptLimit characters, after a marker if more were printed
    QString stdErr;
    qint64 durationMs = 0;
    QString errorString; // why it failed to start, timed out or crashed, in words
    QString program;
    QStringList arguments;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // A one-line account of how it ended, translated, for logs and messages.
    QString describe() const;
};

// The only place in the project that touches QProcess. Asynchronous: lines arrive through
// outputLine() as they are framed, and done() is emitted exactly once for every start(),
// whether the program ran, crashed, could not start, timed out or was canceled. Time-outs and
// cancel end the whole process tree (terminated, then killed after a grace period); when the
// child ends, what it left running ends too, and all of it dies with this program even on
// SIGKILL (see ProcessTree for how, on Linux and Windows).
class ProcessRunner : public QObject
{
    Q_OBJECT

public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    void start(const ProcessSpec &spec);
    void cancel();
    bool isRunning() const;
    qint64 processId() const;

    // Blocking convenience for short probes: runs a local event loop until done.
    static ProcessResult run(const ProcessSpec &spec);
    // Cancels every runner of this program that is running (each ends its whole process tree): what Ctrl+C or a
    // closed terminal does to a command that is still detecting or checking. Main thread only.
    static void cancelAll();

signals:
    void outputLine(tgs::Channel channel, const tgs::OutputLine &line);
    void done(const tgs::ProcessResult &result);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace tgs
