// `plan` and `install` end to end: the real program, a fake conda on a fake PATH and HOME, a
// mirror list whose probe points at a local server, and Ctrl+C in the middle of a step.
#include <core/process/processrunner.h>
#include <faketools.h>
#include <tinyhttpserver.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#ifndef Q_OS_WIN
#include <csignal>
#endif

using namespace tgs;
using json = nlohmann::json;

namespace {

struct Machine
{
    FakeTools tools;
    TinyHttpServer server;
    QString conda;

    explicit Machine(const QList<FakeResponse> &runResponses, const QStringList &existingEnvs = {})
    {
        server.routes.insert("/simple/six/", {"<html>six</html>"});
        const QString base = tools.home() + QStringLiteral("/miniforge3");
        QStringList envs{QStringLiteral("\"%1\"").arg(base)};
        for (const QString &env : existingEnvs) {
            envs << QStringLiteral("\"%1/envs/%2\"").arg(base, env);
            tools.writeFile("home/miniforge3/envs/" + env + "/conda-meta/python-3.12.7-h1_0_cpython.json", "{}");
        }
        QList<FakeResponse> responses{
            {"info --json",
             QStringLiteral(
                 R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": [%2], "envs_dirs": ["%1/envs"]})")
                 .arg(base, envs.join(u','))
                 .toUtf8()},
            {"create*", "Collecting package metadata (repodata.json): done\nSolving environment: done\n"}};
        responses += runResponses;
        conda = tools.addToolAt(QStringLiteral("home/miniforge3/") + FakeTools::condaInRoot(), responses);
        tools.writeFile("home/miniforge3/conda-meta/python-3.12.7-h1_0_cpython.json", "{}");
        // The embedded mirror list, with the official probe pointed at the local server.
        QFile embedded(QStringLiteral(TGS_SOURCE_DIR "/resources/mirrors.json"));
        if (!embedded.open(QIODevice::ReadOnly))
            qFatal("mirrors.json missing");
        const QByteArray bytes = embedded.readAll();
        json mirrors = json::parse(bytes.constData(), bytes.constData() + bytes.size());
        mirrors["mirrors"][0]["probe_path"] = server.url("/simple/six/").toString().toStdString();
        tools.writeFile("mirrors.json", QByteArray::fromStdString(mirrors.dump()));
    }

    ProcessSpec app(const QStringList &args) const
    {
        ProcessSpec spec;
        spec.program = QStringLiteral(TGS_APP);
        spec.arguments = args;
        spec.encoding = TextEncoding::utf8();
        spec.timeoutMs = 120000;
        QMap<QString, QString> environment = tools.programEnvironment();
        environment.insert("TGS_MIRRORS_FILE", tools.root() + "/mirrors.json");
        environment.insert("LC_ALL", "C.UTF-8");
        spec.environment = environment;
        return spec;
    }
};

ProcessResult runAsync(const ProcessSpec &spec,
                       const std::function<void(ProcessRunner &, const OutputLine &)> &onLine = {})
{
    ProcessRunner runner;
    ProcessResult result;
    QSignalSpy done(&runner, &ProcessRunner::done);
    if (onLine)
        QObject::connect(&runner, &ProcessRunner::outputLine, &runner,
                         [&runner, &onLine](Channel, const OutputLine &line) { onLine(runner, line); });
    runner.start(spec);
    if (!done.wait(120000))
        qFatal("the program did not finish");
    return done.first().first().value<ProcessResult>();
}

const QStringList kFacts{"--driver", "none", "--python", "3.12", "--env", "demo"};

} // namespace

class TestInstallCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProcessResult>(); }
    void planJson();
    void installSucceeds();
    void installFailureIsExplained();
    void installWithoutYesOnAPipeRefuses();
    void ctrlCCancelsCleanly();
    void ctrlCDuringDetectionEndsTheProbes();
    void signalDuringAStepLeavesNothing_data();
    void signalDuringAStepLeavesNothing();
    void existingEnvironmentNeedsADecision();
};

