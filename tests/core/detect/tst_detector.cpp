// Detection end to end: fake nvidia-smi, conda, nvcc and python on a fake PATH and a fake file
// system, answering with recorded real outputs — and hanging, printing garbage or missing.
#include <core/detect/detector.h>
#include <core/detect/environmentreport.h>
#include <faketools.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace tgs;

namespace {

QByteArray h100QueryRows()
{
    QByteArray rows;
    for (int i = 0; i < 8; ++i)
        rows += QByteArray::number(i) + ", NVIDIA H100 80GB HBM3, 81559, 9.0, 565.57.01\n";
    return rows;
}

const QString kQuery
    = QStringLiteral("--query-gpu=index,name,memory.total,compute_cap,driver_version --format=csv,noheader,nounits");

DetectionOptions optionsFor(const FakeTools &tools)
{
    DetectionOptions options;
    options.platform = tools.platform();
    options.timeouts = {5000, 5000, 5000, 5000, 5000};
    return options;
}

QByteArray problemList(const Environment &e)
{
    QStringList lines;
    for (const Problem &p : e.problems)
        lines << p.component + u' ' + problemKindId(p.kind) + u' ' + p.message;
    return lines.join(u'\n').toUtf8();
}

const Problem *problem(const Environment &e, const QString &component)
{
    return e.problemFor(component);
}

QString kindOf(const Environment &e, const QString &component)
{
    const Problem *p = problem(e, component);
    return p ? problemKindId(p->kind) : QString();
}

// A kind compared with every problem in the failure message: a flaky run then says what happened.
#define COMPARE_KIND(env, component, expected)                                                                         \
    QVERIFY2(kindOf(env, component) == (expected),                                                                     \
             qPrintable(QStringLiteral("%1: expected %2, got %3; problems:\n%4")                                       \
                            .arg(component, expected, kindOf(env, component), QString::fromUtf8(problemList(env)))))

const PythonInfo *pythonAt(const Environment &e, const QString &executable)
{
    for (const PythonInfo &python : e.pythons) {
        if (python.executable == executable)
            return &python;
    }
    return nullptr;
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<Environment>(); }
    void fullMachine();
    void hungNvidiaSmiTimesOut();
    void garbageEverywhere();
    void nothingInstalled();
    void oldDriverRejectsComputeCap();
    void nvidiaSmiFailures_data();
    void nvidiaSmiFailures();
    void brokenTorchAndHungPython();
    void crashingDriverQuery();
    void oldCondaWithoutJson();
    void hungCondaHasNoVersion();
    void cancelEndsEverything();
    void quickPhaseReadsTorchFromDisk_data();
    void quickPhaseReadsTorchFromDisk();
    void quickAnswerComesBeforeTheDeepOne();
    void nvccOnPathOutsideAToolkit();
    void nvccOfAKnownToolkitCountsOnce();
    void windowsMachineInItsRealLocations();
    void nvccWrapperLeadsToItsToolkit();
    void chainOfSlowProbesEndsByTheDeadline();
    void manyEnvironmentsWaitForAFreeSlot();
};

