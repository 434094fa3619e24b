// Doctor fed with verbatim error texts from public issues (tests/fixtures/doctor, sources in its SOURCES.md; a few
// rows reuse the nvidia-smi and install-errors fixtures, cited in theirs) and with detection and verification results
// built by hand. Translations are not loaded: the rows check ids, severities, the facts in the texts and the fixes.
#include <core/base/version.h>
#include <core/install/mirrors.h>
#include <core/verify/doctor.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace tgs;

namespace {

const QString fixtures = QStringLiteral(TGS_FIXTURES_DIR);

QString fixtureText(const QString &relative)
{
    QFile file(fixtures + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return QString::fromUtf8(file.readAll());
}

const KnowledgeBase &kb()
{
    static const KnowledgeBase base = [] {
        Result<KnowledgeBase> loaded = KnowledgeBase::embedded();
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return base;
}

Platform platform(Platform::Os os)
{
    Platform p;
    p.os = os;
    p.homeDir = os == Platform::Os::Windows ? QStringLiteral("C:\\Users\\ana") : QStringLiteral("/home/ana");
    return p;
}

// A laptop with an RTX 4060, a current driver and Miniconda with three environments; one Python on PATH.
Environment gpuPc(Platform::Os os = Platform::Os::Linux)
{
    const bool win = os == Platform::Os::Windows;
    Environment e;
    e.os = Platform::osId(os);
    e.gpus << GpuInfo{0, QStringLiteral("NVIDIA GeForce RTX 4060 Laptop GPU"), 8188, QStringLiteral("8.9"),
                      QStringLiteral("nvidia-smi")};
    e.driver = DriverInfo{win ? QStringLiteral("576.80") : QStringLiteral("575.64.03"), QStringLiteral("12.9"),
                          QStringLiteral("nvidia-smi"), QStringLiteral("nvidia-smi")};
    const QString base = win ? QStringLiteral("C:\\Users\\ana\\miniconda3") : QStringLiteral("/home/ana/miniconda3");
    const QString sep = win ? QStringLiteral("\\") : QStringLiteral("/");
    CondaInfo conda;
    conda.executable = base + (win ? QStringLiteral("\\Scripts\\conda.exe") : QStringLiteral("/bin/conda"));
    conda.version = QStringLiteral("25.5.1");
    conda.basePrefix = base;
    conda.envs << CondaEnvInfo{QStringLiteral("base"), base, QStringLiteral("3.12.4"), {}}
               << CondaEnvInfo{QStringLiteral("torchgpu"),
                               base + sep + QStringLiteral("envs") + sep + QStringLiteral("torchgpu"),
                               QStringLiteral("3.11.9"),
                               {}}
               << CondaEnvInfo{QStringLiteral("tf-gpu"),
                               base + sep + QStringLiteral("envs") + sep + QStringLiteral("tf-gpu"),
                               QStringLiteral("3.7.16"),
                               {}};
    e.conda = conda;
    PythonInfo python;
    python.executable = base + (win ? QStringLiteral("\\python.exe") : QStringLiteral("/bin/python"));
    python.version = QStringLiteral("3.12.4");
    python.source = QStringLiteral("conda env base");
    e.pythons << python;
    return e;
}

Environment noGpuPc()
{
    Environment e;
    e.os = QStringLiteral("linux");
    e.problems << Problem{QStringLiteral("nvidia-smi"), ProblemKind::NotFound,
                          QStringLiteral("nvidia-smi is not installed.")};
    PythonInfo python;
    python.executable = QStringLiteral("/usr/bin/python3");
    python.version = QStringLiteral("3.11.2");
    python.source = QStringLiteral("PATH");
    e.pythons << python;
    return e;
}

Verification verifiedEnv(const QString &env, const QString &torch, const QString &cuda)
{
    Verification v;
    v.target = VerifyTarget::condaEnv(env);
    v.pythonExecutable = QStringLiteral("/home/ana/miniconda3/envs/%1/bin/python").arg(env);
    v.pythonVersion = QStringLiteral("3.11.9");
    v.torchImported = true;
    v.torchVersion = torch;
    v.cuda = cuda;
    v.cpuOnly = cuda.isEmpty();
    v.cpuComputeOk = true;
    v.torchPath = QStringLiteral("/home/ana/miniconda3/envs/%1/lib/python3.11/site-packages/torch").arg(env);
    return v;
}

QList<Finding> diagnose(const std::optional<Environment> &environment, const std::optional<Verification> &verification,
                        const QString &text, Platform::Os os = Platform::Os::Linux)
{
    DoctorInput input;
    input.environment = environment;
    input.verification = verification;
    input.text = text;
    input.platform = platform(os);
    return Doctor::diagnose(input, kb());
}

const Finding *findingWith(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.id;
    return out;
}

QString allText(const Finding &f)
{
    return f.title + u'\n' + f.detail + u'\n' + f.fix.instruction;
}

enum class Pc { Unknown, GpuLinux, GpuWindows, NoGpu };

std::optional<Environment> environmentFor(Pc pc)
{
    switch (pc) {
    case Pc::Unknown:
        return std::nullopt;
    case Pc::GpuLinux:
        return gpuPc(Platform::Os::Linux);
    case Pc::GpuWindows:
        return gpuPc(Platform::Os::Windows);
    case Pc::NoGpu:
        return noGpuPc();
    }
    return std::nullopt;
}

} // namespace

Q_DECLARE_METATYPE(Pc)
Q_DECLARE_METATYPE(Severity)

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void texts_data();
    void texts();
    void textsInChinese_data() { texts_data(); }
    void textsInChinese();
    void everyDoctorFixtureIsUsed();

    void cpuOnlyTorchReinstallsIntoTheSameEnv();
    void cpuOnlyTorchOnPcWithoutGpuIsNoError();
    void noGpuSaidPlainly();
    void driverTooOldFromFacts();
    void archMissingFromVerification();
    void torchNotInstalled();
    void dllFromVerification();
    void torchFromUserSite();
    void pythonPathAndHomeSet();
    void severalToolkits();
    void nonAsciiCondaFolder();
    void driverMismatchFromDetection();
    void cpuOnlyTorchFoundByDetection();
    void noWheelNeedsTheFacts();

    void emptyAndGarbageGiveNothing_data();
    void emptyAndGarbageGiveNothing();
    void errorsComeFirst();
    void json();
};

void TestDoctor::texts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Pc>("pc");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QStringList>("facts"); // each in the title, detail or fix
    QTest::addColumn<bool>("plan");

