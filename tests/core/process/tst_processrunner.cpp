#include <core/process/processrunner.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <faketools.h>

using namespace tgs;

namespace {

ProcessSpec helper(const QStringList &args)
{
    ProcessSpec spec;
    spec.program = QStringLiteral(TGS_TESTHELPER);
    spec.arguments = args;
    spec.encoding = TextEncoding::utf8();
    return spec;
}

bool processAlive(qint64 pid)
{
    return testprocess::alive(pid);
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProcessResult>(); }
    void exitCodes_data();
    void exitCodes();
    void crash();
    void failedToStartStillEnds();
    void emptyProgramStillEnds();
    void timeoutStopsAndSaysSo();
    void cancelKillsTheWholeTree();
    void timeoutEscalatesToKill();
    void timeoutReachesADaemon();
    void whatAChildLeavesEndsWithIt();
    void hugeOutputIsComplete();
    void transcriptKeepsTheNewestPart();
    void interleavedStreamsStaySeparate();
    void partialLinesAreJoined();
    void progressUpdatesAreMarked();
    void gbkBytesAreDecoded();
    void crlfLines();
    void verbatimArgumentsOnWindows();
    void englishLocaleForProbes();
    void environmentIsControlled();
    void stdinIsClosed();
    void describeIsTranslatable();
};

void TestProcessRunner::exitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("zero is success") << 0 << Outcome::Succeeded;
    QTest::newRow("one is an exit code") << 1 << Outcome::ExitCode;
    QTest::newRow("large exit code") << 42 << Outcome::ExitCode;
}

void TestProcessRunner::exitCodes()
{
    QFETCH(int, code);
    QFETCH(Outcome, outcome);
    const ProcessResult result = ProcessRunner::run(helper({QStringLiteral("exit"), QString::number(code)}));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.exitCode, code);
    QCOMPARE(result.stdOut, QStringLiteral("exiting with %1\n").arg(code));
    QVERIFY(result.durationMs >= 0);
}

void TestProcessRunner::crash()
{
    const ProcessResult result = ProcessRunner::run(helper({QStringLiteral("crash")}));
    QCOMPARE(result.outcome, Outcome::Crashed);
    QCOMPARE(result.stdOut, QStringLiteral("about to crash\n"));
}

void TestProcessRunner::failedToStartStillEnds()
{
    ProcessRunner runner;
    QSignalSpy done(&runner, &ProcessRunner::done);
    ProcessSpec spec;
    spec.program = QStringLiteral("/nonexistent/definitely-not-a-tool");
    runner.start(spec);
    QVERIFY(done.count() == 1 || done.wait(5000));
    QCOMPARE(done.count(), 1);
    const auto result = done.first().first().value<ProcessResult>();
    QCOMPARE(result.outcome, Outcome::FailedToStart);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!runner.isRunning());
    QVERIFY(!done.wait(200)); // exactly once
}

void TestProcessRunner::emptyProgramStillEnds()
{
    const ProcessResult result = ProcessRunner::run(ProcessSpec{});
    QCOMPARE(result.outcome, Outcome::FailedToStart);
}

void TestProcessRunner::timeoutStopsAndSaysSo()
{
    ProcessSpec spec = helper({QStringLiteral("sleep"), QStringLiteral("30000")});
    spec.timeoutMs = 300;
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::TimedOut);
    QCOMPARE(result.stdOut, QStringLiteral("sleeping\n"));
    QVERIFY(result.durationMs < 20000);
    QVERIFY(!result.describe().isEmpty());
}

void TestProcessRunner::cancelKillsTheWholeTree()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("grandchild.pid"));
    ProcessRunner runner;
    QSignalSpy lines(&runner, &ProcessRunner::outputLine);
    QSignalSpy done(&runner, &ProcessRunner::done);
    ProcessSpec spec = helper({QStringLiteral("grandchild"), pidFile});
    spec.killGraceMs = 300;
    runner.start(spec);
    QTRY_VERIFY_WITH_TIMEOUT(lines.count() >= 1, 5000);
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 grandchild = file.readAll().trimmed().toLongLong();
    QVERIFY(grandchild > 0);
    const qint64 child = runner.processId();
    QVERIFY(processAlive(grandchild));

    runner.cancel();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().value<ProcessResult>().outcome, Outcome::Canceled);
    // The grandchild ignores SIGTERM; only the kill of the whole group ends it. A killed
    // process may linger as a zombie of init for a moment: wait for it to be reaped.
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(grandchild), 5000);
    QVERIFY(!processAlive(child));
}

void TestProcessRunner::timeoutEscalatesToKill()
{
    ProcessSpec spec = helper({QStringLiteral("ignore-term")});
    spec.timeoutMs = 300;
    spec.killGraceMs = 300;
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::TimedOut);
}