void TestDetector::fullMachine()
{
    FakeTools tools;
    const QString smi
        = tools.addTool(QStringLiteral("nvidia-smi"),
                        {{QStringLiteral("--query-gpu=*"), h100QueryRows()},
                         {QStringLiteral("*"),
                          FakeTools::fixture(QStringLiteral("nvidia-smi/linux-565.57.01-h100x8-91col-full.txt"))}});
    tools.writeFile(QStringLiteral("fs/proc/driver/nvidia/version"),
                    FakeTools::fixture(QStringLiteral("proc-driver-version/open-565.57.01-ubuntu2404.txt")));
    const QString driverProbe
        = tools.addTool(QStringLiteral("driver-probe"),
                        {{QStringLiteral("*"), "cuda-driver library=libcuda.so.1 version=12070 init=0 devices=8\n"}});

    const QString base = tools.home() + QStringLiteral("/miniforge3");
    const QString gpuEnv = base + QStringLiteral("/envs/gpu");
    const QString extraEnv = tools.root() + QStringLiteral("/elsewhere/extra");
    const QByteArray info
        = QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1", "%2", "%3"],
                                              "envs_dirs": ["%1/envs"]})")
              .arg(base, gpuEnv, extraEnv)
              .toUtf8();
    const QString conda
        = tools.addToolAt(QStringLiteral("home/miniforge3/bin/conda"), {{QStringLiteral("info --json"), info}});
    tools.writeFile(QStringLiteral("home/miniforge3/conda-meta/python-3.12.7-h2ad013b_0_cpython.json"), "{}");
    tools.writeFile(QStringLiteral("home/miniforge3/envs/gpu/conda-meta/python-3.10.14-hd12c33a_0_cpython.json"), "{}");
    tools.writeFile(QStringLiteral("home/miniforge3/envs/gpu/conda-meta/cudnn-9.1.0.70-cuda12_0.json"), "{}");
    tools.writeFile(QStringLiteral("elsewhere/extra/conda-meta/python-3.9.20-h1.json"), "{}");
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{QStringLiteral("*"),
                      FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7"))}});
    // One line, as json.dumps prints it.
    const QString torch
        = QStringLiteral(R"({"version": "2.5.1+cu124", "cuda": "12.4", "cudnn": 90100, "cuda_available": true, )"
                         R"("arch_list": ["sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"], )"
                         R"("devices": [{"name": "NVIDIA H100 80GB HBM3", "capability": "9.0"}], "cuda_error": null})");
    tools.addToolAt(QStringLiteral("home/miniforge3/envs/gpu/bin/python"),
                    {{QStringLiteral("*"), FakeTools::probeOutput(gpuEnv + QStringLiteral("/bin/python"),
                                                                  QStringLiteral("3.10.14"), torch)}});
    tools.addToolAt(QStringLiteral("elsewhere/extra/bin/python"),
                    {{QStringLiteral("*"),
                      FakeTools::probeOutput(extraEnv + QStringLiteral("/bin/python"), QStringLiteral("3.9.20"))}});
    tools.addTool(
        QStringLiteral("python3"),
        {{QStringLiteral("*"), FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2"))}});

    tools.addToolAt(QStringLiteral("fs/usr/local/cuda-13.2/bin/nvcc"),
                    {{QStringLiteral("--version"), FakeTools::fixture(QStringLiteral("nvcc/linux-13.2.78.txt"))}});
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-13.2/include/cuda.h"), "/* cuda.h */");
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-13.2/include/cudnn_version.h"),
                    FakeTools::fixture(QStringLiteral("cudnn-header/cudnn_version-9.6.0-excerpt.h")));
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-11.5/version.json"),
                    FakeTools::fixture(QStringLiteral("cuda-version-file/version-11.5.2.json")));

    DetectionOptions options = optionsFor(tools);
    options.driverProbeProgram = driverProbe;

    Detector detector;
    QSignalSpy started(&detector, &Detector::probeStarted);
    QSignalSpy finishedProbes(&detector, &Detector::probeFinished);
    QSignalSpy finished(&detector, &Detector::finished);
    detector.start(options);
    QVERIFY(finished.wait(30000));
    const Environment e = finished.first().first().value<Environment>();
    QCOMPARE(started.count(), finishedProbes.count());

    QVERIFY2(e.problems.isEmpty(), problemList(e).constData());
    QCOMPARE(e.os, QStringLiteral("linux"));
    QCOMPARE(e.gpus.size(), 8);
    QCOMPARE(e.gpus.at(7).name, QStringLiteral("NVIDIA H100 80GB HBM3"));
    QCOMPARE(e.gpus.at(7).computeCapability, QStringLiteral("9.0"));
    QCOMPARE(e.gpus.at(7).memoryTotalMib.value_or(0), 81559);
    QVERIFY(e.driver);
    QCOMPARE(e.driver->version, QStringLiteral("565.57.01"));
    QCOMPARE(e.driver->cudaVersion, QStringLiteral("12.7"));
    QCOMPARE(e.driver->cudaSource, QStringLiteral("nvidia-smi"));
    QCOMPARE(tools.calls(smi).size(), 2);
    QVERIFY(tools.calls(smi).contains(kQuery));

    QVERIFY(e.conda);
    QCOMPARE(e.conda->executable, conda);
    QCOMPARE(e.conda->version, QStringLiteral("24.9.2"));
    QCOMPARE(e.conda->basePrefix, base);
    QCOMPARE(e.conda->envs.size(), 3);
    QCOMPARE(e.conda->envs.at(0).name, QStringLiteral("base"));
    QCOMPARE(e.conda->envs.at(0).python, QStringLiteral("3.12.7"));
    QCOMPARE(e.conda->envs.at(1).name, QStringLiteral("gpu"));
    QCOMPARE(e.conda->envs.at(1).cudnn, QStringLiteral("9.1.0.70"));
    QCOMPARE(e.conda->envs.at(2).name, QString());
    QCOMPARE(e.conda->envs.at(2).prefix, extraEnv);

    QCOMPARE(e.pythons.size(), 4);
    const PythonInfo *gpuPython = pythonAt(e, gpuEnv + QStringLiteral("/bin/python"));
    QVERIFY(gpuPython && gpuPython->torch);
    QCOMPARE(gpuPython->torch->version, QStringLiteral("2.5.1+cu124"));
    QCOMPARE(gpuPython->torch->cudnn, QStringLiteral("9.1.0"));
    QCOMPARE(gpuPython->source, QStringLiteral("conda env gpu"));
    QVERIFY(pythonAt(e, extraEnv + QStringLiteral("/bin/python"))); // known only from conda's answer
    QVERIFY(pythonAt(e, QStringLiteral("/usr/bin/python3")));

    QCOMPARE(e.cudaToolkits.size(), 2);
    QCOMPARE(e.cudaToolkits.at(0).version, QStringLiteral("11.5.119"));
    QCOMPARE(e.cudaToolkits.at(0).source, QStringLiteral("version.json"));
    QCOMPARE(e.cudaToolkits.at(1).version, QStringLiteral("13.2.78"));
    QCOMPARE(e.cudaToolkits.at(1).path, tools.fsRoot() + QStringLiteral("/usr/local/cuda-13.2"));

    QStringList cudnn;
    for (const CudnnInfo &c : e.cudnn)
        cudnn << c.version + u'@' + c.source;
    QVERIFY2(cudnn.contains(QStringLiteral("9.6.0@cudnn_version.h")), qPrintable(cudnn.join(u',')));
    QVERIFY(cudnn.contains(QStringLiteral("9.1.0.70@conda package cudnn")));
    QVERIFY(cudnn.contains(QStringLiteral("9.1.0@torch.backends.cudnn.version()")));

    // The JSON has every key the issue names, versions as strings.
    const nlohmann::json j = environmentToJson(e);
    for (const char *key : {"os", "gpus", "driver", "conda", "pythons", "cuda_toolkits", "cudnn", "problems"})
        QVERIFY2(j.contains(key), key);
    QCOMPARE(j["gpus"][0]["compute_capability"].get<std::string>(), std::string("9.0"));
    QCOMPARE(j["gpus"][0]["memory_total_mib"].get<int>(), 81559);
    QCOMPARE(j["driver"]["cuda_version"].get<std::string>(), std::string("12.7"));
    QVERIFY(j["conda"]["envs"][1]["python"].is_string());
    QCOMPARE(j["pythons"].size(), size_t(4));
}

void TestDetector::hungNvidiaSmiTimesOut()
{
    FakeTools tools;
    const QString smi
        = tools.addTool(QStringLiteral("nvidia-smi"), {{QStringLiteral("*"), "never printed", {}, 0, 30}});
    tools.addTool(
        QStringLiteral("python3"),
        {{QStringLiteral("*"), FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2"))}});
    DetectionOptions options = optionsFor(tools);
    options.timeouts.nvidiaSmiMs = 400;
    const Environment e = Detector::detect(options);
    COMPARE_KIND(e, QStringLiteral("nvidia-smi"), QStringLiteral("timed_out"));
    QVERIFY(e.gpus.isEmpty());
    QCOMPARE(e.pythons.size(), 1); // the rest of detection is not held up
    QVERIFY(problem(e, QStringLiteral("nvidia-smi"))->message.contains(QStringLiteral("nvidia-smi")));
}

void TestDetector::garbageEverywhere()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("nvidia-smi"), {{QStringLiteral("*"), "\x01\x02 Lorem ipsum dolor\n"}});
    tools.addTool(QStringLiteral("conda"), {{QStringLiteral("*"), "%%% not conda %%%\n"}});
    tools.addTool(QStringLiteral("python3"), {{QStringLiteral("*"), "Python says hello\n"}});
    const Environment e = Detector::detect(optionsFor(tools));
    COMPARE_KIND(e, QStringLiteral("nvidia-smi"), QStringLiteral("unparseable"));
    COMPARE_KIND(e, QStringLiteral("conda"), QStringLiteral("unparseable"));
    COMPARE_KIND(e, QStringLiteral("python"), QStringLiteral("unparseable"));
    QVERIFY(e.gpus.isEmpty());
    QVERIFY(e.conda); // it is there, only its answers are unreadable
    QVERIFY(e.conda->version.isEmpty());
}

void TestDetector::nothingInstalled()
{
    FakeTools tools;
    const Environment e = Detector::detect(optionsFor(tools));
    COMPARE_KIND(e, QStringLiteral("nvidia-smi"), QStringLiteral("not_found"));
    COMPARE_KIND(e, QStringLiteral("conda"), QStringLiteral("not_found"));
    COMPARE_KIND(e, QStringLiteral("python"), QStringLiteral("not_found"));
    COMPARE_KIND(e, QStringLiteral("cuda-toolkit"), QStringLiteral("not_found"));
    COMPARE_KIND(e, QStringLiteral("cudnn"), QStringLiteral("not_found"));
    QVERIFY(!e.driver);
    QVERIFY(!e.conda);
    const nlohmann::json j = environmentToJson(e);
    QVERIFY(j["driver"].is_null());
    QVERIFY(j["conda"].is_null());
    QVERIFY(j["gpus"].is_array() && j["gpus"].empty());
    // "Not found" says where we looked and what to do.
    QVERIFY(problem(e, QStringLiteral("nvidia-smi"))
                ->message.contains(tools.fsRoot() + QStringLiteral("/usr/bin/nvidia-smi")));
}

void TestDetector::oldDriverRejectsComputeCap()
{
    FakeTools tools;
    const QString smi = tools.addTool(
        QStringLiteral("nvidia-smi"),
        {{QStringLiteral("--query-gpu=*compute_cap*"),
          FakeTools::fixture(QStringLiteral("nvidia-smi-query/error-compute_cap-invalid-field.txt")),
          {},
          2},
         {QStringLiteral("--query-gpu=*"), "0, GeForce GTX 1080, 8112, 384.130\n1, GeForce GTX 1080, 8114, 384.130\n"},
         {QStringLiteral("*"),
          FakeTools::fixture(QStringLiteral("nvidia-smi/linux-384.130-2x-gtx1080-79col-no-cuda-version.txt"))}});
    const QString driverProbe
        = tools.addTool(QStringLiteral("driver-probe"),
                        {{QStringLiteral("*"), "cuda-driver library=libcuda.so.1 version=9000 init=0 devices=2\n"}});
    DetectionOptions options = optionsFor(tools);
    options.driverProbeProgram = driverProbe;
    const Environment e = Detector::detect(options);
    QCOMPARE(tools.calls(smi).size(), 3);
    QVERIFY(tools.calls(smi).contains(
        QStringLiteral("--query-gpu=index,name,memory.total,driver_version --format=csv,noheader,nounits")));
    QCOMPARE(e.gpus.size(), 2);
    QCOMPARE(e.gpus.at(1).memoryTotalMib.value_or(0), 8114);
    QVERIFY(e.gpus.at(1).computeCapability.isEmpty());
    QCOMPARE(e.driver->version, QStringLiteral("384.130"));
    // Drivers <= 410 print no CUDA version; the driver itself still says it.
    QCOMPARE(e.driver->cudaVersion, QStringLiteral("9.0"));
    QVERIFY(e.driver->cudaSource.startsWith(QStringLiteral("cuDriverGetVersion")));
    QVERIFY(!problem(e, QStringLiteral("nvidia-smi")));
}

void TestDetector::nvidiaSmiFailures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("kind");
    QTest::newRow("driver unreachable") << "nvidia-smi/error-driver-unreachable-docker.txt" << 9
                                        << "driver_unreachable";
    QTest::newRow("driver/library mismatch")
        << "nvidia-smi/error-nvml-mismatch-new-570.txt" << 18 << "driver_library_mismatch";
    QTest::newRow("no devices") << "nvidia-smi/error-no-devices-found.txt" << 6 << "no_devices";
    QTest::newRow("unknown failure") << "nvcc/linux-7.5.17.txt" << 1 << "failed";
}

void TestDetector::nvidiaSmiFailures()
{
    QFETCH(QString, fixture);
    QFETCH(int, exitCode);
    QFETCH(QString, kind);
    FakeTools tools;
    tools.addTool(QStringLiteral("nvidia-smi"), {{QStringLiteral("*"), FakeTools::fixture(fixture), {}, exitCode}});
    tools.writeFile(QStringLiteral("fs/sys/module/nvidia/version"), "570.124.06\n");
    const Environment e = Detector::detect(optionsFor(tools));
    QCOMPARE(kindOf(e, QStringLiteral("nvidia-smi")), kind);
    QVERIFY(!problem(e, QStringLiteral("nvidia-smi"))->message.isEmpty());
    // The kernel module still tells the driver version.
    QVERIFY(e.driver);
    QCOMPARE(e.driver->version, QStringLiteral("570.124.06"));
    QCOMPARE(e.driver->source, QStringLiteral("/sys/module/nvidia/version"));
}

void TestDetector::brokenTorchAndHungPython()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("python3"),
                  {{QStringLiteral("*"),
                    FakeTools::probeOutput(
                        QStringLiteral("/opt/py/python3"), QStringLiteral("3.12.1"), QStringLiteral("null"),
                        QStringLiteral(R"("OSError: [WinError 126] The specified module could not be found.")"))}});
    tools.addTool(QStringLiteral("python"), {{QStringLiteral("*"), "", {}, 0, 30}});
    DetectionOptions options = optionsFor(tools);
    // Long enough for a program to start on a busy machine (under Wine too), far shorter than the hang.
    options.timeouts.pythonMs = 4000;
    const Environment e = Detector::detect(options);
    QCOMPARE(e.pythons.size(), 1);
    QCOMPARE(e.pythons.first().torchImportError,
             QStringLiteral("OSError: [WinError 126] The specified module could not be found."));
    QStringList kinds;
    for (const Problem &p : e.problems) {
        if (p.component == QStringLiteral("python"))
            kinds << problemKindId(p.kind);
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("failed"), QStringLiteral("timed_out")}));
}

