// The install runner against fake conda / python / installer programs on a fake PATH that
// record their argv and can fail, hang, print megabytes or print real error texts.
#include <core/install/installrunner.h>
#include <faketools.h>
#include <tinyhttpserver.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;

namespace {

PlanStep command(const QString &id, const QString &program, const QStringList &args)
{
    PlanStep step;
    step.id = id;
    step.title = id;
    step.program = program;
    step.arguments = args;
    return step;
}

QString readLog(const InstallRunner &runner)
{
    // The log is a text file: "\r\n" line ends on Windows.
    QFile file(runner.logPath());
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

using testprocess::alive;
using testprocess::pidFrom;

struct Run
{
    bool ok = false;
};

bool runToEnd(InstallRunner &runner, const std::function<void()> &kick)
{
    QSignalSpy finished(&runner, &InstallRunner::finished);
    kick();
    if (!finished.wait(60000))
        qFatal("the run did not finish");
    return finished.first().first().toBool();
}

} // namespace

class TestInstallRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<StepState>(); }
    void stepsRunInOrderAndAreLogged();
    void failureStopsAndIsExplained();
    void retryRunsTheFailedStepAgain();
    void resumeStartsAtTheFirstUnfinishedStep();
    void cancelLeavesNoProcessBehind();
    void megabytesOfOutput();
    void badDownloadIsNeverRun();
    void goodDownloadThenInstall();
    void pythonPathIsCleared();
    void logWriteFailureIsReported();
    void cancelReachesADaemonOfTheStep();
};

void TestInstallRunner::stepsRunInOrderAndAreLogged()
{
    FakeTools tools;
    const QString conda
        = tools.addTool(QStringLiteral("conda"),
                        {{"create*", "Collecting package metadata (repodata.json): done\nSolving environment: done\n"},
                         {"run*", "Successfully installed torch-2.5.1+cu124\n"}});
    Plan plan;
    plan.route = tgs::Route::Pip;
    plan.envName = QStringLiteral("gpu");
    plan.steps << command("create-env", conda, {"create", "-n", "gpu", "python=3.11", "-y"})
               << command(
                      "install-pytorch", conda,
                      {"run", "--no-capture-output", "-n", "gpu", "python", "-m", "pip", "install", "torch==2.5.1"});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    runner.setBaseEnvironment(tools.platform().environment);
    QStringList lines;
    QList<int> started;
    connect(&runner, &InstallRunner::outputLine, this, [&lines](int, const OutputLine &line) { lines << line.text; });
    connect(&runner, &InstallRunner::stepStarted, this, [&started](int index, const QString &) { started << index; });
    QVERIFY(runToEnd(runner, [&] { QVERIFY(runner.start(plan)); }));
    QCOMPARE(started, (QList<int>{0, 1}));
    QCOMPARE(tools.calls(conda), (QStringList{"create -n gpu python=3.11 -y",
                                              "run --no-capture-output -n gpu python -m pip install torch==2.5.1"}));
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Succeeded, StepState::Succeeded}));
    QVERIFY(lines.contains("Solving environment: done"));
    const QString log = readLog(runner);
    QVERIFY(runner.logPath().startsWith(logs.path()));
    QVERIFY2(log.contains("$ " + conda + " create -n gpu python=3.11 -y"), qPrintable(log));
    QVERIFY(log.contains("[out] Successfully installed torch-2.5.1+cu124"));
    QVERIFY(log.contains("# all steps succeeded"));
}

void TestInstallRunner::failureStopsAndIsExplained()
{
    FakeTools tools;
    const QString conda
        = tools.addTool(QStringLiteral("conda"),
                        {{"create*", "done\n"},
                         {"install*",
                          {},
                          FakeTools::fixture("install-errors/conda-packages-not-found-pytorch-cuda-12.1-linux.txt"),
                          1}});
    const QString never = tools.addTool(QStringLiteral("never"), {{"*", "should not run\n"}});
    Plan plan;
    plan.steps << command("create-env", conda, {"create", "-n", "x", "-y"})
               << command("install-pytorch", conda, {"install", "-n", "x", "pytorch", "-y"})
               << command("after", never, {});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QSignalSpy recognised(&runner, &InstallRunner::failureRecognized);
    QVERIFY(!runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Succeeded, StepState::Failed, StepState::Pending}));
    QVERIFY(tools.calls(never).isEmpty());
    QCOMPARE(recognised.count(), 1);
    QVERIFY(runner.lastFailure());
    QCOMPARE(runner.lastFailure()->id, QStringLiteral("conda_packages_not_found"));
    QVERIFY(!runner.lastFailure()->advice.isEmpty());
    const QString log = readLog(runner);
    QVERIFY(log.contains("# recognised: conda_packages_not_found"));
    QVERIFY(log.contains("# stopped: step 2 failed"));
    QVERIFY(log.contains("[err] PackagesNotFoundError"));
}