    const Severity E = Severity::Error;
    QTest::newRow("torch not compiled with CUDA, env named in the traceback")
        << "doctor/torch-not-compiled-with-cuda-linux.txt" << Pc::GpuLinux << "cpu_only_torch" << E
        << QStringList{"tf-gpu", "RTX 4060", "+cu"} << true;
    QTest::newRow("torch not compiled with CUDA, nothing else known")
        << "doctor/torch-not-compiled-with-cuda-linux.txt" << Pc::Unknown << "cpu_only_torch" << E
        << QStringList{"tf-gpu", "Torch not compiled with CUDA enabled"} << false;
    QTest::newRow("driver too old, found version 11040")
        << "doctor/driver-too-old-11040-rtx3050-linux.txt" << Pc::Unknown << "driver_too_old" << E
        << QStringList{"11.4", "nvidia.com/Download"} << false;
    QTest::newRow("driver too old, 9000, old multi-line AssertionError")
        << "doctor/driver-too-old-9000-multiline-linux.txt" << Pc::Unknown << "driver_too_old" << E
        << QStringList{"9.0"} << false;
    QTest::newRow("driver too old, 11000, UserWarning at import")
        << "doctor/driver-too-old-11000-userwarning-linux.txt" << Pc::Unknown << "driver_too_old" << E
        << QStringList{"11.0"} << false;
    QTest::newRow("sm_120 not compatible")
        << "doctor/sm120-not-compatible-rtx5090.txt" << Pc::Unknown << "gpu_arch_unsupported" << E
        << QStringList{"NVIDIA GeForce RTX 5090", "12.0", "Blackwell", "sm_90"} << false;
    QTest::newRow("sm_120, then no kernel image")
        << "doctor/sm120-then-no-kernel-image-rtx5090.txt" << Pc::Unknown << "gpu_arch_unsupported" << E
        << QStringList{"RTX 5090", "sm_61"} << false;
    QTest::newRow("no kernel image only") << "doctor/no-kernel-image-only.txt" << Pc::GpuLinux << "gpu_arch_unsupported"
                                          << E << QStringList{"no kernel image", "RTX 4060"} << false;
    QTest::newRow("no torch 2.0.1 for Python 3.12")
        << "doctor/pip-no-matching-torch-2.0.1-python-3.12-linux.txt" << Pc::GpuLinux << "no_wheel_for_python" << E
        << QStringList{"3.12", "2.0.1", "3.8, 3.9, 3.10, 3.11"} << true;
    QTest::newRow("no torch 1.12.0 for Python 3.12, other versions listed")
        << "doctor/pip-no-matching-torch-1.12.0-from-versions.txt" << Pc::GpuLinux << "no_wheel_for_python" << E
        << QStringList{"3.12", "1.12.0", "3.7, 3.8, 3.9, 3.10"} << true;
    QTest::newRow("WinError 126, c10.dll, French Windows")
        << "doctor/winerror126-c10-dll-french-windows.txt" << Pc::GpuWindows << "dll_load_failed" << E
        << QStringList{"c10.dll", "vc_redist.x64.exe"} << true;
    QTest::newRow("WinError 126, fbgemm.dll, Chinese Windows")
        << "doctor/winerror126-fbgemm-chinese-windows.txt" << Pc::Unknown << "dll_load_failed" << E
        << QStringList{"fbgemm.dll", "Visual C++"} << false;
    QTest::newRow("DLL load failed importing torch._C") << "doctor/dll-load-failed-torch-c-windows.txt" << Pc::Unknown
                                                        << "dll_load_failed" << E << QStringList{"Visual C++"} << false;
    QTest::newRow("WinError 1455, paging file, Chinese Windows")
        << "doctor/winerror1455-paging-file-chinese-windows.txt" << Pc::GpuWindows << "paging_file_too_small" << E
        << QStringList{"cudnn_cnn_infer64_8.dll", "Virtual memory"} << false;
    QTest::newRow("PYTHONHOME, no module named encodings")
        << "doctor/pythonhome-encodings-linux.txt" << Pc::Unknown << "python_home_set" << E
        << QStringList{"/apps/python/3.7", "PYTHONHOME"} << false;
    QTest::newRow("extension build, CUDA 12.1 vs torch 11.8")
        << "doctor/cuda-version-mismatch-12.1-vs-11.8.txt" << Pc::Unknown << "cuda_version_mismatch" << E
        << QStringList{"12.1", "11.8", "CUDA_HOME"} << false;
    QTest::newRow("torch from the user site-packages")
        << "doctor/torch-from-user-site-windows.txt" << Pc::Unknown << "torch_shadowed" << E
        << QStringList{"C:\\Users\\lab-user\\AppData\\Roaming\\Python\\Python311\\site-packages\\torch",
                       "PYTHONNOUSERSITE"}
        << false;
    QTest::newRow("nvidia-smi failed, then no CUDA GPUs")
        << "doctor/nvidia-smi-failed-no-cuda-gpus-linux.txt" << Pc::Unknown << "nvidia_smi_failed" << E
        << QStringList{"driver"} << false;
    QTest::newRow("nvidia-smi failed, docker") << "nvidia-smi/error-driver-unreachable-docker.txt" << Pc::Unknown
                                               << "nvidia_smi_failed" << E << QStringList{"ubuntu-drivers"} << false;
    QTest::newRow("NVML driver/library mismatch")
        << "nvidia-smi/error-nvml-mismatch-new-550.txt" << Pc::Unknown << "driver_library_mismatch" << E
        << QStringList{"Restart the computer"} << false;
    QTest::newRow("conda in a user folder with non-ASCII letters")
        << "doctor/conda-non-ascii-user-folder-windows.txt" << Pc::GpuWindows << "non_ascii_path" << Severity::Warning
        << QStringList{"test user", "C:\\miniforge3"} << true;
    QTest::newRow("Anaconda ToS not accepted")
        << "install-errors/conda-tos-update-linux.txt" << Pc::Unknown << "conda_tos_not_accepted" << E
        << QStringList{"conda tos accept --override-channels --channel https://repo.anaconda.com/pkgs/main"} << false;
    QTest::newRow("TUNA mirror without nvidia")
        << "install-errors/conda-http404-tuna-nvidia-noarch-windows.txt" << Pc::GpuWindows << "mirror_without_nvidia"
        << E << QStringList{"mirrors.tuna.tsinghua.edu.cn", "HTTP 404", "pip route"} << true;
    QTest::newRow("conda solver conflict")
        << "install-errors/conda-libmamba-unsatisfiable-pytorch-gpu-linux.txt" << Pc::GpuLinux << "conda_unsatisfiable"
        << E << QStringList{"new, empty"} << true;
    QTest::newRow("pytorch-cuda not found on the official channels")
        << "install-errors/conda-packages-not-found-pytorch-cuda-12.1-linux.txt" << Pc::Unknown
        << "conda_packages_not_found" << E << QStringList{"PackagesNotFoundError"} << false;
    QTest::newRow("pip: no torch, nothing known about the Python")
        << "doctor/pip-no-matching-torch-2.0.1-python-3.12-linux.txt" << Pc::Unknown << "pip_no_matching_distribution"
        << E << QStringList{"torch==2.0.1"} << false;
    QTest::newRow("harmless: conda then pip")
        << "install-errors/ok-conda-then-pip-cu118-windows.txt" << Pc::Unknown << "" << E << QStringList{} << false;
    QTest::newRow("harmless: pip resolver conflict") << "install-errors/ok-pip-dependency-resolver-conflict-linux.txt"
                                                     << Pc::Unknown << "" << E << QStringList{} << false;
}

