// Verification: the probe's output parsed (a real run on this machine's torch, and the GPU stages), the real probe
// run by a real Python where there is one, and fake Pythons that crash, hang, fail to import torch or print garbage.
#include <core/verify/verifier.h>
#include <core/verify/verifyprobe.h>
#include <faketools.h>

#include <nlohmann/json.hpp>

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace tgs;

namespace {

QString fixtureText(const QString &name)
{
    return QString::fromUtf8(FakeTools::fixture(QStringLiteral("verify/") + name));
}

VerifyOptions optionsFor(const FakeTools &tools, int timeoutMs = 20000)
{
    VerifyOptions options;
    options.platform = tools.platform();
    options.timeoutMs = timeoutMs;
    return options;
}

// The probe's stage lines as a fake Python prints them.
QByteArray stages(const QStringList &names)
{
    const QStringList lines = fixtureText(QStringLiteral("gpu-rtx4070-sm120-missing-constructed.txt")).split(u'\n');
    QByteArray out;
    for (const QString &line : lines) {
        if (names.contains(line.section(u' ', 1, 1)))
            out += line.toUtf8() + '\n';
    }
    return out;
}

QString problemText(const Verification &v)
{
    QStringList lines;
    for (const Problem &p : v.problems)
        lines << p.component + u' ' + problemKindId(p.kind) + u' ' + p.message;
    return lines.join(u'\n');
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void parsesACpuOnlyTorch();
    void parsesGpusAndAMissingArchitecture();
    void parseIgnoresGarbage();
    void parseRejectsNumbersBeyondInt();
    void realProbeOnThisMachine();
    void importErrorIsAResult();
    void hangIsStoppedAndPlaced();
    void crashKeepsWhatWasLearnt();
    void garbageIsUnparseable();
    void missingPythonAndUnknownEnv();
    void targetsResolveToTheirPython();
    void runsInTheBackground();
};

void TestVerifier::parsesACpuOnlyTorch()
{
    Verification v;
    const QStringList read = VerifyProbe::parse(fixtureText(QStringLiteral("debian-1.13-cpu.txt")), v);
    QCOMPARE(read, (QStringList{"python", "import", "cuda", "cpu", "done"}));
    QCOMPARE(v.pythonVersion, QStringLiteral("3.11.2"));
    QVERIFY(v.torchImported);
    QCOMPARE(v.torchVersion, QStringLiteral("1.13.0a0"));
    QVERIFY(v.cpuOnly);
    QVERIFY(v.cuda.isEmpty());
    QVERIFY(!v.cudnnNumber);
    QCOMPARE(v.cudaAvailable, std::optional<bool>(false));
    QCOMPARE(v.cudaError, QStringLiteral("AssertionError: Torch not compiled with CUDA enabled"));
    QVERIFY(v.cpuComputeOk);
    QVERIFY(v.computeOk());
    QVERIFY(v.passed(false));
    QVERIFY(!v.passed(true)); // on a PC with an NVIDIA GPU a CPU-only torch is no success
}

void TestVerifier::parsesGpusAndAMissingArchitecture()
{
    Verification v;
    VerifyProbe::parse(fixtureText(QStringLiteral("gpu-rtx4070-sm120-missing-constructed.txt")), v);
    QCOMPARE(v.pythonExecutable, QStringLiteral("C:\\Users\\张三\\miniforge3\\envs\\torchgpu\\python.exe"));
    QCOMPARE(v.cuda, QStringLiteral("12.4"));
    QCOMPARE(v.cudnnNumber, std::optional<int>(90100));
    QCOMPARE(v.cudnnVersion, QStringLiteral("9.1.0"));
    QCOMPARE(v.torchvisionVersion, QStringLiteral("0.20.1+cu124"));
    QVERIFY(!v.cpuOnly);
    QCOMPARE(v.deviceCount, 2);
    QCOMPARE(v.archList.size(), 8);
    QCOMPARE(v.devices.size(), 2);
    QCOMPARE(v.devices.at(0).name, QStringLiteral("NVIDIA GeForce RTX 4070 Laptop GPU"));
    QCOMPARE(v.devices.at(0).memoryTotalMib, std::optional<int>(8188));
    QVERIFY(v.devices.at(0).computeOk);
    QCOMPARE(v.devices.at(0).matmulMs, std::optional<double>(1.37));
    QCOMPARE(v.devices.at(1).computeCapability, QStringLiteral("12.0"));
    QVERIFY(!v.devices.at(1).computeOk);
    QVERIFY(v.devices.at(1).error.contains(QStringLiteral("no kernel image")));
    QVERIFY(!v.computeOk()); // one GPU that cannot compute fails the whole check
    QVERIFY(!v.passed(true));

    const nlohmann::json j = verificationToJson(v, true);
    for (const char *key : {"torch", "torchvision", "torchaudio", "cuda", "cudnn", "cuda_available", "devices",
                            "cpu_only", "compute_ok", "torch_path", "problems"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["devices"][1]["compute_ok"].get<bool>(), false);
    QCOMPARE(j["devices"][0]["memory_total_mib"].get<int>(), 8188);
    QCOMPARE(j["cudnn"].get<std::string>(), std::string("9.1.0"));
    QCOMPARE(j["passed"].get<bool>(), false);
}

void TestVerifier::parseIgnoresGarbage()
{
    Verification v;
    const QStringList read = VerifyProbe::parse(
        QStringLiteral("TGS-VERIFY import {not json\nTGS-VERIFY cuda [1,2]\nTGS-VERIFY\n\x01\x02 noise\n"
                       "TGS-VERIFY device {\"index\": 7, \"compute_ok\": true}\nTGS-VERIFY import {\"ok\": \"yes\"}\n"),
        v);
    QCOMPARE(read, (QStringList{"device", "import"}));
    QVERIFY(!v.torchImported);    // "ok" must be a boolean true
    QVERIFY(v.devices.isEmpty()); // a device the cuda stage never named is ignored
}

// Found by fuzzing (tests/fuzz/fuzz_verify_probe): 1e300 as an index or size was converted to int, which is undefined
// behaviour (x86 gave INT_MIN), and a cuDNN number of 4294967297 narrowed to 1. Such a number is unknown instead.
void TestVerifier::parseRejectsNumbersBeyondInt()
{
    Verification v;
    const QStringList read
        = VerifyProbe::parse(fixtureText(QStringLiteral("fuzz-numbers-beyond-int-constructed.txt")), v);
    QCOMPARE(read, (QStringList{"python", "import", "cuda", "device", "cpu", "done"}));
    QCOMPARE(v.torchVersion, QStringLiteral("2.7.1+cu128"));
    QVERIFY(!v.cudnnNumber);
    QVERIFY(v.cudnnVersion.isEmpty());
    QCOMPARE(v.deviceCount, 0);
    QCOMPARE(v.devices.size(), 1);
    QCOMPARE(v.devices.at(0).name, QStringLiteral("NVIDIA GeForce RTX 4070"));
    QCOMPARE(v.devices.at(0).index, 0); // its place in the list, as for a device without an index
    QVERIFY(!v.devices.at(0).memoryTotalMib);
    QVERIFY(!v.devices.at(0).computeOk); // the device stage named no device this program can tell
    QVERIFY(!v.computeOk());
}

void TestVerifier::realProbeOnThisMachine()
{
#ifdef Q_OS_WIN
    QSKIP("needs Debian's /usr/bin/python3 with python3-torch: the Linux build's test (Wine has no Python)");
#endif
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(python).isFile())
        QSKIP("needs Debian's /usr/bin/python3 with python3-torch (scripts/setup.sh installs them)");
    VerifyOptions options;
    options.timeoutMs = 120000;
    const Verification v = Verifier::verify(VerifyTarget::python(python), options);
    QVERIFY2(v.problems.isEmpty(), qPrintable(problemText(v) + u'\n' + v.output));
    QCOMPARE(v.pythonExecutable, python);
    if (!v.torchImported)
        QSKIP("this machine's python3 has no torch (scripts/setup.sh installs python3-torch)");
    QVERIFY(v.torchVersion.startsWith(QStringLiteral("1.13")));
    QVERIFY(v.cpuOnly);
    QCOMPARE(v.cudaAvailable, std::optional<bool>(false));
    QVERIFY(v.cpuComputeOk);
    QVERIFY(v.cpuMs.has_value());
    QVERIFY(v.passed(false));
}

void TestVerifier::importErrorIsAResult()
{
    FakeTools tools;
    // The error text of tests/fixtures/doctor/ and of real reports: torch's DLLs cannot load.
    const QByteArray importFailed
        = stages({"python"})
          + "TGS-VERIFY import {\"ok\": false, \"error\": \"OSError: [WinError 126] The specified module could not be "
            "found. Error loading \\\"C:\\\\Python312\\\\Lib\\\\site-packages\\\\torch\\\\lib\\\\c10.dll\\\" or one "
            "of its dependencies.\"}\nTGS-VERIFY done {}\n";
    const QString python = tools.addTool(QStringLiteral("python"), {{QStringLiteral("*"), importFailed}});
    const Verification v = Verifier::verify(VerifyTarget::python(python), optionsFor(tools));
    QVERIFY2(v.problems.isEmpty(), qPrintable(problemText(v)));
    QVERIFY(!v.torchImported);
    QVERIFY(v.torchImportError.contains(QStringLiteral("WinError 126")));
    QVERIFY(!v.passed(false));
    QVERIFY(verificationToJson(v, false)["cpu_only"].is_null()); // unknown, not false
}

void TestVerifier::hangIsStoppedAndPlaced()
{
    FakeTools tools;
    const QString python = tools.addTool(
        QStringLiteral("python"),
        {FakeResponse(QStringLiteral("*"), stages({"python", "import", "cuda"})).hangingAfterOutput(60)});
    const Verification v = Verifier::verify(VerifyTarget::python(python), optionsFor(tools, 3000));
    QCOMPARE(v.problems.size(), 1);
    QCOMPARE(v.problems.first().kind, ProblemKind::TimedOut);
    // Where it hung: on the first GPU, named.
    QVERIFY2(v.problems.first().message.contains(QStringLiteral("NVIDIA GeForce RTX 4070 Laptop GPU")),
             qPrintable(v.problems.first().message));
    QCOMPARE(v.torchVersion, QStringLiteral("2.5.1+cu124")); // what came before the hang is kept
    QVERIFY(!v.passed(true));
}

void TestVerifier::crashKeepsWhatWasLearnt()
{
    FakeTools tools;
    const QString python = tools.addTool(QStringLiteral("python"),
                                         {FakeResponse(QStringLiteral("*"), stages({"python", "import"})).crashing()});
    const Verification v = Verifier::verify(VerifyTarget::python(python), optionsFor(tools));
    QCOMPARE(v.problems.size(), 1);
    QCOMPARE(v.problems.first().kind, ProblemKind::Failed);
    QVERIFY2(v.problems.first().message.contains(QStringLiteral("is_available")), qPrintable(problemText(v)));
    QVERIFY(v.torchImported);
    QCOMPARE(v.cuda, QStringLiteral("12.4"));
    QVERIFY(!v.cudaAvailable.has_value());
}

void TestVerifier::garbageIsUnparseable()
{
    FakeTools tools;
    const QString python
        = tools.addTool(QStringLiteral("python"), {{QStringLiteral("*"), "Python says hello\n\x01\x02\n"}});
    const Verification v = Verifier::verify(VerifyTarget::python(python), optionsFor(tools));
    QCOMPARE(v.problems.size(), 1);
    QCOMPARE(v.problems.first().kind, ProblemKind::Unparseable);
    QVERIFY(v.problems.first().message.contains(QStringLiteral("Python says hello")));
    QVERIFY(!v.passed(false));
}

void TestVerifier::missingPythonAndUnknownEnv()
{
    FakeTools tools;
    Verification v
        = Verifier::verify(VerifyTarget::python(tools.root() + QStringLiteral("/no/python")), optionsFor(tools));
    QCOMPARE(v.problems.size(), 1);
    QCOMPARE(v.problems.first().kind, ProblemKind::NotFound);

    CondaInfo conda;
    conda.envs = {{QStringLiteral("base"), tools.root(), {}, {}}, {QStringLiteral("gpu"), tools.root(), {}, {}}};
    v = Verifier::verify(VerifyTarget::condaEnv(QStringLiteral("torch")), optionsFor(tools), conda);
    QCOMPARE(v.problems.size(), 1);
    QVERIFY2(v.problems.first().message.contains(QStringLiteral("base, gpu")), qPrintable(problemText(v)));
    v = Verifier::verify(VerifyTarget::condaEnv(QStringLiteral("torch")), optionsFor(tools));
    QVERIFY(v.problems.first().message.contains(QStringLiteral("--prefix")));
}

void TestVerifier::targetsResolveToTheirPython()
{
    FakeTools tools;
    const QString python = tools.addToolAt(QStringLiteral("envs/gpu/bin/python"), {});
    CondaInfo conda;
    conda.envs = {{QStringLiteral("gpu"), tools.root() + QStringLiteral("/envs/gpu"), {}, {}}};
    const Platform platform = tools.platform();
    QCOMPARE(*Verifier::pythonFor(VerifyTarget::prefix(tools.root() + QStringLiteral("/envs/gpu")), platform, {}),
             python);
    QCOMPARE(*Verifier::pythonFor(VerifyTarget::condaEnv(QStringLiteral("gpu")), platform, conda), python);
    QVERIFY(!Verifier::pythonFor(VerifyTarget::prefix(tools.root()), platform, {}));
}

void TestVerifier::runsInTheBackground()
{
    FakeTools tools;
    const QString python = tools.addTool(
        QStringLiteral("python"),
        {{QStringLiteral("*"),
          "Loading CUDA…\n" + FakeTools::fixture(QStringLiteral("verify/gpu-rtx4070-sm120-missing-constructed.txt"))}});
    Verifier verifier;
    QSignalSpy lines(&verifier, &Verifier::outputLine);
    QSignalSpy finished(&verifier, &Verifier::finished);
    verifier.start(VerifyTarget::python(python), optionsFor(tools));
    QVERIFY(verifier.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!verifier.isRunning());
    QCOMPARE(lines.count(), 1); // the probe's own stage lines are not shown as output
    QCOMPARE(lines.first().first().toString(), QStringLiteral("Loading CUDA…"));
    const auto v = finished.first().first().value<Verification>();
    QCOMPARE(v.devices.size(), 2);
    QVERIFY(v.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