void TestInstallRunner::retryRunsTheFailedStepAgain()
{
    FakeTools tools;
    // Fails the first time with pip's real network error, works the second time.
    const QString marker = tools.root() + "/tried-once";
    const QString flaky = tools.addTool(
        QStringLiteral("flaky"),
        {FakeResponse("*", "Successfully installed torch\n").ifExists(marker),
         FakeResponse("*", {}, FakeTools::fixture("install-errors/pip-retry-network-unreachable-linux.txt"), 1)
             .touching(marker)});
    const QString conda = tools.addTool(QStringLiteral("conda"), {{"*", "done\n"}});
    Plan plan;
    plan.steps << command("create-env", conda, {"create"}) << command("install-pytorch", flaky, {"install"});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QVERIFY(!runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(runner.lastFailure()->id, QStringLiteral("pip_network"));
    QVERIFY(runToEnd(runner, [&] { runner.retry(); }));
    QCOMPARE(tools.calls(conda).size(), 1); // the step that worked is not run again
    QCOMPARE(tools.calls(flaky).size(), 2);
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Succeeded, StepState::Succeeded}));
    QVERIFY(readLog(runner).contains("# retry from step 2"));
}

void TestInstallRunner::resumeStartsAtTheFirstUnfinishedStep()
{
    FakeTools tools;
    const QString ok = tools.addTool(QStringLiteral("ok"), {{"*", "fine\n"}});
    const QString needsFile
        = tools.addTool(QStringLiteral("needs-file"), {FakeResponse("*", "ready\n").ifExists(tools.root() + "/ready"),
                                                       FakeResponse("*", {}, "not ready\n", 3)});
    Plan plan;
    plan.steps << command("one", ok, {"1"}) << command("two", needsFile, {"2"}) << command("three", ok, {"3"});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QVERIFY(!runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(runner.states().at(1), StepState::Failed);
    tools.writeFile("ready", "");
    QVERIFY(runToEnd(runner, [&] { runner.resume(); }));
    QCOMPARE(tools.calls(ok), (QStringList{"1", "3"}));
    QCOMPARE(tools.calls(needsFile).size(), 2);
}

void TestInstallRunner::cancelLeavesNoProcessBehind()
{
    FakeTools tools;
    // A "conda" that starts a child (as conda starts pip) and waits for it.
    const QString hang = tools.addTool(QStringLiteral("hang"), {FakeResponse("*", "started\n")
                                                                    .writingPid(tools.root() + "/parent.pid")
                                                                    .withSleepingChild(tools.root() + "/child.pid")});
    Plan plan;
    plan.steps << command("install-pytorch", hang, {});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QSignalSpy lines(&runner, &InstallRunner::outputLine);
    QSignalSpy finished(&runner, &InstallRunner::finished);
    runner.start(plan);
    QTRY_VERIFY_WITH_TIMEOUT(lines.count() >= 1, 10000);
    const qint64 parent = pidFrom(tools.root() + "/parent.pid");
    const qint64 child = pidFrom(tools.root() + "/child.pid");
    QVERIFY(alive(parent) && alive(child));
    runner.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(runner.states().first(), StepState::Canceled);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(parent) && !alive(child), 10000);
    QVERIFY(readLog(runner).contains("# canceled"));
}

void TestInstallRunner::megabytesOfOutput()
{
    FakeTools tools;
    QByteArray big;
    for (int i = 0; i < 60000; ++i)
        big += "Downloading nvidia_cudnn_cu12-9.1.0.70-py3-none-manylinux2014_x86_64.whl chunk " + QByteArray::number(i)
               + "\n";
    const QString pip = tools.addTool(QStringLiteral("pip"), {{"*", big}});
    Plan plan;
    plan.steps << command("install-pytorch", pip, {"install"});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    int count = 0;
    connect(&runner, &InstallRunner::outputLine, this, [&count](int, const OutputLine &) { ++count; });
    QVERIFY(runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(count, 60000);
    const QString log = readLog(runner);
    QVERIFY(log.size() > big.size());
    QVERIFY(log.contains("chunk 59999\n"));
}

void TestInstallRunner::badDownloadIsNeverRun()
{
    FakeTools tools;
    TinyHttpServer server;
    server.routes.insert("/Miniforge3.sh", {"#!/bin/sh\necho a tampered installer\n"});
    const QString installer = tools.addTool(QStringLiteral("installer"), {FakeResponse("*", "installed\n")});
    Plan plan;
    PlanStep download;
    download.id = "download-miniforge";
    download.kind = PlanStep::Kind::Download;
    download.url = server.url("/Miniforge3.sh").toString();
    download.sha256 = QString(64, u'0');
    download.destination = tools.root() + "/dl/Miniforge3.sh";
    plan.steps << download << command("install-miniforge", installer, {download.destination});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QVERIFY(!runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Failed, StepState::Pending}));
    QVERIFY(!QFile::exists(download.destination));
    QVERIFY(tools.calls(installer).isEmpty());
    QVERIFY(readLog(runner).contains("SHA-256"));
}

