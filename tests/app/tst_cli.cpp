// The real program on this machine: `torchgpu-setup detect --json` must report what this
// machine really has (checked here independently of the detector), and exit 0.
#include <core/base/platform.h>
#include <core/process/processrunner.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;
using json = nlohmann::json;

namespace {

ProcessResult runApp(const QStringList &args)
{
    ProcessSpec spec;
    spec.program = QStringLiteral(TGS_APP);
    spec.arguments = args;
    spec.encoding = TextEncoding::utf8();
    spec.timeoutMs = 240000;
    return ProcessRunner::run(spec);
}

ProcessResult runTool(const QString &program, const QStringList &args)
{
    ProcessSpec spec;
    spec.program = program;
    spec.arguments = args;
    spec.timeoutMs = 120000;
    return ProcessRunner::run(spec);
}

bool onPath(const QString &tool)
{
    for (const QString &dir : qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts)) {
        if (QFileInfo(dir + u'/' + tool).isExecutable())
            return true;
    }
    return false;
}

QString str(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void unknownCommand();
    void unknownOptionWithoutADisplay();
    void detectJsonOnThisMachine();
    void detectReportInChinese();
    void driverProbeSubcommand();
    void recommendOnThisMachine();
    void verifyThisMachinesTorch();
    void verifyNeedsOneTarget();
    void recommendForAnotherPc();
    void recommendRejectsBadInput();
    void malformedFactsAreUsageErrors_data();
    void malformedFactsAreUsageErrors();
    void computeCapabilityAsSmName();
};

void TestCli::version()
{
    const ProcessResult result = runApp({QStringLiteral("--version")});
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QCOMPARE(result.stdOut.trimmed(), QStringLiteral("torchgpu-setup " TGS_VERSION));
}

// A mistyped option and no command word, on a machine without a display: the command line is
// read before any window system is touched, so this is a usage error (2), not an abort.
void TestCli::unknownOptionWithoutADisplay()
{
    ProcessSpec spec;
    spec.program = QStringLiteral(TGS_APP);
    spec.arguments = {QStringLiteral("--jsn"), QStringLiteral("--lang"), QStringLiteral("en")};
    spec.encoding = TextEncoding::utf8();
    spec.timeoutMs = 60000;
    spec.setEnvironment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    spec.unsetEnvironment << QStringLiteral("DISPLAY") << QStringLiteral("WAYLAND_DISPLAY");
    const ProcessResult result = ProcessRunner::run(spec);
    QCOMPARE(result.outcome, Outcome::ExitCode);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.stdErr.contains(QStringLiteral("jsn")), qPrintable(result.stdErr));
}

void TestCli::unknownCommand()
{
    const ProcessResult result = runApp({QStringLiteral("frobnicate"), QStringLiteral("--lang"), QStringLiteral("en")});
    // Not a CLI command, so the wizard would open; with --help-free unknown words we refuse.
    QVERIFY(result.outcome != Outcome::Succeeded);
}

void TestCli::detectJsonOnThisMachine()
{
    const ProcessResult result = runApp({QStringLiteral("detect"), QStringLiteral("--json")});
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QByteArray bytes = result.stdOut.toUtf8();
    const json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!doc.is_discarded(), qPrintable(result.stdOut));
    for (const char *key : {"os", "gpus", "driver", "conda", "pythons", "cuda_toolkits", "cudnn", "problems"})
        QVERIFY2(doc.contains(key), key);
    QCOMPARE(str(doc["os"]), Platform::current().osId());

    auto problemKind = [&doc](const char *component) {
        for (const auto &p : doc["problems"]) {
            if (p["component"] == component)
                return str(p["kind"]);
        }
        return QString();
    };

    if (!onPath(QStringLiteral("nvidia-smi")) && !QFileInfo::exists(QStringLiteral("/usr/bin/nvidia-smi")))
        QCOMPARE(problemKind("nvidia-smi"), QStringLiteral("not_found"));

#ifdef Q_OS_WIN
    // The Linux host's /usr/local/cuda and python3-torch are no part of the Windows machine (under Wine there is no
    // NVIDIA software and no Python; a Windows CI runner has its own): every Python reported exists, and none
    // reported means "not found".
    for (const auto &python : doc["pythons"])
        QVERIFY2(QFileInfo::exists(str(python["executable"])), qPrintable(result.stdOut));
    if (doc["pythons"].empty())
        QCOMPARE(problemKind("python"), QStringLiteral("not_found"));
    return;
