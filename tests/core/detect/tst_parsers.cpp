// Every parser fed with verbatim outputs of real tools (tests/fixtures, sources in
// tests/fixtures/SOURCES.md); the expected facts were read off each text by hand and stored in
// tests/fixtures/EXPECTED.json.
#include <core/detect/probes/conda.h>
#include <core/detect/probes/cudadriver.h>
#include <core/detect/probes/cudatools.h>
#include <core/detect/probes/nvidiasmi.h>
#include <core/detect/probes/python.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTest>

using namespace tgs;
using json = nlohmann::json;

namespace {

const json &expected()
{
    static const json doc = [] {
        QFile file(QStringLiteral(TGS_FIXTURES_DIR "/EXPECTED.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("EXPECTED.json missing");
        const QByteArray bytes = file.readAll();
        return json::parse(bytes.constData(), bytes.constData() + bytes.size());
    }();
    return doc;
}

QString fixtureText(const QString &name)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

QString jstr(const json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// Adds one row per fixture under `folder`; fails if a fixture has no expectation.
void addFixtureRows(const QString &folder)
{
    QTest::addColumn<QString>("fixture");
    const QStringList files = QDir(QStringLiteral(TGS_FIXTURES_DIR) + u'/' + folder).entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(folder));
    for (const QString &file : files) {
        const QString name = folder + u'/' + file;
        QVERIFY2(expected().contains(name.toStdString()), qPrintable(QStringLiteral("no expectation for ") + name));
        QTest::newRow(qPrintable(file)) << name;
    }
}

} // namespace

class TestParsers : public QObject
{
    Q_OBJECT

private slots:
    void fixturesAreEnough();
    void nvidiaSmiTable_data() { addFixtureRows(QStringLiteral("nvidia-smi")); }
    void nvidiaSmiTable();
    void nvidiaSmiQuery_data() { addFixtureRows(QStringLiteral("nvidia-smi-query")); }
    void nvidiaSmiQuery();
    void nvidiaSmiQueryOurFields();
    void nvidiaSmiGarbage();
    void procDriverVersion_data() { addFixtureRows(QStringLiteral("proc-driver-version")); }
    void procDriverVersion();
    void sysModuleVersion();
    void nvccHere_data();
    void nvccHere();
    void nvcc_data() { addFixtureRows(QStringLiteral("nvcc")); }
    void nvcc();
    void cudaVersionFile_data() { addFixtureRows(QStringLiteral("cuda-version-file")); }
    void cudaVersionFile();
    void cudnnHeader_data() { addFixtureRows(QStringLiteral("cudnn-header")); }
    void cudnnHeader();
    void cudnnFromTorch_data();
    void cudnnFromTorch();
    void conda_data() { addFixtureRows(QStringLiteral("conda")); }
    void conda();
    void condaMeta();
    void condaEnvName_data();
    void condaEnvName();
    void pyLauncher_data() { addFixtureRows(QStringLiteral("py-launcher")); }
    void pyLauncher();
    void pythonProbe();
    void pythonProbeRejectsGarbage_data();
    void pythonProbeRejectsGarbage();
    void cudaDriverProbeOutput();
};

void TestParsers::fixturesAreEnough()
{
    int count = 0;
    for (auto it = expected().begin(); it != expected().end(); ++it) {
        QVERIFY2(QFile::exists(QStringLiteral(TGS_FIXTURES_DIR "/") + QString::fromStdString(it.key())),
                 it.key().c_str());
        ++count;
    }
    QVERIFY2(count >= 30, "the issue asks for at least 30 real outputs");
}

void TestParsers::nvidiaSmiTable()
{
    QFETCH(QString, fixture);
    const json &want = expected().at(fixture.toStdString());
    const auto report = NvidiaSmiParser::parseTable(fixtureText(fixture));
    const QString error = jstr(want.value("error", json()));
    if (!error.isEmpty()) {
        QVERIFY(!report.ok());
        QCOMPARE(problemKindId(report.error().kind), error);
        QVERIFY(!report.error().message.isEmpty());
        return;
    }
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report->driverVersion, jstr(want.at("driver_version")));
    QCOMPARE(report->cudaVersion, jstr(want.at("cuda_version")));
    if (want.contains("nvidia_smi_version"))
        QCOMPARE(report->smiVersion, jstr(want.at("nvidia_smi_version")));
    const json &gpus = want.at("gpus");
    QCOMPARE(report->gpus.size(), qsizetype(gpus.size()));
    for (size_t i = 0; i < gpus.size(); ++i) {
        const GpuInfo &gpu = report->gpus.at(qsizetype(i));
        QCOMPARE(gpu.index, gpus[i].at("index").get<int>());
        QCOMPARE(gpu.name, jstr(gpus[i].at("name")));
        const json &memory = gpus[i].at("memory_total_mib");
        if (memory.is_null())
            QVERIFY(!gpu.memoryTotalMib);
        else
            QCOMPARE(gpu.memoryTotalMib.value_or(-1), memory.get<int>());
    }
}

void TestParsers::nvidiaSmiQuery()
{
    QFETCH(QString, fixture);
    const json &want = expected().at(fixture.toStdString());
    const QString text = fixtureText(fixture);
    if (jstr(want.value("error", json())) == QStringLiteral("invalid_field")) {
        QVERIFY(NvidiaSmiParser::isUnknownFieldError(text));
        QVERIFY(!NvidiaSmiParser::parseQuery(text, NvidiaSmiParser::queryFields(true)).ok());
        return;
    }
    QVERIFY(!NvidiaSmiParser::isUnknownFieldError(text));
    QStringList columns;
    for (const auto &column : want.at("columns"))
        columns << jstr(column);
    const auto report = NvidiaSmiParser::parseQuery(text, columns);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    const json &rows = want.at("rows");
    QCOMPARE(report->gpus.size(), qsizetype(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) {
        const GpuInfo &gpu = report->gpus.at(qsizetype(i));
        if (rows[i].contains("name"))
            QCOMPARE(gpu.name, jstr(rows[i].at("name")));
        if (rows[i].contains("compute_cap"))
            QCOMPARE(gpu.computeCapability, jstr(rows[i].at("compute_cap")));
        if (rows[i].contains("index"))
            QCOMPARE(QString::number(gpu.index), jstr(rows[i].at("index")));
        if (rows[i].contains("memory.total"))
            QCOMPARE(QString::number(gpu.memoryTotalMib.value_or(-1)), jstr(rows[i].at("memory.total")));
        if (rows[i].contains("driver_version"))
            QCOMPARE(report->driverVersion, jstr(rows[i].at("driver_version")));
    }
}

void TestParsers::nvidiaSmiQueryOurFields()
{
    // The exact columns detection asks for, as an 8-GPU server answers them: the rows are
    // those of the recorded 8×H100 table (nvidia-smi/linux-565.57.01-h100x8-91col-full.txt),
    // laid out the way --format=csv,noheader,nounits prints every query.
    QString text;
    for (int i = 0; i < 8; ++i)
        text += QStringLiteral("%1, NVIDIA H100 80GB HBM3, 81559, 9.0, 565.57.01\n").arg(i);
    const auto report = NvidiaSmiParser::parseQuery(text, NvidiaSmiParser::queryFields(true));
    QVERIFY(report.ok());
    QCOMPARE(report->gpus.size(), 8);
    QCOMPARE(report->gpus.at(7).index, 7);
    QCOMPARE(report->gpus.at(7).computeCapability, QStringLiteral("9.0"));
    QCOMPARE(report->driverVersion, QStringLiteral("565.57.01"));

    const auto old = NvidiaSmiParser::parseQuery(QStringLiteral("0, GeForce GTX 1080, 8112, [Not Supported]\n"),
                                                 {QStringLiteral("index"), QStringLiteral("name"),
                                                  QStringLiteral("memory.total"), QStringLiteral("driver_version")});
    QVERIFY(old.ok());
    QVERIFY(old->driverVersion.isEmpty());
}

void TestParsers::nvidiaSmiGarbage()
{
    for (const QString &garbage :
         {QString(), QStringLiteral("\x01\x02 random bytes"), QStringLiteral("Segmentation fault")}) {
        const auto table = NvidiaSmiParser::parseTable(garbage);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().kind, ProblemKind::Unparseable);
        const auto query = NvidiaSmiParser::parseQuery(garbage, NvidiaSmiParser::queryFields(true));
        QVERIFY(!query.ok());
        QCOMPARE(query.error().kind, ProblemKind::Unparseable);
    }
}

void TestParsers::procDriverVersion()
{
    QFETCH(QString, fixture);
    const auto version = CudaToolsParser::parseProcDriverVersion(fixtureText(fixture));
    QVERIFY(version.ok());
    QCOMPARE(*version, jstr(expected().at(fixture.toStdString()).at("driver_version")));
}

void TestParsers::sysModuleVersion()
{
    QCOMPARE(*CudaToolsParser::parseSysModuleVersion(QStringLiteral("535.104.05\n")), QStringLiteral("535.104.05"));
    QVERIFY(!CudaToolsParser::parseSysModuleVersion(QStringLiteral("garbage")).ok());
}

void TestParsers::nvcc()
{
    QFETCH(QString, fixture);
    const auto version = CudaToolsParser::parseNvccVersion(fixtureText(fixture));
    QVERIFY(version.ok());
    QCOMPARE(*version, jstr(expected().at(fixture.toStdString()).at("version")));
}

void TestParsers::cudaVersionFile()
{
    QFETCH(QString, fixture);
    const json &want = expected().at(fixture.toStdString());
    if (fixture.endsWith(QStringLiteral(".json"))) {
        const auto version = CudaToolsParser::parseVersionJson(fixtureText(fixture).toUtf8());
        QVERIFY(version.ok());
        // The nvcc component's version is the one `nvcc --version` prints, so both sources agree.
        QCOMPARE(*version, jstr(want.at("cuda_nvcc_version")));
    } else {
        const auto version = CudaToolsParser::parseVersionTxt(fixtureText(fixture));
        QVERIFY(version.ok());
        QCOMPARE(*version, jstr(want.at("version")));
    }
    QVERIFY(!CudaToolsParser::parseVersionJson("{\"cuda\": ").ok());
    QCOMPARE(*CudaToolsParser::parseVersionJson(R"({"cuda": {"version": "12.4.20240301"}})"), QStringLiteral("12.4"));
}

void TestParsers::cudnnHeader()
{
    QFETCH(QString, fixture);
    const auto version = CudaToolsParser::parseCudnnHeader(fixtureText(fixture));
    QVERIFY(version.ok());
    QCOMPARE(*version, jstr(expected().at(fixture.toStdString()).at("version")));
}

void TestParsers::cudnnFromTorch_data()
{
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("version");
    QTest::newRow("cuDNN 7.6.5") << qint64(7605) << QStringLiteral("7.6.5");
    QTest::newRow("cuDNN 8.9.2 (the guide's)") << qint64(8902) << QStringLiteral("8.9.2");
    QTest::newRow("cuDNN 9.1.0") << qint64(90100) << QStringLiteral("9.1.0");
    QTest::newRow("cuDNN 9.10.2") << qint64(91002) << QStringLiteral("9.10.2");
    QTest::newRow("none") << qint64(0) << QString();
}

void TestParsers::cudnnFromTorch()
{
    QFETCH(qint64, number);
    QFETCH(QString, version);
    QCOMPARE(CudaToolsParser::cudnnFromTorchNumber(number), version);
}

void TestParsers::conda()
{
    QFETCH(QString, fixture);
    const json &want = expected().at(fixture.toStdString());
    const QString text = fixtureText(fixture);
    if (fixture.contains(QStringLiteral("conda-version"))) {
        QCOMPARE(*CondaParser::parseVersion(text), jstr(want.at("conda_version")));
        return;
    }
    if (fixture.contains(QStringLiteral("info-json"))) {
        const auto info = CondaParser::parseInfoJson(text);
        QVERIFY(info.ok());
        QCOMPARE(info->version, jstr(want.at("conda_version")));
        QCOMPARE(info->rootPrefix, jstr(want.at("root_prefix")));
        QStringList envs;
        for (const auto &env : want.at("envs"))
            envs << jstr(env);
        QCOMPARE(info->envPrefixes, envs);
        return;
    }
    const auto entries = CondaParser::parseEnvList(text);
    QVERIFY(entries.ok());
    const json &envs = want.at("envs");
    QCOMPARE(entries->size(), qsizetype(envs.size()));
    for (size_t i = 0; i < envs.size(); ++i) {
        if (envs[i].is_string()) { // --json shape: prefixes only
            QCOMPARE(entries->at(qsizetype(i)).prefix, jstr(envs[i]));
        } else {
            QCOMPARE(entries->at(qsizetype(i)).name, jstr(envs[i].at("name")));
            QCOMPARE(entries->at(qsizetype(i)).prefix, jstr(envs[i].at("path")));
        }
    }
}

void TestParsers::condaMeta()
{
    // File names as they stand in a real env's conda-meta folder.
    const QStringList files{
        QStringLiteral("python-dateutil-2.8.2-pyhd8ed1ab_0.json"),
        QStringLiteral("python-3.10.14-hd12c33a_0_cpython.json"), QStringLiteral("python_abi-3.10-4_cp310.json"),
        QStringLiteral("cudnn-8.9.2.26-cuda11_0.json"), QStringLiteral("cudatoolkit-11.8.0-h6a678d5_0.json")};
    QCOMPARE(CondaParser::packageVersionFromMeta(files, QStringLiteral("python")), QStringLiteral("3.10.14"));
    QCOMPARE(CondaParser::packageVersionFromMeta(files, QStringLiteral("cudnn")), QStringLiteral("8.9.2.26"));
    QCOMPARE(CondaParser::packageVersionFromMeta(files, QStringLiteral("cudatoolkit")), QStringLiteral("11.8.0"));
    QCOMPARE(CondaParser::packageVersionFromMeta(files, QStringLiteral("pytorch")), QString());
}

void TestParsers::condaEnvName_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("envsDirs");
    QTest::addColumn<QString>("name");
    QTest::newRow("linux base") << "/home/u/miniforge3"
                                << "/home/u/miniforge3" << QStringList{} << "base";
    QTest::newRow("linux env") << "/home/u/miniforge3/envs/torch"
                               << "/home/u/miniforge3" << QStringList{} << "torch";
    QTest::newRow("linux user envs dir") << "/home/u/.conda/envs/py311"
                                         << "/opt/conda" << QStringList{"/home/u/.conda/envs"} << "py311";
    QTest::newRow("linux env elsewhere") << "/data/envs/x"
                                         << "/opt/conda" << QStringList{} << "";
    QTest::newRow("linux is case sensitive") << "/home/u/Miniforge3"
                                             << "/home/u/miniforge3" << QStringList{} << "";
    QTest::newRow("windows case and slashes") << "c:\\Users\\张三\\Miniforge3\\envs\\gpu"
                                              << "C:\\Users\\张三\\miniforge3" << QStringList{} << "gpu";
}