void TestDetector::crashingDriverQuery()
{
    FakeTools tools;
    const QString probe = tools.addTool(QStringLiteral("driver-probe"), {FakeResponse("*", {}).crashing()});
    DetectionOptions options = optionsFor(tools);
    options.driverProbeProgram = probe;
    const Environment e = Detector::detect(options);
    COMPARE_KIND(e, QStringLiteral("cuda-driver"), QStringLiteral("failed"));
    QVERIFY(!e.driver);
}

void TestDetector::oldCondaWithoutJson()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("conda"),
                  {{QStringLiteral("info --json"),
                    {},
                    "usage: conda [-h] [-V] command ...\nconda: error: unrecognized arguments: --json\n",
                    2},
                   {QStringLiteral("--version"), {}, "conda 4.3.30\n"},
                   {QStringLiteral("env list"),
                    FakeTools::fixture(QStringLiteral("conda/env-list-old-root-active-env-macos.txt"))}});
    const Environment e = Detector::detect(optionsFor(tools));
    QVERIFY(e.conda);
    QCOMPARE(e.conda->version, QStringLiteral("4.3.30"));
    QStringList prefixes;
    for (const CondaEnvInfo &env : e.conda->envs)
        prefixes << env.prefix;
    QVERIFY(prefixes.contains(QStringLiteral("/Users/user/anaconda/envs/custom-env-2")));
    QVERIFY(prefixes.contains(QStringLiteral("/Users/user/anaconda")));
    QVERIFY(!problem(e, QStringLiteral("conda")));
}