void TestDoctor::texts()
{
    QFETCH(QString, file);
    QFETCH(Pc, pc);
    QFETCH(QString, id);
    QFETCH(Severity, severity);
    QFETCH(QStringList, facts);
    QFETCH(bool, plan);

    const Platform::Os os = pc == Pc::GpuWindows || file.contains(QStringLiteral("windows")) ? Platform::Os::Windows
                                                                                             : Platform::Os::Linux;
    const QList<Finding> findings = diagnose(environmentFor(pc), std::nullopt, fixtureText(file), os);
    if (id.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u',')));
        return;
    }
    QVERIFY2(!findings.isEmpty(), "no finding");
    const Finding &f = findings.first();
    QCOMPARE(f.id, id);
    QCOMPARE(ids(findings).count(id), 1);
    QCOMPARE(f.severity, severity);
    QVERIFY(!f.title.isEmpty());
    QVERIFY(!f.detail.isEmpty());
    QVERIFY(!f.fix.instruction.isEmpty());
    for (const QString &fact : facts)
        QVERIFY2(allText(f).contains(fact), qPrintable(fact + QStringLiteral(" not in:\n") + allText(f)));
    QCOMPARE(f.fix.plan.has_value(), plan);
    if (f.fix.plan)
        QVERIFY(!f.fix.plan->combination.cuda.isEmpty());
}

