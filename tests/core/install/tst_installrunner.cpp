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

#include <cerrno>
#include <csignal>

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
    QFile file(runner.logPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool alive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

qint64 pidFrom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

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

void executable(const QString &path)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
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
    tools.writeFile("bin/flaky",
                    QStringLiteral("#!/bin/sh\nprintf '[%s]\\n' \"$*\" >> '%1/bin/flaky.calls'\n"
                                   "if [ -f '%2' ]; then echo 'Successfully installed torch'; exit 0; fi\n"
                                   "touch '%2'\n/bin/cat '%3' >&2\nexit 1\n")
                        .arg(tools.root(), marker,
                             QStringLiteral(TGS_FIXTURES_DIR "/install-errors/pip-retry-network-unreachable-linux.txt"))
                        .toUtf8());
    const QString flaky = tools.root() + "/bin/flaky";
    executable(flaky);
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
    const QString needsFile = tools.root() + "/bin/needs-file";
    tools.writeFile("bin/needs-file", QStringLiteral("#!/bin/sh\nprintf '[%s]\\n' \"$*\" >> '%1.calls'\n[ -f "
                                                     "'%2/ready' ] || { echo 'not ready' >&2; exit 3; }\necho ready\n")
                                          .arg(needsFile, tools.root())
                                          .toUtf8());
    executable(needsFile);
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
    const QString hang = tools.root() + "/bin/hang";
    tools.writeFile(
        "bin/hang",
        QStringLiteral(
            "#!/bin/sh\necho $$ > '%1/parent.pid'\n/bin/sleep 60 &\necho $! > '%1/child.pid'\necho started\nwait\n")
            .arg(tools.root())
            .toUtf8());
    executable(hang);
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
    server.routes.insert("/Miniforge3.sh", {"#!/bin/sh\ntouch " + tools.root().toUtf8() + "/EXECUTED\n"});
    Plan plan;
    PlanStep download;
    download.id = "download-miniforge";
    download.kind = PlanStep::Kind::Download;
    download.url = server.url("/Miniforge3.sh").toString();
    download.sha256 = QString(64, u'0');
    download.destination = tools.root() + "/dl/Miniforge3.sh";
    plan.steps << download << command("install-miniforge", "/bin/sh", {download.destination});
    QTemporaryDir logs;
    InstallRunner runner;
    runner.setLogDirectory(logs.path());
    QVERIFY(!runToEnd(runner, [&] { runner.start(plan); }));
    QCOMPARE(runner.states(), (QList<StepState>{StepState::Failed, StepState::Pending}));
    QVERIFY(!QFile::exists(download.destination));
    QVERIFY(!QFile::exists(tools.root() + "/EXECUTED"));
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
    PlanStep install
        = command("install-miniforge", "/bin/sh", {download.destination, "-b", "-p", tools.root() + "/miniforge 3"});
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
    tools.writeFile("bin/show-env", "#!/bin/sh\necho \"PYTHONPATH=[$PYTHONPATH] PIP_NO_INPUT=[$PIP_NO_INPUT]\"\n");
    executable(tools.root() + "/bin/show-env");
    Plan plan;
    PlanStep step = command("install-pytorch", tools.root() + "/bin/show-env", {});
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

QTEST_GUILESS_MAIN(TestInstallRunner)
#include "tst_installrunner.moc"