#endif
    if (QFileInfo::exists(QStringLiteral("/usr/local/cuda/bin/nvcc"))) {
        const ProcessResult nvcc = runTool(QStringLiteral("/usr/local/cuda/bin/nvcc"), {QStringLiteral("--version")});
        const QString release = nvcc.stdOut.section(QStringLiteral("release "), 1).section(u',', 0, 0);
        QVERIFY(!release.isEmpty());
        bool found = false;
        for (const auto &toolkit : doc["cuda_toolkits"])
            found |= str(toolkit["version"]).startsWith(release + u'.')
                     && str(toolkit["path"]).startsWith(QStringLiteral("/usr/local/cuda"));
        QVERIFY2(found,
                 qPrintable(QStringLiteral("CUDA %1 in /usr/local/cuda not reported: ").arg(release) + result.stdOut));
    }
    if (QFileInfo::exists(QStringLiteral("/usr/local/cuda/include/cudnn_version.h"))) {
        bool found = false;
        for (const auto &cudnn : doc["cudnn"])
            found |= str(cudnn["path"]).startsWith(QStringLiteral("/usr/local/cuda"));
        QVERIFY2(found, qPrintable(result.stdOut));
    }
    // python3-torch from Debian: a CPU-only torch for /usr/bin/python3.
    const ProcessResult torch
        = runTool(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"), QStringLiteral("import torch; print(torch.__version__)")});
    if (torch.succeeded()) {
        const QString version = torch.stdOut.trimmed();
        bool found = false;
        for (const auto &python : doc["pythons"]) {
            if (str(python["executable"]) != QStringLiteral("/usr/bin/python3"))
                continue;
            QVERIFY(python["torch"].is_object());
            QCOMPARE(str(python["torch"]["version"]), version);
            QVERIFY(python["torch"]["cuda"].is_null()); // the CPU build
            QCOMPARE(python["torch"]["cuda_available"].get<bool>(), false);
            found = true;
        }
        QVERIFY2(found, qPrintable(result.stdOut));
    }
}