void TestInstallCli::planJson()
{
    Machine m(QList<FakeResponse>{});
    const ProcessResult result = runAsync(m.app(QStringList{"plan", "--json"} + kFacts));
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QByteArray bytes = result.stdOut.toUtf8();
    const json plan = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QCOMPARE(plan["steps"].size(), size_t(2));
    QCOMPARE(QDir::fromNativeSeparators(QString::fromStdString(plan["steps"][0]["program"].get<std::string>())),
             m.conda);
    QVERIFY(plan["steps"][0]["args"]
            == json({"create", "-n", "demo", "python=3.12", "-y", "--override-channels", "-c", "conda-forge"}));
    QCOMPARE(plan["steps"][1]["args"].back().get<std::string>(), std::string("https://download.pytorch.org/whl/cpu"));
    QVERIFY(m.tools.calls(m.conda).contains("info --json"));
    QVERIFY(!m.tools.calls(m.conda).contains(
        "create -n demo python=3.12 -y --override-channels -c conda-forge")); // plan runs nothing
}

void TestInstallCli::installSucceeds()
{
    Machine m(QList<FakeResponse>{
        {"run*", "Looking in indexes: https://download.pytorch.org/whl/cpu\nSuccessfully installed torch\n"}});
    const ProcessResult result = runAsync(m.app(QStringList{"install", "--yes"} + kFacts));
    QVERIFY2(result.outcome == Outcome::Succeeded, qPrintable(result.stdOut + result.stdErr));
    QStringList calls = m.tools.calls(m.conda);
    calls.removeAll("info --json");
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0), QStringLiteral("create -n demo python=3.12 -y --override-channels -c conda-forge"));
    QVERIFY(
        calls.at(1).startsWith("run --no-capture-output -n demo python -u -m pip install --progress-bar raw torch=="));
    QVERIFY(result.stdOut.contains("Successfully installed torch"));
    QVERIFY(result.stdOut.contains("[2/2]"));
    const QString logLine = result.stdOut.section("Log: ", 1).section(u'\n', 0, 0);
#ifdef Q_OS_WIN
    // Windows' data folder is the user's known folder %LOCALAPPDATA%, which no environment variable moves.
    QVERIFY2(QDir::fromNativeSeparators(logLine).contains("/TorchGPU Setup/torchgpu-setup/logs/"),
             qPrintable(result.stdOut));
#else
    QVERIFY2(logLine.startsWith(m.tools.root() + "/data/"), qPrintable(result.stdOut));
#endif
    QFile log(logLine);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("[out] Successfully installed torch"));
}

void TestInstallCli::installFailureIsExplained()
{
    Machine m(QList<FakeResponse>{
        {"run*", {}, FakeTools::fixture("install-errors/pip-no-matching-torch-2.0.0-cu118-linux.txt"), 1}});
    const ProcessResult result = runAsync(m.app(QStringList{"install", "--yes"} + kFacts));
    QCOMPARE(result.outcome, Outcome::ExitCode);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.stdErr.contains("torch==2.0.0+cu118"), qPrintable(result.stdErr)); // the recognised failure, named
    QVERIFY(result.stdOut.contains("Log: "));

    // A network failure's advice names this program's own option, not a wizard page.
    Machine offline(QList<FakeResponse>{
        {"run*", {}, FakeTools::fixture("install-errors/pip-retry-network-unreachable-linux.txt"), 1}});
    const ProcessResult lost = runAsync(offline.app(QStringList{"install", "--yes"} + kFacts));
    QCOMPARE(lost.exitCode, 1);
    QVERIFY2(lost.stdErr.contains("pip lost the connection"), qPrintable(lost.stdErr));
    QVERIFY2(lost.stdErr.contains("--mirror auto"), qPrintable(lost.stdErr));
    QVERIFY(!lost.stdErr.contains("on this page"));
}

void TestInstallCli::installWithoutYesOnAPipeRefuses()
{
    Machine m(QList<FakeResponse>{{"run*", "ok\n"}});
    const ProcessResult result = runAsync(m.app(QStringList{"install"} + kFacts));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.stdErr.contains("--yes"));
    QStringList calls = m.tools.calls(m.conda);
    calls.removeAll("info --json");
    QVERIFY(calls.isEmpty()); // nothing ran
}