// conda found but silent: it is listed, its version said to be unknown (not "version " and nothing), and the
// time-out is a problem of its own.
void TestDetector::hungCondaHasNoVersion()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("conda"), {{QStringLiteral("*"), "", {}, 0, 30}});
    DetectionOptions options = optionsFor(tools);
    options.timeouts.condaMs = 1000;
    const Environment e = Detector::detect(options);
    QVERIFY(e.conda);
    QVERIFY(e.conda->version.isEmpty());
    COMPARE_KIND(e, QStringLiteral("conda"), QStringLiteral("timed_out"));
    const QString text = EnvironmentReport::toText(e);
    QVERIFY2(text.contains(QStringLiteral("version not known")), qPrintable(text));
}

void TestDetector::cancelEndsEverything()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("nvidia-smi"), {{QStringLiteral("*"), "", {}, 0, 30}});
    tools.addTool(QStringLiteral("python3"), {{QStringLiteral("*"), "", {}, 0, 30}});
    Detector detector;
    QSignalSpy finished(&detector, &Detector::finished);
    QSignalSpy started(&detector, &Detector::probeStarted);
    detector.start(optionsFor(tools));
    QCOMPARE(started.count(), 4); // query, table, and the quick and deep probes of python3
    detector.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(!detector.isRunning());
    const Environment e = finished.first().first().value<Environment>();
    COMPARE_KIND(e, QStringLiteral("detection"), QStringLiteral("failed"));
}

// The real quick probe (resources/python_quick.py) run by a real Python over a folder laid out
// like site-packages, holding real torch/version.py files.
void TestDetector::quickPhaseReadsTorchFromDisk_data()
{
    QTest::addColumn<QString>("versionFile");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("cuda");
    QTest::addColumn<QString>("cudnnWheel"); // nvidia-cudnn-cu12's dist-info, if the env has one
    QTest::addColumn<QString>("cudnn");
    QTest::newRow("2.7.1 cu126 with its cuDNN wheel") << "2.7.1+cu126.py"
                                                      << "2.7.1+cu126"
                                                      << "12.6"
                                                      << "nvidia_cudnn_cu12-9.5.1.17.dist-info"
                                                      << "9.5.1";
    QTest::newRow("2.2.1 cu121, bundled libcudnn.so.8") << "2.2.1+cu121.py"
                                                        << "2.2.1+cu121"
                                                        << "12.1"
                                                        << ""
                                                        << "8";
    QTest::newRow("Debian's 1.13 CPU build") << "1.13.0a0-debian-cpu.py"
                                             << "1.13.0a0"
                                             << ""
                                             << ""
                                             << "";
}