void TestParsers::condaEnvName()
{
    QFETCH(QString, prefix);
    QFETCH(QString, root);
    QFETCH(QStringList, envsDirs);
    QFETCH(QString, name);
    QCOMPARE(CondaParser::envName(prefix, root, envsDirs), name);
}

void TestParsers::pyLauncher()
{
    QFETCH(QString, fixture);
    const QList<PyLauncherEntry> entries = PythonParser::parsePyLauncherList(fixtureText(fixture));
    QStringList paths;
    for (const auto &entry : expected().at(fixture.toStdString())) {
        if (entry.contains("path"))
            paths << jstr(entry.at("path"));
    }
    QStringList got;
    for (const PyLauncherEntry &entry : entries)
        got << entry.path;
    QCOMPARE(got, paths);
}

void TestParsers::pythonProbe()
{
    const QString output = QStringLiteral(
        "Warning: something from sitecustomize\n"
        "TGS-PROBE-JSON: {\"executable\": \"C:\\\\Users\\\\\u5f20\u4e09\\\\miniforge3\\\\python.exe\", \"version\": "
        "\"3.11.9\", \"bits\": 64, "
        "\"torch\": {\"version\": \"2.5.1+cu121\", \"cuda\": \"12.1\", \"cudnn\": 90100, \"cuda_available\": true, "
        "\"arch_list\": [\"sm_50\", \"sm_90\"], \"devices\": [{\"name\": \"NVIDIA GeForce RTX 4060\", \"capability\": "
        "\"8.9\"}], "
        "\"cuda_error\": null}, \"torch_error\": null}\n");
    const auto report = PythonParser::parseProbeOutput(output);
    QVERIFY(report.ok());
    QCOMPARE(report->executable, QStringLiteral("C:\\Users\\张三\\miniforge3\\python.exe"));
    QCOMPARE(report->version, QStringLiteral("3.11.9"));
    QVERIFY(report->torch);
    QCOMPARE(report->torch->version, QStringLiteral("2.5.1+cu121"));
    QCOMPARE(report->torch->cuda, QStringLiteral("12.1"));
    QCOMPARE(report->torch->cudnn, QStringLiteral("9.1.0"));
    QVERIFY(report->torch->cudaAvailable);
    QCOMPARE(report->torch->archList, (QStringList{QStringLiteral("sm_50"), QStringLiteral("sm_90")}));
    QCOMPARE(report->torch->devices.size(), 1);
    QCOMPARE(report->torch->devices.first().capability, QStringLiteral("8.9"));

    const auto broken = PythonParser::parseProbeOutput(QStringLiteral(
        "TGS-PROBE-JSON: {\"executable\": \"x\", \"version\": \"3.12.1\", \"torch\": null, "
        "\"torch_error\": \"OSError: [WinError 126] The specified module could not be found. Error loading "
        "\\\"c10.dll\\\" or one of its dependencies.\"}\n"));
    QVERIFY(broken.ok());
    QVERIFY(!broken->torch);
    QVERIFY(broken->torchImportError.contains(QStringLiteral("WinError 126")));
}