// The same findings in a Chinese interface: the title, the reasons and the fix are all in Chinese (the facts they
// quote, commands and versions, stay as they are).
void TestDoctor::textsInChinese()
{
    QFETCH(QString, file);
    QFETCH(Pc, pc);
    QFETCH(QString, id);
    if (id.isEmpty())
        return;
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(TGS_QM_DIR "/torchgpu-setup_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const Platform::Os os = pc == Pc::GpuWindows || file.contains(QStringLiteral("windows")) ? Platform::Os::Windows
                                                                                             : Platform::Os::Linux;
    const QList<Finding> findings = diagnose(environmentFor(pc), std::nullopt, fixtureText(file), os);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!findings.isEmpty());
    const Finding &f = findings.first();
    QCOMPARE(f.id, id);
    const auto chinese = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    QVERIFY2(chinese(f.title), qPrintable(f.title));
    QVERIFY2(chinese(f.detail), qPrintable(f.detail));
    QVERIFY2(chinese(f.fix.instruction), qPrintable(f.fix.instruction));
}

void TestDoctor::everyDoctorFixtureIsUsed()
{
    const QStringList files = QDir(fixtures + QStringLiteral("/doctor")).entryList({QStringLiteral("*.txt")});
    QVERIFY(files.size() >= 15);
    const QString sources = fixtureText(QStringLiteral("doctor/SOURCES.md"));
    QFile source(QStringLiteral(TGS_SOURCE_DIR "/tests/core/verify/tst_doctor.cpp"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString code = QString::fromUtf8(source.readAll());
    for (const QString &file : files) {
        QVERIFY2(code.contains(QStringLiteral("\"doctor/") + file + u'"'), qPrintable(file + " has no test row"));
        QVERIFY2(sources.contains(u'`' + file + u'`'), qPrintable(file + " is not in SOURCES.md"));
    }
}

void TestDoctor::cpuOnlyTorchReinstallsIntoTheSameEnv()
{
    const QList<Finding> findings
        = diagnose(gpuPc(), verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.5.1+cpu"), {}), {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("cpu_only_torch")});
    const Finding &f = findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY(f.title.contains(QStringLiteral("\"torchgpu\"")));
    QVERIFY(f.detail.contains(QStringLiteral("2.5.1+cpu")));
    QVERIFY(f.detail.contains(QStringLiteral("NVIDIA GeForce RTX 4060 Laptop GPU (8.9)")));
    QVERIFY(f.fix.instruction.contains(QStringLiteral("--force-reinstall")));
    QVERIFY(f.fix.plan);
    QCOMPARE(f.fix.plan->envName, QStringLiteral("torchgpu"));
    QCOMPARE(f.fix.plan->condaExecutable, QStringLiteral("/home/ana/miniconda3/bin/conda"));
    QCOMPARE(f.fix.plan->combination.python, QStringLiteral("3.11"));
    QVERIFY(!f.fix.plan->combination.cuda.isEmpty());
    QCOMPARE(f.fix.existingEnv, std::optional<ExistingEnv>(ExistingEnv::Reuse));

    // The install engine can run it: built and reused, it installs into the environment without creating it.
    const Result<MirrorCatalog> mirrors = MirrorCatalog::embedded();
    QVERIFY(mirrors);
    const PlanBuilder builder(kb(), *mirrors);
    const Result<Plan> plan = builder.build(*f.fix.plan);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    const Result<Plan> reused = builder.withExistingEnv(*plan, *f.fix.existingEnv, {});
    QVERIFY(reused);
    QCOMPARE(reused->envName, QStringLiteral("torchgpu"));
    QStringList stepIds;
    for (const PlanStep &step : reused->steps)
        stepIds << step.id;
    QVERIFY(!stepIds.contains(QStringLiteral("create-env")));
    QVERIFY(stepIds.contains(QStringLiteral("install-pytorch")));
}

void TestDoctor::cpuOnlyTorchOnPcWithoutGpuIsNoError()
{
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("1.13.1+cpu"), {});
    const QList<Finding> findings = diagnose(noGpuPc(), v, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("no_nvidia_gpu")});
    QVERIFY(findings.first().detail.contains(QStringLiteral("1.13.1+cpu")));
}

void TestDoctor::noGpuSaidPlainly()
{
    const QList<Finding> findings = diagnose(noGpuPc(), std::nullopt, {});
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.id, QStringLiteral("no_nvidia_gpu"));
    QCOMPARE(f.severity, Severity::Info);
    QVERIFY(f.title.contains(QStringLiteral("no NVIDIA GPU")));
    QVERIFY(f.fix.instruction.contains(QStringLiteral("Nothing needs fixing")));
    QVERIFY(!f.fix.plan);
}