void TestDetector::quickPhaseReadsTorchFromDisk()
{
    QFETCH(QString, versionFile);
    QFETCH(QString, version);
    QFETCH(QString, cuda);
    QFETCH(QString, cudnnWheel);
    QFETCH(QString, cudnn);
#ifdef Q_OS_WIN
    QSKIP("needs a real Python to run the quick probe; the Wine prefix has none, and this machine cannot download "
          "Python for Windows (no network)");
#endif
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("needs Debian's /usr/bin/python3 (scripts/setup.sh installs it)");
    FakeTools tools;
    tools.writeFile(QStringLiteral("site/torch/version.py"),
                    FakeTools::fixture(QStringLiteral("torch-version-py/") + versionFile));
    if (cudnnWheel.isEmpty() && !cudnn.isEmpty())
        tools.writeFile(QStringLiteral("site/torch/lib/libcudnn.so.") + cudnn, "");
    if (!cudnnWheel.isEmpty())
        tools.writeFile(QStringLiteral("site/") + cudnnWheel + QStringLiteral("/METADATA"),
                        "Name: nvidia-cudnn-cu12\n");
    tools.writeFile(QStringLiteral("site/torchvision-0.22.1+cu126.dist-info/METADATA"), "Name: torchvision\n");
    DetectionOptions options = optionsFor(tools);
    options.deep = false;
    options.platform.environment.insert(QStringLiteral("PATH"), QFileInfo(python).absolutePath());
    options.platform.environment.insert(QStringLiteral("PYTHONPATH"), tools.root() + QStringLiteral("/site"));
    Detector detector;
    QSignalSpy started(&detector, &Detector::probeStarted);
    QSignalSpy quick(&detector, &Detector::quickFinished);
    QSignalSpy finished(&detector, &Detector::finished);
    detector.start(options);
    QVERIFY(finished.wait(30000));
    QCOMPARE(quick.count(), 1);
    for (const QList<QVariant> &call : started)
        QVERIFY2(!call.at(1).toString().contains(QStringLiteral("torch_probe.py")), "no deep probe with --quick");
    const Environment e = finished.first().first().value<Environment>();
    QVERIFY2(!e.pythons.isEmpty(), problemList(e).constData());
    const PythonInfo &found = e.pythons.first();
    QVERIFY(found.torch);
    QCOMPARE(found.torch->version, version);
    QCOMPARE(found.torch->cuda, cuda);
    QCOMPARE(found.torch->cudnn, cudnn);
    QCOMPARE(found.torch->cudaAvailable, std::optional<bool>()); // unknown without importing torch
    QVERIFY(!found.torch->imported);
    QCOMPARE(found.torch->torchvision, QStringLiteral("0.22.1+cu126"));
    QCOMPARE(found.torch->location, tools.root() + QStringLiteral("/site/torch"));
    QVERIFY(environmentToJson(e)["pythons"][0]["torch"]["cuda_available"].is_null());
}

void TestDetector::quickAnswerComesBeforeTheDeepOne()
{
    FakeTools tools;
    const QString quickJson = QStringLiteral(
        R"(TGS-PROBE-JSON: {"phase": "quick", "executable": "/usr/bin/python3", "version": "3.11.2", )"
        R"("torch": {"version": "2.5.1+cu124", "cuda": "12.4", "cudnn": null, "cuda_available": null, )"
        R"("location": "/env/lib/python3.11/site-packages/torch", "bundled_libraries": []}, )"
        R"("torch_error": null, "distributions": {"nvidia_cudnn_cu12": "9.1.0.70", "torchvision": "0.20.1+cu124"}})");
    const QString deepTorch = QStringLiteral(
        R"({"version": "2.5.1+cu124", "cuda": "12.4", "cudnn": 90100, "cuda_available": true, )"
        R"("arch_list": ["sm_86"], "devices": [{"name": "NVIDIA GeForce RTX 3090", "capability": "8.6"}], "cuda_error": null})");
    tools.addTool(QStringLiteral("python3"),
                  {{QStringLiteral("*tgs-quick"), quickJson.toUtf8() + '\n'},
                   {QStringLiteral("*tgs-deep"),
                    FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2"), deepTorch),
                    {},
                    0,
                    2}});
    Detector detector;
    QSignalSpy updated(&detector, &Detector::updated);
    QSignalSpy quick(&detector, &Detector::quickFinished);
    QSignalSpy finished(&detector, &Detector::finished);
    detector.start(optionsFor(tools));
    QVERIFY(quick.wait(30000));
    QCOMPARE(finished.count(), 0); // the deep probe is still importing torch
    QVERIFY(detector.isRunning());
    const Environment first = quick.first().first().value<Environment>();
    QCOMPARE(first.pythons.size(), 1);
    QCOMPARE(first.pythons.first().torch->version, QStringLiteral("2.5.1+cu124"));
    QCOMPARE(first.pythons.first().torch->cudnn, QStringLiteral("9.1.0"));
    QVERIFY(!first.pythons.first().torch->cudaAvailable);
    QVERIFY(updated.count() >= 1);

    QVERIFY(finished.wait(30000));
    const Environment last = finished.first().first().value<Environment>();
    QVERIFY2(!last.problemFor(QStringLiteral("python")), problemList(last).constData());
    const TorchInfo &torch = *last.pythons.first().torch;
    QCOMPARE(torch.cudaAvailable, std::optional<bool>(true));
    QVERIFY(torch.imported);
    QCOMPARE(torch.devices.first().capability, QStringLiteral("8.6"));
    QCOMPARE(torch.torchvision, QStringLiteral("0.20.1+cu124")); // kept from the quick phase
}