void TestParsers::pythonProbeRejectsGarbage_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("nothing") << QString();
    QTest::newRow("a traceback") << QStringLiteral(
        "Traceback (most recent call last):\n  File \"<string>\", line 1\nSyntaxError\n");
    QTest::newRow("cut-off JSON") << QStringLiteral("TGS-PROBE-JSON: {\"executable\": \"/usr/bin/py");
    QTest::newRow("JSON without version") << QStringLiteral("TGS-PROBE-JSON: {\"executable\": \"/usr/bin/python3\"}");
}

void TestParsers::pythonProbeRejectsGarbage()
{
    QFETCH(QString, output);
    const auto report = PythonParser::parseProbeOutput(output);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().kind, ProblemKind::Unparseable);
}

void TestParsers::cudaDriverProbeOutput()
{
    const auto report = CudaDriverProbe::parseOutput(
        QStringLiteral("cuda-driver library=libcuda.so.1 version=12080 init=0 devices=2\n"));
    QVERIFY(report.ok());
    QCOMPARE(report->cudaVersion(), QStringLiteral("12.8"));
    QCOMPARE(report->deviceCount, 2);
    QCOMPARE(CudaToolsParser::cudaFromDriverNumber(13000), QStringLiteral("13.0"));
    QCOMPARE(CudaToolsParser::cudaFromDriverNumber(11040), QStringLiteral("11.4"));
    QCOMPARE(CudaDriverProbe::parseOutput(QStringLiteral("cuda-driver error=not_found\n")).error().kind,
             ProblemKind::NotFound);
    QCOMPARE(CudaDriverProbe::parseOutput(QStringLiteral("Segmentation fault")).error().kind, ProblemKind::Unparseable);
}

void TestParsers::nvccHere_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("here");
    QTest::newRow("13.0.88 behind a wrapper") << "nvcc-dryrun/linux-13.0.88-via-wrapper.txt"
                                              << "/usr/local/cuda-13.0/bin";
    QTest::newRow("12.6.20") << "nvcc-dryrun/linux-12.6.20-excerpt.txt"
                             << "/usr/local/cuda/bin";
    QTest::newRow("nvcc --version has no _HERE_") << "nvcc/linux-13.2.78.txt"
                                                  << "";
}

void TestParsers::nvccHere()
{
    QFETCH(QString, fixture);
    QFETCH(QString, here);
    QCOMPARE(CudaToolsParser::parseNvccHere(fixtureText(fixture)), here);
}

QTEST_GUILESS_MAIN(TestParsers)
#include "tst_parsers.moc"