void TestDoctor::driverTooOldFromFacts()
{
    Environment e = gpuPc();
    e.driver = DriverInfo{QStringLiteral("470.86"), QStringLiteral("11.4"), QStringLiteral("nvidia-smi"),
                          QStringLiteral("nvidia-smi")};
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.5.1+cu124"), QStringLiteral("12.4"));
    v.cudaAvailable = false;
    const QList<Finding> findings = diagnose(e, v, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("driver_too_old")});
    const Finding &f = findings.first();
    for (const char *fact : {"470.86", "11.4", "2.5.1+cu124", "12.4", "525.60.13", "on Linux"})
        QVERIFY2(f.detail.contains(QString::fromUtf8(fact)), qPrintable(f.detail));
    QVERIFY(f.fix.instruction.contains(QStringLiteral("525.60.13")));
    QVERIFY(f.fix.plan);
    QVERIFY(f.fix.plan->combination.cuda.startsWith(QStringLiteral("11.")));
    QCOMPARE(f.fix.plan->envName, QStringLiteral("torchgpu"));
}

void TestDoctor::archMissingFromVerification()
{
    Environment e = gpuPc();
    e.gpus = {GpuInfo{0, QStringLiteral("NVIDIA GeForce RTX 5090"), 32607, QStringLiteral("12.0"),
                      QStringLiteral("nvidia-smi")}};
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.5.1+cu124"), QStringLiteral("12.4"));
    v.archList = QStringList{"sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"};
    v.cudaAvailable = true;
    v.deviceCount = 1;
    VerifiedDevice d;
    d.name = QStringLiteral("NVIDIA GeForce RTX 5090");
    d.computeCapability = QStringLiteral("12.0");
    d.error = QStringLiteral("CUDA error: no kernel image is available for execution on the device");
    v.devices << d;
    const QList<Finding> findings = diagnose(e, v, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("gpu_arch_unsupported")});
    const Finding &f = findings.first();
    QVERIFY(f.detail.contains(QStringLiteral("compute capability 12.0 (sm_120, Blackwell)")));
    QVERIFY(f.detail.contains(QStringLiteral("sm_90")));
    QVERIFY(f.fix.plan);
    QVERIFY(Version(f.fix.plan->combination.cuda) >= Version(QStringLiteral("12.8")));
}