// The child starts a daemon (setsid and a second fork: its own session and process group, re-parented away from
// the child, SIGTERM and SIGHUP ignored) and hangs: the time-out ends the daemon too.
void TestProcessRunner::timeoutReachesADaemon()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("daemon.pid"));
    ProcessSpec spec = helper({QStringLiteral("daemon"), pidFile, QStringLiteral("hang")});
    spec.timeoutMs = 1000;
    spec.killGraceMs = 300;
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::TimedOut);
    const qint64 daemon = testprocess::pidFrom(pidFile);
    QVERIFY2(daemon > 0, qPrintable(result.stdOut + result.stdErr));
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(daemon), 5000);
}

// A child that exits normally but leaves a daemon running: the daemon is ended when the child's end is reported
// (as on Windows, where closing the job object ends what is left in it). Nothing we run may keep running on its
// own after it was reported done.
void TestProcessRunner::whatAChildLeavesEndsWithIt()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("daemon.pid"));
    const ProcessResult result = ProcessRunner::run(helper({QStringLiteral("daemon"), pidFile}));
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const qint64 daemon = testprocess::pidFrom(pidFile);
    QVERIFY2(daemon > 0, qPrintable(result.stdOut));
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(daemon), 5000);
}

void TestProcessRunner::hugeOutputIsComplete()
{
    const int bytes = 8 * 1000 * 1000; // 80,000 lines of 100 bytes
    ProcessRunner runner;
    int lineCount = 0;
    connect(&runner, &ProcessRunner::outputLine, this, [&lineCount](Channel, const OutputLine &) { ++lineCount; });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(helper({QStringLiteral("flood"), QString::number(bytes)}));
    QVERIFY(done.wait(60000));
    const auto result = done.first().first().value<ProcessResult>();
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.stdOut.size(), qsizetype(bytes));
    QCOMPARE(lineCount, bytes / 100);
    QVERIFY(result.stdOut.endsWith(
        QStringLiteral("%1 %2\n").arg(bytes / 100 - 1, 10, 10, QLatin1Char('0')).arg(0, 88, 10, QLatin1Char('0'))));
}

// A tool that prints without end cannot fill the memory: the result keeps the newest part, says what it left out,
// and every line still reaches outputLine().
void TestProcessRunner::transcriptKeepsTheNewestPart()
{
    const int bytes = 2 * 1000 * 1000; // 20,000 lines of 100 bytes
    ProcessSpec spec = helper({QStringLiteral("flood"), QString::number(bytes)});
    spec.transcriptLimit = 10000;
    ProcessRunner runner;
    int lineCount = 0;
    connect(&runner, &ProcessRunner::outputLine, this, [&lineCount](Channel, const OutputLine &) { ++lineCount; });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(spec);
    QVERIFY(done.wait(60000));
    const auto result = done.first().first().value<ProcessResult>();
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(lineCount, bytes / 100);
    const QString marker = result.stdOut.section(u'\n', 0, 0);
    QCOMPARE(marker, QStringLiteral("[… the first %1 characters of the output were not kept]").arg(bytes - 10000));
    QCOMPARE(result.stdOut.size() - marker.size() - 1, qsizetype(10000)); // the limit: whole lines of 100 here
    QVERIFY(result.stdOut.endsWith(
        QStringLiteral("%1 %2\n").arg(bytes / 100 - 1, 10, 10, QLatin1Char('0')).arg(0, 88, 10, QLatin1Char('0'))));
    QVERIFY(!result.stdErr.contains(QStringLiteral("not kept"))); // the other stream was short

    // A limit that falls inside a line: the transcript starts with the next whole line.
    spec.transcriptLimit = 10050;
    QSignalSpy cut(&runner, &ProcessRunner::done);
    runner.start(spec);
    QVERIFY(cut.wait(60000));
    const QString kept = cut.first().first().value<ProcessResult>().stdOut.section(u'\n', 1);
    QCOMPARE(kept.size(), qsizetype(10000));
    QCOMPARE(kept.section(u'\n', 0, 0).size(), 99);
}

void TestProcessRunner::interleavedStreamsStaySeparate()
{
    ProcessRunner runner;
    QStringList out, err;
    connect(&runner, &ProcessRunner::outputLine, this, [&](Channel channel, const OutputLine &line) {
        (channel == Channel::StdOut ? out : err).append(line.text);
    });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(helper({QStringLiteral("interleave"), QStringLiteral("200")}));
    QVERIFY(done.wait(10000));
    QCOMPARE(out.size(), 200);
    QCOMPARE(err.size(), 200);
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(out.at(i), QStringLiteral("out %1").arg(i));
        QCOMPARE(err.at(i), QStringLiteral("err %1").arg(i));
    }
    const auto result = done.first().first().value<ProcessResult>();
    QVERIFY(result.stdErr.startsWith(QStringLiteral("err 0\nerr 1\n")));
}

void TestProcessRunner::partialLinesAreJoined()
{
    ProcessRunner runner;
    QStringList lines;
    connect(&runner, &ProcessRunner::outputLine, this,
            [&](Channel, const OutputLine &line) { lines.append(line.text); });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(helper({QStringLiteral("partial")}));
    QVERIFY(done.wait(10000));
    QCOMPARE(lines, (QStringList{QStringLiteral("hello world"), QStringLiteral("second line without newline")}));
}