// conda's cuda-nvcc (or a wrapper) on PATH, in a folder that does not look like a toolkit.
void TestDetector::nvccOnPathOutsideAToolkit()
{
    FakeTools tools;
    const QString nvcc
        = tools.addTool(QStringLiteral("nvcc"),
                        {{QStringLiteral("--version"), FakeTools::fixture(QStringLiteral("nvcc/linux-11.5.119.txt"))}});
    const Environment e = Detector::detect(optionsFor(tools));
    QCOMPARE(e.cudaToolkits.size(), 1);
    QCOMPARE(e.cudaToolkits.first().version, QStringLiteral("11.5.119"));
    QCOMPARE(e.cudaToolkits.first().path, QFileInfo(tools.root()).canonicalFilePath());
    QCOMPARE(e.cudaToolkits.first().source, QStringLiteral("nvcc --version (PATH)"));
    QCOMPARE(tools.calls(nvcc).last(), QStringLiteral("--version"));
    QCOMPARE(problem(e, QStringLiteral("cuda-toolkit")), nullptr);
}

// A wrapper script on PATH (as /usr/local/bin/nvcc on this machine) execs the real nvcc of a
// toolkit elsewhere: `--dryrun` tells where, and the toolkit is reported from its own files.
void TestDetector::nvccWrapperLeadsToItsToolkit()
{
    FakeTools tools;
    tools.writeFile(QStringLiteral("opt/cuda-13.0/version.json"),
                    FakeTools::fixture(QStringLiteral("cuda-version-file/version-11.5.2.json")));
    const QByteArray dryrun
        = FakeTools::fixture(QStringLiteral("nvcc-dryrun/linux-13.0.88-via-wrapper.txt"))
              .replace("/usr/local/cuda-13.0", (tools.root() + QStringLiteral("/opt/cuda-13.0")).toUtf8());
    const QString wrapper
        = tools.addTool(QStringLiteral("nvcc"),
                        {{QStringLiteral("--dryrun*"), {}, dryrun},
                         {QStringLiteral("--version"), FakeTools::fixture(QStringLiteral("nvcc/linux-13.2.78.txt"))}});
    const Environment e = Detector::detect(optionsFor(tools));
    QCOMPARE(e.cudaToolkits.size(), 1);
    QCOMPARE(e.cudaToolkits.first().source, QStringLiteral("version.json"));
    QCOMPARE(e.cudaToolkits.first().path, tools.root() + QStringLiteral("/opt/cuda-13.0"));
    QCOMPARE(tools.calls(wrapper), QStringList{"--dryrun -E tgs-where.cu"});
}

// The nvcc on PATH belongs to a toolkit found by its version file: one toolkit, nvcc not run.
void TestDetector::nvccOfAKnownToolkitCountsOnce()
{
    FakeTools tools;
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-11.5/version.json"),
                    FakeTools::fixture(QStringLiteral("cuda-version-file/version-11.5.2.json")));
    const QString nvcc = tools.addToolAt(
        QStringLiteral("fs/usr/local/cuda-11.5/bin/nvcc"),
        {{QStringLiteral("--version"), FakeTools::fixture(QStringLiteral("nvcc/linux-11.5.119.txt"))}});
    DetectionOptions options = optionsFor(tools);
    options.platform.environment.insert(QStringLiteral("PATH"), tools.binDir() + u':' + tools.fsRoot()
                                                                    + QStringLiteral("/usr/local/cuda-11.5/bin"));
    const Environment e = Detector::detect(options);
    QCOMPARE(e.cudaToolkits.size(), 1);
    QCOMPARE(e.cudaToolkits.first().source, QStringLiteral("version.json"));
    QVERIFY(tools.calls(nvcc).isEmpty());
}