void TestCli::detectReportInChinese()
{
    const ProcessResult result = runApp({QStringLiteral("detect"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QVERIFY2(result.stdOut.contains(QStringLiteral("操作系统")), qPrintable(result.stdOut));
    const ProcessResult english = runApp({QStringLiteral("detect"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(english.stdOut.contains(QStringLiteral("Operating system")));
}

void TestCli::driverProbeSubcommand()
{
    const ProcessResult result = runApp({QStringLiteral("--probe-cuda-driver")});
    // Either the driver answered, or it said plainly that there is none — never silence.
    if (result.outcome == Outcome::Succeeded)
        QVERIFY(result.stdOut.startsWith(QStringLiteral("cuda-driver library=")));
    else
        QCOMPARE(result.stdOut.trimmed(), QStringLiteral("cuda-driver error=not_found"));
}

// The guide's last step, on this machine: Debian's CPU-only torch for /usr/bin/python3, and no NVIDIA GPU.
void TestCli::verifyThisMachinesTorch()
{
#ifdef Q_OS_WIN
    QSKIP("needs Debian's /usr/bin/python3 with python3-torch: the Linux build's test");
#endif
    const ProcessResult torch
        = runTool(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import torch")});
    if (!torch.succeeded())
        QSKIP("needs Debian's python3-torch (scripts/setup.sh installs it)");
    const ProcessResult result = runApp({QStringLiteral("verify"), QStringLiteral("--python"),
                                         QStringLiteral("/usr/bin/python3"), QStringLiteral("--json")});
    const QByteArray bytes = result.stdOut.toUtf8();
    const json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!doc.is_discarded(), qPrintable(result.stdOut + result.stdErr));
    QVERIFY(str(doc["torch"]).startsWith(QStringLiteral("1.13")));
    QCOMPARE(doc["cpu_only"].get<bool>(), true);
    QCOMPARE(doc["cuda_available"].get<bool>(), false);
    QCOMPARE(doc["compute_ok"].get<bool>(), true);
    QVERIFY(doc["cuda"].is_null());
    QVERIFY2(doc["problems"].empty(), qPrintable(result.stdOut));
    // No NVIDIA GPU here: a working CPU torch is all this PC can have, so verify succeeds.
    QCOMPARE(result.exitCode, 0);

    const ProcessResult text
        = runApp({QStringLiteral("verify"), QStringLiteral("--python"), QStringLiteral("/usr/bin/python3"),
                  QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY2(text.stdOut.contains(QStringLiteral("仅 CPU")), qPrintable(text.stdOut));
}

void TestCli::verifyNeedsOneTarget()
{
    ProcessResult result = runApp({QStringLiteral("verify"), QStringLiteral("--env"), QStringLiteral("a"),
                                   QStringLiteral("--prefix"), QStringLiteral("b")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.stdErr.contains(QStringLiteral("--prefix")));
    result = runApp({QStringLiteral("verify"), QStringLiteral("--env"), QStringLiteral("no-such-env-here")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.stdOut.contains(QStringLiteral("no-such-env-here")), qPrintable(result.stdOut));
}

void TestCli::recommendOnThisMachine()
{
    // No NVIDIA GPU here: the CPU build, for the Python detection finds first.
    const ProcessResult detect = runApp({QStringLiteral("detect"), QStringLiteral("--json")});
    const QByteArray detected = detect.stdOut.toUtf8();
    const json env = json::parse(detected.constData(), detected.constData() + detected.size());
    const ProcessResult result = runApp({QStringLiteral("recommend"), QStringLiteral("--json")});
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QByteArray bytes = result.stdOut.toUtf8();
    const json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!doc.is_discarded(), qPrintable(result.stdOut));
    for (const char *key : {"recommended", "alternatives", "reasons", "warnings"})
        QVERIFY2(doc.contains(key), key);
    if (env["gpus"].empty()) {
        QVERIFY(doc["recommended"]["cuda"].is_null());
        QCOMPARE(str(doc["recommended"]["variant"]), QStringLiteral("cpu"));
    }
    if (!env["pythons"].empty()) {
        const QString first = str(env["pythons"][0]["version"]);
        QCOMPARE(str(doc["recommended"]["python"]), first.section(u'.', 0, 1));
    }
    QVERIFY(doc["reasons"].size() >= 3);
    for (const char *key : {"torch", "torchvision", "torchaudio", "python", "cuda", "route"})
        QVERIFY2(doc["recommended"].contains(key), key);
}

void TestCli::recommendForAnotherPc()
{
    // Facts given: nothing is detected, and the answer is the driver's and GPU's.
    const ProcessResult result = runApp({QStringLiteral("recommend"), QStringLiteral("--json"), QStringLiteral("--os"),
                                         QStringLiteral("windows"), QStringLiteral("--driver"),
                                         QStringLiteral("536.23"), QStringLiteral("--compute-cap"),
                                         QStringLiteral("8.9"), QStringLiteral("--python"), QStringLiteral("3.8")});
    QCOMPARE(result.outcome, Outcome::Succeeded);
    const QByteArray bytes = result.stdOut.toUtf8();
    const json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QCOMPARE(str(doc["recommended"]["torch"]), QStringLiteral("2.4.1"));
    QCOMPARE(str(doc["recommended"]["python"]), QStringLiteral("3.8"));
    QVERIFY(!str(doc["recommended"]["cuda"]).isEmpty());

    const ProcessResult zh = runApp({QStringLiteral("recommend"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                     QStringLiteral("--os"), QStringLiteral("linux"), QStringLiteral("--driver"),
                                     QStringLiteral("none"), QStringLiteral("--python"), QStringLiteral("3.12")});
    QCOMPARE(zh.outcome, Outcome::Succeeded);
    QVERIFY2(zh.stdOut.contains(QStringLiteral("推荐")), qPrintable(zh.stdOut));
}

void TestCli::recommendRejectsBadInput()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("kb.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schema_version\": 1, \"data_date\": \"2026-01-01\"}");
    file.close();
    ProcessResult result
        = runApp({QStringLiteral("recommend"), QStringLiteral("--kb"), broken, QStringLiteral("--driver"),
                  QStringLiteral("none"), QStringLiteral("--python"), QStringLiteral("3.12")});
    QCOMPARE(result.outcome, Outcome::ExitCode);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.stdErr.startsWith(QStringLiteral("kb.json: /: ")), qPrintable(result.stdErr));

    result = runApp({QStringLiteral("recommend"), QStringLiteral("--route"), QStringLiteral("brew"),
                     QStringLiteral("--driver"), QStringLiteral("none"), QStringLiteral("--python"),
                     QStringLiteral("3.12")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.stdErr.contains(QStringLiteral("brew")));
}

// Facts and choices that are not what they claim: exit 2, naming the option, before anything is
// detected or planned — never a recommendation that blames the driver for a typo.
void TestCli::malformedFactsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("driver that is a word") << QStringList{"recommend", "--driver", "abc"} << "--driver";
    QTest::newRow("driver too long to be one")
        << QStringList{"recommend", "--driver", "99999999999999999999.1"} << "--driver";
    QTest::newRow("compute capability that is a word")
        << QStringList{"recommend", "--compute-cap", "ampere"} << "--compute-cap";
    QTest::newRow("python that is not a version") << QStringList{"plan", "--python", "3.x"} << "--python";
    QTest::newRow("unknown existing-environment choice")
        << QStringList{"install", "--if-exists", "keep"} << "--if-exists";
    QTest::newRow("unknown shell") << QStringList{"plan", "--shell", "fish"} << "--shell";
}

void TestCli::malformedFactsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const ProcessResult result = runApp(args + QStringList{"--lang", "en"});
    QCOMPARE(result.outcome, Outcome::ExitCode);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.stdErr.contains(named), qPrintable(result.stdErr));
    QVERIFY2(result.stdOut.isEmpty(), qPrintable(result.stdOut)); // nothing detected or recommended
}

void TestCli::computeCapabilityAsSmName()
{
    const ProcessResult result = runApp(
        {"recommend", "--driver", "550.54.15", "--compute-cap", "sm_89", "--python", "3.11", "--json", "--lang", "en"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.stdOut.contains(QStringLiteral("sm_89")), qPrintable(result.stdOut));
    QVERIFY2(!result.stdOut.contains(QStringLiteral("sm_sm")), qPrintable(result.stdOut));
    QVERIFY2(!result.stdOut.contains(QStringLiteral("driver_too_old")), qPrintable(result.stdOut));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
