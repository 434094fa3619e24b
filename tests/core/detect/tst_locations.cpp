// Where detection looks, per OS. Windows rules are driven on Linux through the Platform seam.
#include <core/detect/locations.h>
#include <faketools.h>

#include <QTest>

using namespace tgs;

namespace {

Platform windows()
{
    Platform p;
    p.os = Platform::Os::Windows;
    p.environment = {
        {QStringLiteral("Path"), QStringLiteral("C:\\Windows\\system32;\"C:\\Users\\张三\\miniforge3\\condabin\"")},
        {QStringLiteral("SystemRoot"), QStringLiteral("C:\\Windows")},
        {QStringLiteral("ProgramFiles"), QStringLiteral("C:\\Program Files")},
        {QStringLiteral("USERPROFILE"), QStringLiteral("C:\\Users\\张三")},
        {QStringLiteral("LOCALAPPDATA"), QStringLiteral("C:\\Users\\张三\\AppData\\Local")},
        {QStringLiteral("ProgramData"), QStringLiteral("C:\\ProgramData")},
        {QStringLiteral("CUDA_PATH"), QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4")},
        {QStringLiteral("CUDA_PATH_V11_8"),
         QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8")},
        {QStringLiteral("CUDA_PATH_V12_4"),
         QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4")}};
    return p;
}

} // namespace

class TestLocations : public QObject
{
    Q_OBJECT

private slots:
    void windowsEnvironmentIsCaseInsensitive();
    void windowsPathEntriesLoseTheirQuotes();
    void windowsNvidiaSmi();
    void windowsConda();
    void windowsCuda();
    void windowsPythonStubsAreSkipped();
    void linuxRootsHonourFsRoot();
    void linuxPathLookupNeedsExecutable();
};

void TestLocations::windowsEnvironmentIsCaseInsensitive()
{
    const Platform p = windows();
    QCOMPARE(p.env(QStringLiteral("PATH")), p.environment.value(QStringLiteral("Path")));
    QCOMPARE(p.env(QStringLiteral("systemroot")), QStringLiteral("C:\\Windows"));
    QCOMPARE(p.executableName(QStringLiteral("conda")), QStringLiteral("conda.exe"));
    QCOMPARE(p.executableName(QStringLiteral("nvidia-smi.exe")), QStringLiteral("nvidia-smi.exe"));
    QCOMPARE(p.join(QStringLiteral("C:\\x"), QStringLiteral("bin/nvcc.exe")), QStringLiteral("C:\\x\\bin\\nvcc.exe"));
}

void TestLocations::windowsPathEntriesLoseTheirQuotes()
{
    QCOMPARE(windows().pathDirectories(), (QStringList{QStringLiteral("C:\\Windows\\system32"),
                                                       QStringLiteral("C:\\Users\\张三\\miniforge3\\condabin")}));
}

void TestLocations::windowsNvidiaSmi()
{
    const QStringList list = Locations::nvidiaSmiCandidates(windows());
    QVERIFY(list.contains(QStringLiteral("C:\\Windows\\System32\\nvidia-smi.exe")));
    QVERIFY(list.contains(QStringLiteral("C:\\Program Files\\NVIDIA Corporation\\NVSMI\\nvidia-smi.exe")));
    // DCH drivers first: System32 comes before the legacy NVSMI folder.
    QVERIFY(list.indexOf(QStringLiteral("C:\\Windows\\System32\\nvidia-smi.exe"))
            < list.indexOf(QStringLiteral("C:\\Program Files\\NVIDIA Corporation\\NVSMI\\nvidia-smi.exe")));
}

void TestLocations::windowsConda()
{
    const Platform p = windows();
    const QStringList roots = Locations::condaRootCandidates(p);
    QVERIFY(roots.contains(QStringLiteral("C:\\Users\\张三\\miniforge3")));
    QVERIFY(roots.contains(QStringLiteral("C:\\ProgramData\\Anaconda3")));
    QVERIFY(roots.contains(QStringLiteral("C:\\Users\\张三\\AppData\\Local\\miniconda3")));
    QCOMPARE(Locations::condaExecutableInRoot(p, QStringLiteral("C:\\Users\\张三\\miniforge3")),
             QStringLiteral("C:\\Users\\张三\\miniforge3\\Scripts\\conda.exe"));
    QCOMPARE(Locations::condaRootOfExecutable(p, QStringLiteral("C:\\Users\\张三\\miniforge3\\Scripts\\conda.exe")),
             QStringLiteral("C:\\Users\\张三\\miniforge3"));
    QCOMPARE(Locations::condaRootOfExecutable(p, QStringLiteral("C:\\Users\\张三\\miniforge3\\condabin\\conda.bat")),
             QStringLiteral("C:\\Users\\张三\\miniforge3"));
    QCOMPARE(Locations::pythonInPrefix(p, QStringLiteral("C:\\m\\envs\\gpu")),
             QStringLiteral("C:\\m\\envs\\gpu\\python.exe"));
    const QStringList activation = Locations::condaActivationPath(p, QStringLiteral("C:\\m\\envs\\gpu"));
    QCOMPARE(activation.first(), QStringLiteral("C:\\m\\envs\\gpu"));
    QVERIFY(activation.contains(QStringLiteral("C:\\m\\envs\\gpu\\Library\\bin")));
}

void TestLocations::windowsCuda()
{
    const QStringList roots = Locations::cudaToolkitCandidates(windows());
    QCOMPARE(roots.value(0), QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4"));
    QVERIFY(roots.contains(QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8")));
    QCOMPARE(roots.count(QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4")), 1);
    const QStringList headers = Locations::cudnnHeadersInToolkit(windows(), roots.first());
    QCOMPARE(headers.first(),
             QStringLiteral("C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v12.4\\include\\cudnn_version.h"));
}

void TestLocations::windowsPythonStubsAreSkipped()
{
    FakeTools tools;
    tools.writeFile(QStringLiteral("WindowsApps/python.exe"), "stub");
    tools.writeFile(QStringLiteral("Python312/python.exe"), "real");
    Platform p = windows();
    // On Linux the joined "dir\\python.exe" is not a file; use '/'-terminated dirs so the seam
    // finds the files while the Windows rules (".exe", WindowsApps) still apply.
    p.environment.insert(QStringLiteral("Path"), tools.root() + QStringLiteral("/WindowsApps/;") + tools.root()
                                                     + QStringLiteral("/Python312/"));
    QCOMPARE(Locations::pythonsOnPath(p), QStringList{tools.root() + QStringLiteral("/Python312/python.exe")});
}

void TestLocations::linuxRootsHonourFsRoot()
{
    FakeTools tools;
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-12.4/version.json"), "{}");
    tools.writeFile(QStringLiteral("fs/usr/local/cuda-11.8/version.txt"), "CUDA Version 11.8.89");
    const QStringList roots = Locations::cudaToolkitCandidates(tools.platform());
    QVERIFY(roots.contains(tools.fsRoot() + QStringLiteral("/usr/local/cuda")));
    QVERIFY(roots.indexOf(tools.fsRoot() + QStringLiteral("/usr/local/cuda-11.8"))
            < roots.indexOf(tools.fsRoot() + QStringLiteral("/usr/local/cuda-12.4")));
    const QStringList conda = Locations::condaRootCandidates(tools.platform());
    QVERIFY(conda.contains(tools.home() + QStringLiteral("/miniforge3")));
    QVERIFY(conda.contains(tools.fsRoot() + QStringLiteral("/opt/conda")));
}

void TestLocations::linuxPathLookupNeedsExecutable()
{
    FakeTools tools;
    tools.writeFile(QStringLiteral("bin/nvidia-smi"), "not executable");
#ifdef Q_OS_WIN
    // Windows files have no execute bit: under the Unix rules any file of that name counts there (platform.cpp).
    QCOMPARE(tools.platform().findInPath(QStringLiteral("nvidia-smi")), tools.binDir() + QStringLiteral("/nvidia-smi"));
#else
    QVERIFY(tools.platform().findInPath(QStringLiteral("nvidia-smi")).isEmpty());
#endif
    const QString tool = tools.addTool(QStringLiteral("nvidia-smi"), {});
    QCOMPARE(tools.platform().findInPath(QStringLiteral("nvidia-smi")), tool);
}

QTEST_GUILESS_MAIN(TestLocations)
#include "tst_locations.moc"