// The Windows rules on Windows files: nvidia-smi only in the DCH driver store, conda in the user profile (a Chinese
// user name with a space), a conda environment, the py launcher's list, a toolkit named by CUDA_PATH_V*.
void TestDetector::windowsMachineInItsRealLocations()
{
#ifndef Q_OS_WIN
    QSKIP("Windows paths on a Windows file system: runs in the Windows build (under Wine in CI)");
#else
    FakeTools tools;
    const auto native = [](const QString &path) { return QDir::toNativeSeparators(path); };
    const QString profile = native(tools.root() + QStringLiteral("/Users/张三 Li"));
    const QString windows = native(tools.root() + QStringLiteral("/Windows"));
    const QString smi = tools.addToolAt(
        QStringLiteral("Windows/System32/DriverStore/FileRepository/nvltsi.inf_amd64_4a1b2c3d/nvidia-smi.exe"),
        {{QStringLiteral("--query-gpu=*"), "0, NVIDIA GeForce RTX 4070 Laptop GPU, 8188, 8.9, 591.74\n"},
         {QStringLiteral("*"),
          FakeTools::fixture(QStringLiteral("nvidia-smi/windows-591.74-rtx4070-laptop-91col-driver-model.txt"))}});
    const QString driverProbe
        = tools.addTool(QStringLiteral("driver-probe.exe"),
                        {{QStringLiteral("*"), "cuda-driver library=nvcuda.dll version=13010 init=0 devices=1\n"}});

    const QString base = profile + QStringLiteral("\\miniforge3");
    const QString gpuEnv = base + QStringLiteral("\\envs\\gpu");
    const QByteArray info = QStringLiteral(R"({"conda_version": "25.1.1", "root_prefix": "%1", "envs": ["%1", "%2"]})")
                                .arg(QString(base).replace(u'\\', QStringLiteral("\\\\")),
                                     QString(gpuEnv).replace(u'\\', QStringLiteral("\\\\")))
                                .toUtf8();
    const QString conda = tools.addToolAt(QStringLiteral("Users/张三 Li/miniforge3/Scripts/conda.exe"),
                                          {{QStringLiteral("info --json"), info}});
    tools.writeFile(QStringLiteral("Users/张三 Li/miniforge3/conda-meta/python-3.12.7-h2ad013b_0_cpython.json"), "{}");
    tools.writeFile(QStringLiteral("Users/张三 Li/miniforge3/envs/gpu/conda-meta/python-3.11.9-h1_0_cpython.json"),
                    "{}");
    // What sys.executable says, as JSON.
    const auto jsonPath = [](QString path) { return path.replace(u'\\', QStringLiteral("\\\\")); };
    tools.addToolAt(QStringLiteral("Users/张三 Li/miniforge3/python.exe"),
                    {{QStringLiteral("*"), FakeTools::probeOutput(jsonPath(base + QStringLiteral("\\python.exe")),
                                                                  QStringLiteral("3.12.7"))}});
    tools.addToolAt(QStringLiteral("Users/张三 Li/miniforge3/envs/gpu/python.exe"),
                    {{QStringLiteral("*"), FakeTools::probeOutput(jsonPath(gpuEnv + QStringLiteral("\\python.exe")),
                                                                  QStringLiteral("3.11.9"))}});
    // The py launcher's -0p list (the 3.11+ format of tests/fixtures/py-launcher/), pointing at a python.org install.
    const QString launcherPython = native(tools.root() + QStringLiteral("/Python313/python.exe"));
    tools.addToolAt(
        QStringLiteral("Python313/python.exe"),
        {{QStringLiteral("*"), FakeTools::probeOutput(jsonPath(launcherPython), QStringLiteral("3.13.1"))}});
    tools.addTool(QStringLiteral("py.exe"),
                  {{QStringLiteral("-0p"), QStringLiteral(" -V:3.13 *        %1\n").arg(launcherPython).toUtf8()}});
    const QString toolkit = native(tools.root() + QStringLiteral("/NVIDIA GPU Computing Toolkit/CUDA/v11.5"));
    tools.writeFile(QStringLiteral("NVIDIA GPU Computing Toolkit/CUDA/v11.5/include/cuda.h"), "/* cuda.h */");
    tools.addToolAt(QStringLiteral("NVIDIA GPU Computing Toolkit/CUDA/v11.5/bin/nvcc.exe"),
                    {{QStringLiteral("--version"), FakeTools::fixture(QStringLiteral("nvcc/linux-11.5.119.txt"))}});

    DetectionOptions options;
    options.platform.os = Platform::Os::Windows;
    options.platform.homeDir = profile;
    options.platform.environment
        = {{QStringLiteral("PATH"), native(tools.binDir())},
           {QStringLiteral("SystemRoot"), windows},
           {QStringLiteral("USERPROFILE"), profile},
           {QStringLiteral("LOCALAPPDATA"), profile + QStringLiteral("\\AppData\\Local")},
           {QStringLiteral("ProgramFiles"), native(tools.root() + QStringLiteral("/Program Files"))},
           {QStringLiteral("CUDA_PATH_V11_5"), toolkit},
           {QStringLiteral("TEMP"), qEnvironmentVariable("TEMP")}};
    options.timeouts = {5000, 5000, 5000, 5000, 5000};
    options.driverProbeProgram = driverProbe;
    const Environment e = Detector::detect(options);

    QCOMPARE(e.os, QStringLiteral("windows"));
    QCOMPARE(e.gpus.size(), 1);
    QCOMPARE(e.gpus.first().computeCapability, QStringLiteral("8.9"));
    QVERIFY2(e.driver, problemList(e).constData());
    QCOMPARE(e.driver->version, QStringLiteral("591.74"));
    QCOMPARE(e.driver->cudaVersion, QStringLiteral("13.1"));
    QVERIFY(!tools.calls(smi).isEmpty());
    QVERIFY2(e.conda, problemList(e).constData());
    QCOMPARE(QDir::fromNativeSeparators(e.conda->executable), conda);
    QCOMPARE(e.conda->envs.size(), 2);
    QCOMPARE(e.conda->envs.at(1).name, QStringLiteral("gpu"));
    QCOMPARE(e.conda->envs.at(1).python, QStringLiteral("3.11.9"));
    QStringList sources;
    for (const PythonInfo &python : e.pythons)
        sources << python.source + u'=' + python.version;
    QVERIFY2(sources.contains(QStringLiteral("conda env gpu=3.11.9")), qPrintable(sources.join(u',')));
    QVERIFY2(sources.contains(QStringLiteral("py launcher=3.13.1")), qPrintable(sources.join(u',')));
    QVERIFY2(e.cudaToolkits.size() == 1, problemList(e).constData());
    QCOMPARE(e.cudaToolkits.first().version, QStringLiteral("11.5.119"));
    QCOMPARE(QDir::fromNativeSeparators(e.cudaToolkits.first().path), QDir::fromNativeSeparators(toolkit));
#endif
}