void TestProcessRunner::progressUpdatesAreMarked()
{
    ProcessRunner runner;
    QList<OutputLine> lines;
    connect(&runner, &ProcessRunner::outputLine, this, [&](Channel, const OutputLine &line) { lines.append(line); });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(helper({QStringLiteral("progress")}));
    QVERIFY(done.wait(10000));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(1), (OutputLine{QStringLiteral("Downloading: 0%"), true}));
    QCOMPARE(lines.at(3), (OutputLine{QStringLiteral("Downloading: 100%"), false}));
    QCOMPARE(lines.at(4), (OutputLine{QStringLiteral("done"), false}));
    // The transcript keeps what a terminal would show, not every frame.
    QCOMPARE(done.first().first().value<ProcessResult>().stdOut, QStringLiteral("Downloading: 100%\ndone\n"));
}

void TestProcessRunner::gbkBytesAreDecoded()
{
    ProcessSpec spec = helper({QStringLiteral("gbk")});
    const std::optional<TextEncoding> gbk = chineseWindowsEncoding();
    if (!gbk)
        QSKIP("needs the ANSI code page 936 on Windows (tests/CMakeLists.txt sets it for Wine)");
    spec.encoding = *gbk;
    ProcessRunner runner;
    QStringList lines;
    connect(&runner, &ProcessRunner::outputLine, this,
            [&](Channel, const OutputLine &line) { lines.append(line.text); });
    QSignalSpy done(&runner, &ProcessRunner::done);
    runner.start(spec);
    QVERIFY(done.wait(10000));
    QCOMPARE(lines, (QStringList{QStringLiteral("你好，世界"), QStringLiteral("下载完成")}));
}

// NSIS installers (Miniforge) read /D= to the end of the command line, unquoted even with spaces: the runner
// passes such arguments as written. Under Wine, the path has a space and Chinese characters.
void TestProcessRunner::verbatimArgumentsOnWindows()
{
#ifndef Q_OS_WIN
    QSKIP("a Windows program's single command line: runs in the Windows build (under Wine in CI)");
#else
    FakeTools tools;
    const QString installer
        = tools.addTool(QStringLiteral("Miniforge3-Windows-x86_64.exe"), {{QStringLiteral("*"), "installed\n"}});
    ProcessSpec spec;
    spec.program = installer;
    spec.arguments = QStringList{QStringLiteral("/InstallationType=JustMe"), QStringLiteral("/S"),
                                 QStringLiteral("/D=C:\\Users\\张三 Li\\miniforge3")};
    spec.verbatimArguments = true;
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(tools.rawCommandLines(installer),
             QStringList{QStringLiteral("/InstallationType=JustMe /S /D=C:\\Users\\张三 Li\\miniforge3")});
#endif
}

void TestProcessRunner::crlfLines()
{
    const ProcessResult result = ProcessRunner::run(helper({QStringLiteral("crlf")}));
    QCOMPARE(result.stdOut, QStringLiteral("one\ntwo\n\nfour\n"));
}

void TestProcessRunner::englishLocaleForProbes()
{
    ProcessSpec spec = helper({QStringLiteral("env"), QStringLiteral("LC_ALL")});
    spec.environment = QMap<QString, QString>{{QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")},
                                              {QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN")}};
    spec.withEnglishLocale();
    QCOMPARE(ProcessRunner::run(spec).stdOut, QStringLiteral("LC_ALL=C\n"));
    spec.arguments = {QStringLiteral("env"), QStringLiteral("LANGUAGE")};
    QCOMPARE(ProcessRunner::run(spec).stdOut, QStringLiteral("LANGUAGE=<unset>\n"));
}

void TestProcessRunner::environmentIsControlled()
{
    ProcessSpec spec = helper({QStringLiteral("env"), QStringLiteral("PYTHONUTF8")});
    spec.asPythonChild();
    QCOMPARE(ProcessRunner::run(spec).stdOut, QStringLiteral("PYTHONUTF8=1\n"));

    spec = helper({QStringLiteral("env"), QStringLiteral("HOME")});
    spec.environment = QMap<QString, QString>{{QStringLiteral("HOME"), QStringLiteral("/home/测试")}};
    QCOMPARE(ProcessRunner::run(spec).stdOut, QStringLiteral("HOME=/home/测试\n"));
}

void TestProcessRunner::stdinIsClosed()
{
    ProcessSpec spec = helper({QStringLiteral("stdin")});
    spec.timeoutMs = 10000;
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.stdOut, QStringLiteral("read 0 bytes then eof\n"));
}

void TestProcessRunner::describeIsTranslatable()
{
    ProcessResult result;
    result.program = QStringLiteral("conda");
    result.outcome = Outcome::ExitCode;
    result.exitCode = 3;
    QCOMPARE(result.describe(), QStringLiteral("conda exited with code 3."));
}

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_processrunner.moc"
