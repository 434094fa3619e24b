// Preflight before anything runs, and choosing a mirror by measuring them (local servers only).
#include <core/install/mirrorprobe.h>
#include <core/install/preflight.h>
#include <tinyhttpserver.h>

#include <QTest>

using namespace tgs;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

Plan condaPlan(const QString &env, bool cuda, const QString &miniforgeTarget = {})
{
    Plan plan;
    plan.route = tgs::Route::Pip;
    plan.envName = env;
    if (!miniforgeTarget.isEmpty()) {
        PlanStep install;
        install.id = QStringLiteral("install-miniforge");
        install.arguments = {QStringLiteral("/S"), QStringLiteral("/D=") + miniforgeTarget};
        plan.steps << install;
    }
    PlanStep create;
    create.id = QStringLiteral("create-env");
    plan.steps << create;
    PlanStep torch;
    torch.id = QStringLiteral("install-pytorch");
    torch.arguments = {QStringLiteral("--index-url"), cuda ? QStringLiteral("https://download.pytorch.org/whl/cu124")
                                                           : QStringLiteral("https://download.pytorch.org/whl/cpu")};
    plan.steps << torch;
    return plan;
}

PreflightInput input(const Plan &plan, qint64 free = 100 * GiB)
{
    PreflightInput in;
    in.plan = plan;
    in.platform.os = Platform::Os::Windows;
    in.installLocation = QStringLiteral("C:\\miniforge3");
    in.freeBytes = [free](const QString &) { return free; };
    return in;
}

QStringList ids(const QList<PreflightIssue> &issues)
{
    QStringList list;
    for (const PreflightIssue &issue : issues)
        list << issue.id();
    return list;
}

Mirror mirror(const QString &id, const QString &probe)
{
    Mirror m;
    m.id = id;
    m.probeUrl = probe;
    return m;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void allClear();
    void badEnvName();
    void existingEnv();
    void diskSpace();
    void nonAsciiProfile();
    void pythonPathSet();
    void noNetwork();
    void asciiPaths_data();
    void asciiPaths();
    void fastestMirrorWins();
    void noMirrorAnswers();
};

void TestPreflight::allClear()
{
    QVERIFY(Preflight::check(input(condaPlan("gpu", true))).isEmpty());
}

void TestPreflight::badEnvName()
{
    const QList<PreflightIssue> issues = Preflight::check(input(condaPlan("my env", true)));
    QCOMPARE(ids(issues), QStringList{"env_name_invalid"});
    QCOMPARE(issues.first().severity, PreflightIssue::Severity::Blocker);
}

void TestPreflight::existingEnv()
{
    PreflightInput in = input(condaPlan("gpu", true));
    CondaInfo conda;
    conda.envs = {{QStringLiteral("base"), QStringLiteral("C:\\m"), QStringLiteral("3.12"), {}},
                  {QStringLiteral("gpu"), QStringLiteral("C:\\m\\envs\\gpu"), QStringLiteral("3.11"), {}},
                  {QStringLiteral("gpu-2"), QStringLiteral("C:\\m\\envs\\gpu-2"), QStringLiteral("3.11"), {}}};
    in.environment.conda = conda;
    const QList<PreflightIssue> issues = Preflight::check(in);
    QCOMPARE(ids(issues), QStringList{"env_exists"});
    QCOMPARE(issues.first().severity, PreflightIssue::Severity::Decision);
    QCOMPARE(issues.first().suggestion, QStringLiteral("gpu-3"));
}

void TestPreflight::diskSpace()
{
    const QList<PreflightIssue> issues = Preflight::check(input(condaPlan("gpu", true), 3 * GiB));
    QCOMPARE(ids(issues), QStringList{"disk_space"});
    QVERIFY(issues.first().message.contains("3.0 GiB"));
    // The CPU build needs far less.
    QVERIFY(Preflight::check(input(condaPlan("gpu", false), 3 * GiB)).isEmpty());
    QVERIFY(Preflight::requiredBytes(condaPlan("gpu", true), true)
            > Preflight::requiredBytes(condaPlan("gpu", false), false));
}

void TestPreflight::nonAsciiProfile()
{
    const QList<PreflightIssue> issues = Preflight::check(input(condaPlan("gpu", true, "C:\\Users\\张三\\miniforge3")));
    QCOMPARE(ids(issues), QStringList{"path_not_ascii"});
    QCOMPARE(issues.first().suggestion, QStringLiteral("C:\\miniforge3"));
    QCOMPARE(ids(Preflight::check(input(condaPlan("gpu", true, "C:\\Users\\John Smith\\miniforge3")))),
             QStringList{"path_not_ascii"});
}

void TestPreflight::pythonPathSet()
{
    PreflightInput in = input(condaPlan("gpu", true));
    in.platform.environment.insert(QStringLiteral("PYTHONHOME"), QStringLiteral("C:\\Python27"));
    const QList<PreflightIssue> issues = Preflight::check(in);
    QCOMPARE(ids(issues), QStringList{"python_path_set"});
    QCOMPARE(issues.first().severity, PreflightIssue::Severity::Warning);
}

void TestPreflight::noNetwork()
{
    PreflightInput in = input(condaPlan("gpu", true));
    in.networkChecked = true;
    in.networkReachable = false;
    in.networkDetail = QStringLiteral("Connection refused");
    QCOMPARE(ids(Preflight::check(in)), QStringList{"no_network"});
}

void TestPreflight::asciiPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("plain");
    QTest::newRow("plain") << "C:\\miniforge3" << true;
    QTest::newRow("chinese user") << "C:\\Users\\张三\\miniforge3" << false;
    QTest::newRow("space") << "C:\\Program Files\\m" << false;
    QTest::newRow("accent") << "/home/ángel/miniforge3" << false;
    QTest::newRow("parenthesis") << "D:\\tools(x86)\\m" << false;
}

void TestPreflight::asciiPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, plain);
    QCOMPARE(Preflight::isPlainAsciiPath(path), plain);
}

void TestPreflight::fastestMirrorWins()
{
    TinyHttpServer slow;
    slow.routes.insert("/simple/six/", {"<html>six</html>", 200, false, 600});
    TinyHttpServer fast;
    fast.routes.insert("/simple/six/", {"<html>six</html>"});
    TinyHttpServer broken; // answers 404 for the probe
    const QList<MirrorLatency> results = MirrorProbe::run(
        {mirror("official", slow.url("/simple/six/").toString()), mirror("tuna", fast.url("/simple/six/").toString()),
         mirror("ustc", broken.url("/simple/six/").toString()), mirror("bfsu", QString())},
        3000);
    QCOMPARE(results.size(), 4);
    QVERIFY(results[0].reachable && results[1].reachable);
    QVERIFY(!results[2].reachable && !results[3].reachable);
    QVERIFY(results[0].ms >= 500);
    QCOMPARE(MirrorProbe::fastest(results), QStringLiteral("tuna"));
}

void TestPreflight::noMirrorAnswers()
{
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    const QList<MirrorLatency> results
        = MirrorProbe::run({mirror("official", QStringLiteral("http://127.0.0.1:%1/x").arg(closed))}, 2000);
    QVERIFY(!results.first().reachable);
    QVERIFY(!results.first().error.isEmpty());
    QVERIFY(MirrorProbe::fastest(results).isEmpty());
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