void TestInstallCli::ctrlCCancelsCleanly()
{
#ifdef Q_OS_WIN
    QSKIP("A console Ctrl+C reaches only processes attached to the sender's console; the test runs the program "
          "without one. The Windows path (job object with kill-on-close) is tested in tst_installrunner.");
#else
    // pip hangs downloading: the fake conda starts a child that would sleep for a minute.
    FakeTools *tools = nullptr;
    QString pidFile;
    Machine m(QList<FakeResponse>{});
    tools = &m.tools;
    pidFile = tools->root() + "/pip.pid";
    m.conda = tools->addToolAt(
        QStringLiteral("home/miniforge3/") + FakeTools::condaInRoot(),
        {FakeResponse("info --json",
                      QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})")
                          .arg(tools->home() + "/miniforge3")
                          .toUtf8()),
         FakeResponse("create*", "Solving environment: done\n"),
         FakeResponse("run*", "Downloading torch\n").withSleepingChild(pidFile)});
    bool interrupted = false;
    const ProcessResult result = runAsync(m.app(QStringList{"install", "--yes"} + kFacts),
                                          [&interrupted](ProcessRunner &runner, const OutputLine &line) {
                                              if (!interrupted && line.text.contains("Downloading torch")) {
                                                  interrupted = true;
                                                  ::kill(pid_t(runner.processId()), SIGINT);
                                              }
                                          });
    QVERIFY(interrupted);
    QCOMPARE(result.exitCode, 130);
    QVERIFY(result.stdErr.contains("Cancel"));
    const qint64 pip = testprocess::pidFrom(pidFile);
    QVERIFY(pip > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!testprocess::alive(pip), 10000);
#endif
}

// Ctrl+C while detection still waits for a hung nvidia-smi: the probe dies with the command, which ends with 130.
void TestInstallCli::ctrlCDuringDetectionEndsTheProbes()
{
#ifdef Q_OS_WIN
    QSKIP("A console Ctrl+C reaches only processes attached to the sender's console; the test runs the program "
          "without one.");
#else
    Machine m(QList<FakeResponse>{});
    const QString pidFile = m.tools.root() + "/smi.pid";
    m.tools.addTool("nvidia-smi", {FakeResponse("*", {}, {}, 0, 60).writingPid(pidFile)});
    for (const QStringList &args : {QStringList{"detect"}, QStringList{"install", "--yes"} + kFacts}) {
        QFile::remove(pidFile);
        ProcessRunner runner;
        QSignalSpy done(&runner, &ProcessRunner::done);
        ProcessSpec spec = m.app(args);
        if (args.first() == "install")
            spec.arguments.removeAll("--driver"), spec.arguments.removeAll("none"); // detect the (hung) driver
        runner.start(spec);
        QTRY_VERIFY_WITH_TIMEOUT(testprocess::pidFrom(pidFile) > 0, 20000);
        const qint64 smi = testprocess::pidFrom(pidFile);
        QVERIFY(testprocess::alive(smi));
        ::kill(pid_t(runner.processId()), SIGINT);
        QVERIFY(done.wait(20000));
        const ProcessResult result = done.first().first().value<ProcessResult>();
        QCOMPARE(result.exitCode, 130);
        QVERIFY2(result.stdErr.contains("Cancel"), qPrintable(result.stdErr));
        QTRY_VERIFY_WITH_TIMEOUT(!testprocess::alive(smi), 10000);
        QStringList calls = m.tools.calls(m.conda);
        calls.removeAll("info --json");
        QVERIFY(calls.isEmpty()); // nothing was installed
    }
#endif
}

void TestInstallCli::signalDuringAStepLeavesNothing_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("catchable");
#ifdef Q_OS_WIN
    QTest::newRow("no POSIX signals") << 0 << false;