void TestDoctor::torchNotInstalled()
{
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), {}, {});
    v.torchImported = false;
    v.torchImportError = QStringLiteral("ModuleNotFoundError: No module named 'torch'");
    const QList<Finding> findings = diagnose(gpuPc(), v, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("torch_not_installed")});
    QVERIFY(findings.first().fix.plan);
    QCOMPARE(findings.first().fix.plan->envName, QStringLiteral("torchgpu"));
}

void TestDoctor::dllFromVerification()
{
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), {}, {});
    v.target = VerifyTarget::condaEnv(QStringLiteral("torchgpu"));
    v.torchImported = false;
    const QStringList lines = fixtureText(QStringLiteral("doctor/winerror126-c10-dll-french-windows.txt")).split(u'\n');
    v.torchImportError = lines.first();
    const QList<Finding> findings = diagnose(gpuPc(Platform::Os::Windows), v, {}, Platform::Os::Windows);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("dll_load_failed")});
    const Finding &f = findings.first();
    QVERIFY(f.detail.contains(QStringLiteral("\"torchgpu\"")));
    QVERIFY(f.detail.contains(QStringLiteral("c10.dll")));
    QVERIFY(f.fix.plan); // a clean environment
    QVERIFY(f.fix.plan->envName != QStringLiteral("torchgpu"));
}

void TestDoctor::torchFromUserSite()
{
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("1.1.0"), QStringLiteral("10.0"));
    v.torchFromUserSite = true;
    v.torchPath = QStringLiteral("/home/ana/.local/lib/python3.11/site-packages/torch");
    const QList<Finding> findings = diagnose(gpuPc(), v, {});
    const Finding *f = findingWith(findings, QStringLiteral("torch_shadowed"));
    QVERIFY(f);
    QVERIFY(f->detail.contains(v.torchPath));
    QVERIFY(f->title.contains(QStringLiteral("\"torchgpu\"")));
}

