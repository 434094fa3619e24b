#pragma once

#include <core/install/failures.h>
#include <core/install/plan.h>
#include <core/process/linesplitter.h>
#include <core/process/processrunner.h>

#include <QFile>
#include <QObject>
#include <QPointer>

#include <optional>

namespace tgs {

class Downloader;

enum class StepState { Pending, Running, Succeeded, Failed, Canceled };

// Runs a plan's steps in order through the process runner (downloads through Downloader),
// streaming every line as it comes. A failed step stops the run and is explained when its
// output holds a known failure; it can be retried, and a run can resume from the first step
// that did not finish. Every run writes a timestamped log (commands, output, outcomes); a write
// that fails is reported through logWriteFailed(), never left to look like a complete log.
class InstallRunner : public QObject
{
    Q_OBJECT

public:
    explicit InstallRunner(QObject *parent = nullptr);
    ~InstallRunner() override;

    void setLogDirectory(const QString &dir) { m_logDir = dir; }
    // Write the log to exactly this file, appending, instead of a new dated one in the log folder.
    void setLogFile(const QString &path) { m_logFile = path; }
    static QString defaultLogDirectory();
    // The environment every child starts from (tests give a fake PATH); unset: ours.
    void setBaseEnvironment(const QMap<QString, QString> &environment) { m_baseEnvironment = environment; }
    // Who reads a recognised failure's advice and which download source the plan uses (see FailureContext).
    void setFailureContext(const FailureContext &context) { m_failureContext = context; }

    bool start(const Plan &plan);
    void retry();  // the failed (or canceled) step again, then the rest
    void resume(); // from the first step that did not succeed
    void cancel();

    bool isRunning() const { return m_running; }
    const Plan &plan() const { return m_plan; }
    QList<StepState> states() const { return m_states; }
    QString logPath() const { return m_log.fileName(); }
    // Why the log stopped being written (a full disk, a removed folder), or empty while it is complete.
    QString logError() const { return m_logError; }
    std::optional<KnownFailure> lastFailure() const { return m_lastFailure; }

signals:
    void stepStarted(int index, const QString &commandLine);
    void outputLine(int index, const tgs::OutputLine &line);
    void downloadProgress(int index, qint64 received, qint64 total);
    void stepFinished(int index, tgs::StepState state, const QString &summary);
    void failureRecognized(int index, const tgs::KnownFailure &failure);
    // The log could not be written (once a run): it ends there; the run goes on and still reports its outcome.
    void logWriteFailed(const QString &message);
    void finished(bool succeeded);

private:
    void runFrom(int index);
    void runStep(int index);
    void stepDone(int index, StepState state, const QString &summary, const QString &output);
    void log(const QString &line);
    ProcessSpec specFor(const PlanStep &step) const;

    Plan m_plan;
    QList<StepState> m_states;
    QString m_logDir;
    QString m_logFile;
    QFile m_log;
    QString m_logError;
    std::optional<QMap<QString, QString>> m_baseEnvironment;
    QPointer<ProcessRunner> m_process;
    QPointer<Downloader> m_download;
    std::optional<KnownFailure> m_lastFailure;
    FailureContext m_failureContext;
    int m_current = -1;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace tgs