#else
    QTest::newRow("SIGKILL (nothing of ours runs)") << int(SIGKILL) << false;
    QTest::newRow("SIGQUIT (Ctrl+\\)") << int(SIGQUIT) << true;
    QTest::newRow("SIGHUP (terminal closed)") << int(SIGHUP) << true;
    QTest::newRow("SIGTERM") << int(SIGTERM) << true;
#endif
}

// The program is signalled while the pip step hangs; the fake conda has started a child in its process group (as
// conda starts pip) and a daemon in a session of its own (setsid) that ignores SIGTERM and SIGHUP. Afterwards none
// of them is left, whether the program could act (it cancels the step and the log ends with its outcome) or not
// (SIGKILL: the step's death signal and the program's guard end them).
void TestInstallCli::signalDuringAStepLeavesNothing()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX signals; on Windows the job object with kill-on-close ends the tree (tst_installrunner).");
#else
    QFETCH(int, signal);
    QFETCH(bool, catchable);
    Machine m(QList<FakeResponse>{});
    const QString condaPid = m.tools.root() + "/conda.pid";
    const QString childPid = m.tools.root() + "/child.pid";
    const QString daemonPid = m.tools.root() + "/daemon.pid";
    m.conda = m.tools.addToolAt(
        QStringLiteral("home/miniforge3/") + FakeTools::condaInRoot(),
        {FakeResponse("info --json",
                      QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})")
                          .arg(m.tools.home() + "/miniforge3")
                          .toUtf8()),
         FakeResponse("create*", "Solving environment: done\n"),
         FakeResponse("run*", "Downloading torch\n")
             .writingPid(condaPid)
             .withSleepingChild(childPid)
             .withDaemon(daemonPid)});
    bool signalled = false;
    const ProcessResult result
        = runAsync(m.app(QStringList{"install", "--yes"} + kFacts), [&](ProcessRunner &runner, const OutputLine &line) {
              if (!signalled && line.text.contains("Downloading torch")) {
                  signalled = true;
                  ::kill(pid_t(runner.processId()), signal);
              }
          });
    QVERIFY(signalled);
    const QList<qint64> pids{testprocess::pidFrom(condaPid), testprocess::pidFrom(childPid),
                             testprocess::pidFrom(daemonPid)};
    for (const qint64 pid : pids)
        QVERIFY2(pid > 0, qPrintable(result.stdOut + result.stdErr));
    QTRY_VERIFY_WITH_TIMEOUT(
        !testprocess::alive(pids[0]) && !testprocess::alive(pids[1]) && !testprocess::alive(pids[2]), 10000);
    if (!catchable) {
        QCOMPARE(result.outcome, Outcome::Crashed);
        return;
    }
    QCOMPARE(result.exitCode, 130);
    QDirIterator logs(m.tools.root(), {QStringLiteral("install-*.log")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(logs.hasNext());
    QFile log(logs.next());
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
    QVERIFY2(lines.size() >= 2 && lines.last() == "# canceled" && lines.at(lines.size() - 2).startsWith("-> "),
             lines.join('\n').constData());
#endif
}

void TestInstallCli::existingEnvironmentNeedsADecision()
{
    Machine m(QList<FakeResponse>{{"run*", "Successfully installed torch\n"}}, {"demo"});
    ProcessResult result = runAsync(m.app(QStringList{"install", "--yes"} + kFacts));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.stdErr.contains("--if-exists"), qPrintable(result.stdErr));
    QStringList calls = m.tools.calls(m.conda);
    calls.removeAll("info --json");
    QVERIFY(calls.isEmpty());

    result = runAsync(m.app(QStringList{"install", "--yes", "--if-exists", "reuse"} + kFacts));
    QVERIFY2(result.outcome == Outcome::Succeeded, qPrintable(result.stdErr));
    calls = m.tools.calls(m.conda);
    calls.removeAll("info --json");
    QCOMPARE(calls.size(), 1);
    QVERIFY(calls.first().startsWith("run --no-capture-output -n demo "));
}

QTEST_GUILESS_MAIN(TestInstallCli)
#include "tst_install_cli.moc"