void TestDoctor::pythonPathAndHomeSet()
{
    DoctorInput input;
    input.platform = platform(Platform::Os::Linux);
    input.platform.environment.insert(QStringLiteral("PYTHONPATH"),
                                      QStringLiteral("/opt/ros/lib/python3/dist-packages"));
    input.platform.environment.insert(QStringLiteral("PYTHONHOME"), QStringLiteral("/opt/python"));
    const QList<Finding> findings = Doctor::diagnose(input, kb());
    QCOMPARE(ids(findings), (QStringList{QStringLiteral("python_path_set"), QStringLiteral("python_home_set")}));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QVERIFY(findings.at(0).detail.contains(QStringLiteral("/opt/ros/lib/python3/dist-packages")));
    QVERIFY(findings.at(1).detail.contains(QStringLiteral("/opt/python")));
}

void TestDoctor::severalToolkits()
{
    Environment e = gpuPc();
    e.cudaToolkits << CudaToolkitInfo{QStringLiteral("12.1.105"), QStringLiteral("/usr/local/cuda-12.1"),
                                      QStringLiteral("nvcc on PATH")}
                   << CudaToolkitInfo{QStringLiteral("11.8.89"), QStringLiteral("/usr/local/cuda-11.8"),
                                      QStringLiteral("/usr/local/cuda-*")};
    const Verification v
        = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.5.1+cu118"), QStringLiteral("11.8"));
    const QList<Finding> findings = diagnose(e, v, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("several_cuda_toolkits")});
    const Finding &f = findings.first();
    QCOMPARE(f.severity, Severity::Warning);
    QVERIFY(f.detail.contains(QStringLiteral("/usr/local/cuda-12.1")));
    QVERIFY(f.fix.instruction.contains(QStringLiteral("CUDA_HOME to /usr/local/cuda-11.8")));
}

void TestDoctor::nonAsciiCondaFolder()
{
    Environment e = gpuPc(Platform::Os::Windows);
    e.conda->basePrefix = QStringLiteral("C:\\Users\\张三\\miniconda3");
    e.conda->executable = QStringLiteral("C:\\Users\\张三\\miniconda3\\Scripts\\conda.exe");
    const QList<Finding> findings = diagnose(e, std::nullopt, {}, Platform::Os::Windows);
    QCOMPARE(ids(findings), QStringList{QStringLiteral("non_ascii_path")});
    const Finding &f = findings.first();
    QVERIFY(f.detail.contains(QStringLiteral("张三")));
    QVERIFY(f.fix.plan);
    QCOMPARE(f.fix.plan->installMiniforgeTo, QStringLiteral("C:\\miniforge3"));
    QVERIFY(f.fix.plan->condaExecutable.isEmpty());
}

void TestDoctor::driverMismatchFromDetection()
{
    Environment e = gpuPc();
    e.gpus.clear();
    e.driver.reset();
    e.problems << Problem{QStringLiteral("nvidia-smi"), ProblemKind::DriverLibraryMismatch, QStringLiteral("mismatch")};
    const QList<Finding> findings = diagnose(e, std::nullopt, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("driver_library_mismatch")});
}

void TestDoctor::cpuOnlyTorchFoundByDetection()
{
    Environment e = gpuPc();
    PythonInfo python;
    python.executable = QStringLiteral("/home/ana/miniconda3/envs/torchgpu/bin/python");
    python.version = QStringLiteral("3.11.9");
    python.source = QStringLiteral("conda env torchgpu");
    TorchInfo torch;
    torch.version = QStringLiteral("2.7.1+cpu");
    python.torch = torch;
    e.pythons << python;
    const QList<Finding> findings = diagnose(e, std::nullopt, {});
    QCOMPARE(ids(findings), QStringList{QStringLiteral("cpu_only_torch")});
    QVERIFY(findings.first().title.contains(QStringLiteral("\"torchgpu\"")));
    QVERIFY(findings.first().fix.plan);
    QCOMPARE(findings.first().fix.plan->envName, QStringLiteral("torchgpu"));
}

void TestDoctor::noWheelNeedsTheFacts()
{
    // Python 3.11 has torch 2.0.1 wheels: pip failed for another reason, and the generic advice stands.
    Environment e = gpuPc();
    e.pythons.first().version = QStringLiteral("3.11.4");
    const QList<Finding> findings = diagnose(
        e, std::nullopt, fixtureText(QStringLiteral("doctor/pip-no-matching-torch-2.0.1-python-3.12-linux.txt")));
    QCOMPARE(ids(findings), QStringList{QStringLiteral("pip_no_matching_distribution")});
}

void TestDoctor::emptyAndGarbageGiveNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << QStringLiteral(" \r\n\t\n");
    QTest::newRow("prose") << QStringLiteral("Hello, I installed it yesterday and now it is slow. Any ideas?");
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary") << QString::fromLatin1(bytes);
    QTest::newRow("long line") << QString(200000, u'x');
    QTest::newRow("half a phrase") << QStringLiteral("The NVIDIA driver on your system is too old (found version");
    QTest::newRow("brackets") << QStringLiteral("((((([[[[\\\\\\\\ sm_ with CUDA capability sm_ is not");
}

void TestDoctor::emptyAndGarbageGiveNothing()
{
    QFETCH(QString, text);
    QCOMPARE(ids(diagnose(std::nullopt, std::nullopt, text)), QStringList{});
    QCOMPARE(ids(diagnose(std::nullopt, std::nullopt, text, Platform::Os::Windows)), QStringList{});
    // A healthy GPU PC with a working CUDA torch: nothing either.
    Verification v = verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.7.1+cu126"), QStringLiteral("12.6"));
    v.cudaAvailable = true;
    v.archList = QStringList{"sm_50", "sm_60", "sm_70", "sm_75", "sm_80", "sm_86", "sm_90"};
    v.deviceCount = 1;
    VerifiedDevice d;
    d.name = QStringLiteral("NVIDIA GeForce RTX 4060 Laptop GPU");
    d.computeCapability = QStringLiteral("8.9");
    d.computeOk = true;
    v.devices << d;
    QCOMPARE(ids(diagnose(gpuPc(), v, text)), QStringList{});
}

void TestDoctor::errorsComeFirst()
{
    const QList<Finding> findings = diagnose(
        noGpuPc(), std::nullopt, fixtureText(QStringLiteral("doctor/winerror126-c10-dll-french-windows.txt")));
    QCOMPARE(ids(findings), (QStringList{QStringLiteral("dll_load_failed"), QStringLiteral("no_nvidia_gpu")}));
}

void TestDoctor::json()
{
    const QList<Finding> findings
        = diagnose(gpuPc(), verifiedEnv(QStringLiteral("torchgpu"), QStringLiteral("2.5.1+cpu"), {}),
                   fixtureText(QStringLiteral("install-errors/conda-tos-update-linux.txt")));
    const nlohmann::json j = findingsToJson(findings);
    QCOMPARE(j["findings"].size(), std::size_t(2));
    for (const auto &f : j["findings"]) {
        for (const char *key : {"id", "severity", "title", "detail", "evidence", "fix"})
            QVERIFY2(f.contains(key), key);
        QVERIFY(f["fix"].contains("instruction"));
        QVERIFY(f["fix"].contains("plan"));
    }
    const auto &cpu = j["findings"][0];
    QCOMPARE(cpu["id"].get<std::string>(), std::string("cpu_only_torch"));
    QCOMPARE(cpu["severity"].get<std::string>(), std::string("error"));
    QCOMPARE(cpu["fix"]["plan"]["env"].get<std::string>(), std::string("torchgpu"));
    QCOMPARE(cpu["fix"]["plan"]["existing_env"].get<std::string>(), std::string("reuse"));
    QCOMPARE(cpu["fix"]["plan"]["route"].get<std::string>(), std::string("pip"));
    QCOMPARE(cpu["fix"]["plan"]["python"].get<std::string>(), std::string("3.11"));
    const auto &tos = j["findings"][1];
    QCOMPARE(tos["id"].get<std::string>(), std::string("conda_tos_not_accepted"));
    QVERIFY(tos["fix"]["plan"].is_null());
    QVERIFY(tos["evidence"].get<std::string>().rfind("CondaToSNonInteractiveError", 0) == 0);
    QCOMPARE(severityId(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityId(Severity::Info), QStringLiteral("info"));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