void TestInstallRunner::goodDownloadThenInstall()
{
    FakeTools tools;
    TinyHttpServer server;
    const QByteArray script = "#!/bin/sh\necho \"installing into $3\"\nmkdir -p \"$3/bin\"\n";
    server.routes.insert("/Miniforge3.sh", {script});
    Plan plan;
    PlanStep download;
    download.id = "download-miniforge";
    download.kind = PlanStep::Kind::Download;
    download.url = server.url("/Miniforge3.sh").toString();
    download.sha256 = QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex());
    download.destination = tools.root() + "/dl/Miniforge3.sh";
    // The installer (run as `sh Miniforge3.sh -b -p PREFIX` on Linux) creates PREFIX/bin once the download is there.
    const QString sh = tools.addTool(
        QStringLiteral("sh"),
        {FakeResponse("*", "installing\n").ifExists(download.destination).makingFolderOfArgument(3, "/bin"),
         FakeResponse("*", {}, "no installer\n", 2)});
    PlanStep install
        = command("install-miniforge", sh, {download.destination, "-b", "-p", tools.root() + "/miniforge 3"});
    install.pythonChild = false;
    plan.steps << download << install;
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QVERIFY(runToEnd(runner, [&] { runner.start(plan); }));
    QVERIFY(QFileInfo(tools.root() + "/miniforge 3/bin").isDir());
}

void TestInstallRunner::pythonPathIsCleared()
{
    FakeTools tools;
    const QString showEnv = tools.addTool(QStringLiteral("show-env"),
                                          {FakeResponse("*", {}).printingEnvironment({"PYTHONPATH", "PIP_NO_INPUT"})});
    Plan plan;
    PlanStep step = command("install-pytorch", showEnv, {});
    step.environment = {{"PIP_NO_INPUT", "1"}};
    plan.steps << step;
    QMap<QString, QString> environment = tools.platform().environment;
    environment.insert("PYTHONPATH", "/home/u/old-project");
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    runner.setBaseEnvironment(environment);
    QStringList lines;
    connect(&runner, &InstallRunner::outputLine, this, [&lines](int, const OutputLine &line) { lines << line.text; });
    QVERIFY(runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(lines, QStringList{"PYTHONPATH=[] PIP_NO_INPUT=[1]"});
}

// A full disk under the log: the run is told once, with the file and the reason, goes on to its end, and the log
// is not taken for complete. /dev/full accepts the file's opening and fails every write with ENOSPC.
void TestInstallRunner::logWriteFailureIsReported()
{
#ifndef Q_OS_LINUX
    QSKIP("/dev/full (a file whose every write fails: a full disk) exists on Linux only.");
#else
    FakeTools tools;
    const QString conda = tools.addTool(QStringLiteral("conda"), {{"create*", "Solving environment: done\n"}});
    Plan plan;
    plan.steps << command("create-env", conda, {"create", "-n", "gpu", "-y"})
               << command("again", conda, {"create", "-n", "gpu2", "-y"});
    InstallRunner runner;
    runner.setLogFile(QStringLiteral("/dev/full"));
    runner.setBaseEnvironment(tools.platform().environment);
    QSignalSpy failed(&runner, &InstallRunner::logWriteFailed);
    QVERIFY(runToEnd(runner, [&] { QVERIFY(runner.start(plan)); })); // the installation itself succeeded
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("/dev/full")) && message.contains(QStringLiteral("space")),
             qPrintable(message)); // "No space left on device"
    QCOMPARE(runner.logError(), message);
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Succeeded, StepState::Succeeded}));
#endif
}

// A step that leaves a daemon (setsid, re-parented away, ignoring SIGTERM and SIGHUP) and hangs: cancel ends the
// daemon too, not only the step's process group (Linux: by the tree's mark; Windows: the job, which the daemon
// may not leave).
void TestInstallRunner::cancelReachesADaemonOfTheStep()
{
    FakeTools tools;
    const QString daemonFile = tools.root() + QStringLiteral("/daemon.pid");
    const QString conda = tools.addTool(
        QStringLiteral("conda"),
        {FakeResponse("create*", "Solving environment\n").withDaemon(daemonFile).hangingAfterOutput(60)});
    Plan plan;
    plan.steps << command("create-env", conda, {"create", "-n", "gpu", "-y"});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    runner.setBaseEnvironment(tools.platform().environment);
    connect(&runner, &InstallRunner::outputLine, &runner, [&runner](int, const OutputLine &line) {
        if (line.text.contains(QStringLiteral("Solving environment")))
            runner.cancel();
    });
    QVERIFY(!runToEnd(runner, [&] { QVERIFY(runner.start(plan)); }));
    const qint64 daemon = pidFrom(daemonFile);
    QVERIFY(daemon > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(daemon), 10000);
    QCOMPARE(runner.states(), QList<StepState>{StepState::Canceled});
    QVERIFY(readLog(runner).trimmed().endsWith(QStringLiteral("# canceled")));
}

QTEST_GUILESS_MAIN(TestInstallRunner)
#include "tst_installrunner.moc"