void TestDetector::chainOfSlowProbesEndsByTheDeadline()
{
    // A chain: conda info names two environments that are not in its envs folder, and each one's Python hangs.
    // With per-probe time-outs of 20 s the chain alone would take over 20 s. Two slots, the deep phase one of
    // them: two probes run until the deadline, the other two are never run.
    FakeTools tools;
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    const QString first = tools.root() + QStringLiteral("/elsewhere/first");
    const QString second = tools.root() + QStringLiteral("/elsewhere/second");
    const QByteArray info
        = QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1", "%2", "%3"]})")
              .arg(base, first, second)
              .toUtf8();
    const QString conda = tools.addToolAt(QStringLiteral("home/miniforge3/bin/conda"),
                                          {{QStringLiteral("info --json"), info, {}, 0, 0.3}});
    QStringList pythons;
    for (const QString &env : {QStringLiteral("first"), QStringLiteral("second")}) {
        tools.writeFile(QStringLiteral("elsewhere/%1/conda-meta/python-3.11.9-h1_0.json").arg(env), "{}");
        pythons << tools.addToolAt(QStringLiteral("elsewhere/%1/bin/python").arg(env),
                                   {{QStringLiteral("*"), "", {}, 0, 60}});
    }
    DetectionOptions options = optionsFor(tools);
    options.timeouts = {20000, 20000, 20000, 20000, 20000};
    options.deadlineMs = 5000; // conda info answers well within it, even under Wine on a busy machine
    options.maxConcurrentProbes = 2;
    Detector detector;
    QSignalSpy finished(&detector, &Detector::finished);
    detector.start(options);
    QVERIFY(finished.wait(60000));
    const Environment e = finished.first().first().value<Environment>();
    // Well before any probe's own time-out: the deadline (and the grace to end a process) ended it.
    QVERIFY2(e.elapsedMs < 15000, qPrintable(QString::number(e.elapsedMs)));
    QCOMPARE(tools.calls(conda).size(), 1);
    QVERIFY2(!problem(e, QStringLiteral("conda")), problemList(e).constData());
    COMPARE_KIND(e, QStringLiteral("detection"), QStringLiteral("timed_out"));
    const QString message = problem(e, QStringLiteral("detection"))->message;
    QVERIFY2(message.contains(QStringLiteral("limit of 5 second")), qPrintable(message));
    // Which probes got the two slots depends on the order they were queued in; every one of the four is named,
    // as stopped if it ran (its fake logged a call) or as not run.
    const qsizetype stopped = message.indexOf(QStringLiteral("stopped: "));
    const qsizetype notRun = message.indexOf(QStringLiteral("not run: "));
    QVERIFY2(stopped >= 0, qPrintable(message));
    const QString stoppedPart = message.mid(stopped, notRun > stopped ? notRun - stopped : -1);
    const QString notRunPart = notRun >= 0 ? message.mid(notRun) : QString();
    int ran = 0;
    for (const QString &python : pythons) {
        for (const QString &script :
             {QStringLiteral(" -c <python_quick.py>"), QStringLiteral(" -c <torch_probe.py>")}) {
            const bool wasStopped = stoppedPart.contains(python + script);
            QVERIFY2(wasStopped != notRunPart.contains(python + script), qPrintable(message));
            ran += wasStopped ? 1 : 0;
        }
    }
    // Two slots: two ran until the deadline; the other two either never started or, when the time-outs fired a
    // little early (Qt's coarse timers may, by up to 5 %), started with the few milliseconds left and were stopped.
    QVERIFY2(ran >= 2, qPrintable(message));
    // A fake stopped right after its start may not have logged its call yet.
    const qsizetype called = tools.calls(pythons.at(0)).size() + tools.calls(pythons.at(1)).size();
    QVERIFY2(called >= 2 && called <= ran, qPrintable(message));
    QVERIFY(e.conda); // every environment is still listed; only their Pythons are unknown
    QCOMPARE(e.conda->envs.size(), 3);
}

void TestDetector::manyEnvironmentsWaitForAFreeSlot()
{
    // 40 environments, each with its Python: 82 Python probes and conda info, at most 4 running at once.
    FakeTools tools;
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    QStringList envs{base};
    tools.writeFile(QStringLiteral("home/miniforge3/conda-meta/python-3.12.7-h1_0.json"), "{}");
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{QStringLiteral("*"),
                      FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7"))}});
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("env%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString prefix = base + QStringLiteral("/envs/") + name;
        envs << prefix;
        tools.writeFile(QStringLiteral("home/miniforge3/envs/%1/conda-meta/python-3.11.9-h1_0.json").arg(name), "{}");
        tools.addToolAt(QStringLiteral("home/miniforge3/envs/%1/bin/python").arg(name),
                        {{QStringLiteral("*"),
                          FakeTools::probeOutput(prefix + QStringLiteral("/bin/python"), QStringLiteral("3.11.9"))}});
    }
    const QByteArray info
        = QStringLiteral(
              R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%2"], "envs_dirs": ["%1/envs"]})")
              .arg(base, envs.join(QStringLiteral("\", \"")))
              .toUtf8();
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/conda"), {{QStringLiteral("info --json"), info}});
    DetectionOptions options = optionsFor(tools);
    options.deadlineMs = 0; // this test is about the queue, not the clock
    options.maxConcurrentProbes = 4;
    Detector detector;
    int running = 0;
    int peak = 0;
    int started = 0;
    connect(&detector, &Detector::probeStarted, this, [&] {
        ++started;
        peak = qMax(peak, ++running);
    });
    connect(&detector, &Detector::probeFinished, this, [&] { --running; });
    QSignalSpy finished(&detector, &Detector::finished);
    detector.start(options);
    QVERIFY(finished.wait(300000));
    const Environment e = finished.first().first().value<Environment>();
    QCOMPARE(peak, 4);
    QCOMPARE(running, 0);
    QCOMPARE(started, 1 + 2 * 41);
    QCOMPARE(e.pythons.size(), 41);
    QVERIFY2(!problem(e, QStringLiteral("python")) && !problem(e, QStringLiteral("detection")),
             problemList(e).constData());
    for (const PythonInfo &python : e.pythons)
        QVERIFY2(!python.version.isEmpty(), qPrintable(python.executable));
}

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
