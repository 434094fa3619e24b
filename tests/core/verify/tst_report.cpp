// The report: redaction of the home folder and user name (Windows and Linux homes, a Chinese name, names short
// enough to hide inside other words), and the Markdown and JSON of real parts — detection from the nvidia-smi
// fixture of a Windows laptop, the verification probe's output for a profile named 张三, the doctor's findings,
// recommendation and plan from the embedded knowledge base, and install logs from tests/fixtures/install-errors.
// Translations are not loaded: the texts are the source English.
#include <core/detect/probes/nvidiasmi.h>
#include <core/install/mirrors.h>
#include <core/recommend/facts.h>
#include <core/verify/report.h>
#include <core/verify/verifyprobe.h>

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;

namespace {

const QString fixtures = QStringLiteral(TGS_FIXTURES_DIR);
const QString kZhangHome = QStringLiteral("C:\\Users\\张三");

QString fixtureText(const QString &relative)
{
    QFile file(fixtures + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return QString::fromUtf8(file.readAll());
}

const KnowledgeBase &kb()
{
    static const KnowledgeBase base = KnowledgeBase::embedded().value();
    return base;
}

Platform platform(Platform::Os os, const QString &home, const QString &userName)
{
    Platform p;
    p.os = os;
    p.homeDir = home;
    if (!userName.isEmpty())
        p.environment.insert(os == Platform::Os::Windows ? QStringLiteral("USERNAME") : QStringLiteral("USER"),
                             userName);
    return p;
}

Platform zhangOnWindows()
{
    return platform(Platform::Os::Windows, kZhangHome, QStringLiteral("张三"));
}

// The laptop of the verification fixture: its nvidia-smi table, Miniforge in the profile 张三.
Environment zhangEnvironment()
{
    Environment e;
    e.os = QStringLiteral("windows");
    const ProbeResult<SmiReport> smi = NvidiaSmiParser::parseTable(
        fixtureText(QStringLiteral("nvidia-smi/windows-591.74-rtx4070-laptop-91col-driver-model.txt")));
    if (!smi)
        qFatal("nvidia-smi fixture not parsed");
    e.gpus = smi->gpus;
    e.driver
        = DriverInfo{smi->driverVersion, smi->cudaVersion, QStringLiteral("nvidia-smi"), QStringLiteral("nvidia-smi")};
    const QString base = kZhangHome + QStringLiteral("\\miniforge3");
    CondaInfo conda;
    conda.executable = base + QStringLiteral("\\Scripts\\conda.exe");
    conda.version = QStringLiteral("24.11.0");
    conda.basePrefix = base;
    conda.envs << CondaEnvInfo{QStringLiteral("base"), base, QStringLiteral("3.12.8"), {}}
               << CondaEnvInfo{QStringLiteral("torchgpu"),
                               base + QStringLiteral("\\envs\\torchgpu"),
                               QStringLiteral("3.12.7"),
                               {}};
    conda.source = QStringLiteral("PATH");
    e.conda = conda;
    PythonInfo python;
    python.executable = base + QStringLiteral("\\envs\\torchgpu\\python.exe");
    python.version = QStringLiteral("3.12.7");
    python.source = QStringLiteral("conda env torchgpu");
    e.pythons << python;
    return e;
}

Verification zhangVerification()
{
    Verification v;
    v.target = VerifyTarget::condaEnv(QStringLiteral("torchgpu"));
    VerifyProbe::parse(fixtureText(QStringLiteral("verify/gpu-rtx4070-sm120-missing-constructed.txt")), v);
    return v;
}

ReportInput zhangReport()
{
    ReportInput input;
    input.platform = zhangOnWindows();
    input.environment = zhangEnvironment();
    input.verification = zhangVerification();
    DoctorInput doctor;
    doctor.environment = input.environment;
    doctor.verification = input.verification;
    doctor.platform = input.platform;
    input.findings = Doctor::diagnose(doctor, kb());
    const Result<Recommendation> recommendation
        = Recommender(kb()).recommend(Facts::fromEnvironment(*input.environment, Platform::Os::Windows), Wishes{});
    if (!recommendation)
        qFatal("%s", qPrintable(recommendation.error().message));
    input.recommendation = *recommendation;
    input.knowledgeBase = &kb();
    static const MirrorCatalog mirrors = MirrorCatalog::embedded().value();
    PlanRequest request;
    request.combination = recommendation->recommended;
    request.platform = input.platform;
    request.condaExecutable = input.environment->conda->executable;
    const Result<Plan> plan = PlanBuilder(kb(), mirrors).build(request);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message));
    input.plan = *plan;
    input.logPath = fixtures + QStringLiteral("/install-errors/conda-verification-corrupt-pytorch-windows.txt");
    input.appVersion = QStringLiteral("0.9.0");
    input.created = QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
    return input;
}

QString str(const nlohmann::json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QStringLiteral("(not a string)");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

Q_DECLARE_METATYPE(tgs::Platform)

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void redact_data();
    void redact();
    void redactIsIdempotent();
    void redactWithoutHome();
    void markdownHasEveryPart();
    void markdownEscapesAndFences();
    void jsonHasTheKeysAndNoUser();
    void logExcerptIsRedacted();
    void missingLog();
    void hugeLogIsBounded();
    void saveBothFormats();
    void saveErrors();
};

void TestReport::redact_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const Platform linuxZhang = platform(Platform::Os::Linux, QStringLiteral("/home/zhang"), QStringLiteral("zhang"));
    const Platform linuxLi = platform(Platform::Os::Linux, QStringLiteral("/home/li"), QStringLiteral("li"));
    const Platform linuxAn = platform(Platform::Os::Linux, QStringLiteral("/home/an"), QString());
    const Platform winZhang = zhangOnWindows();
    const Platform winLatin
        = platform(Platform::Os::Windows, QStringLiteral("C:\\Users\\zhang.DESKTOP-7K2"), QStringLiteral("Zhang"));
    const Platform winLi = platform(Platform::Os::Windows, QStringLiteral("C:\\Users\\li"), QStringLiteral("li"));

    QTest::newRow("linux home") << linuxZhang << QStringLiteral("/home/zhang/miniforge3/envs/torchgpu/bin/python")
                                << QStringLiteral("~/miniforge3/envs/torchgpu/bin/python");
    QTest::newRow("linux home alone") << linuxZhang << QStringLiteral("HOME=/home/zhang") << QStringLiteral("HOME=~");
    QTest::newRow("linux traceback and prompt")
        << linuxZhang << QStringLiteral("zhang@box:~$ python\n  File \"/home/zhang/a.py\", line 3")
        << QStringLiteral("<user>@box:~$ python\n  File \"~/a.py\", line 3");
    QTest::newRow("linux name elsewhere")
        << linuxZhang << QStringLiteral("/var/home/zhang/x /mnt/c/Users/zhang/y /data/zhang")
        << QStringLiteral("/var/home/<user>/x /mnt/c/Users/<user>/y /data/<user>");
    QTest::newRow("linux case matters") << linuxZhang << QStringLiteral("/home/Zhang/x")
                                        << QStringLiteral("/home/Zhang/x");
    QTest::newRow("linux longer name kept") << linuxLi << QStringLiteral("/home/lisa/x and /home/li.bak and /home/li")
                                            << QStringLiteral("/home/lisa/x and /home/li.bak and ~");
    QTest::newRow("short name not inside words")
        << linuxLi << QStringLiteral("libcudnn.so.8 on Linux: li is here, li-ion, /usr/lib/x86_64-linux-gnu")
        << QStringLiteral("libcudnn.so.8 on Linux: li is here, li-ion, /usr/lib/x86_64-linux-gnu");
    QTest::newRow("short name as a component") << linuxLi << QStringLiteral("/opt/li/lib/libcudnn.so /srv/li")
                                               << QStringLiteral("/opt/<user>/lib/libcudnn.so /srv/<user>");
    QTest::newRow("an is an English word") << linuxAn << QStringLiteral("an error in /mnt/data/an/project; an/ann/and")
                                           << QStringLiteral("an error in /mnt/data/<user>/project; an/ann/and");
    QTest::newRow("windows home") << winZhang << QStringLiteral("C:\\Users\\张三\\miniforge3\\python.exe")
                                  << QStringLiteral("%USERPROFILE%\\miniforge3\\python.exe");
    QTest::newRow("windows forward slashes, other case")
        << winZhang << QStringLiteral("c:/users/张三/AppData/Local") << QStringLiteral("%USERPROFILE%/AppData/Local");
    QTest::newRow("windows mixed separators")
        << winZhang << QStringLiteral("C:\\Users/张三\\miniforge3") << QStringLiteral("%USERPROFILE%\\miniforge3");
    QTest::newRow("python repr doubles backslashes")
        << winZhang << QStringLiteral("Error loading \"C:\\\\Users\\\\张三\\\\envs\\\\c10.dll\"")
        << QStringLiteral("Error loading \"%USERPROFILE%\\\\envs\\\\c10.dll\"");
    QTest::newRow("chinese name in chinese text and other drives")
        << winZhang << QStringLiteral("张三的电脑, D:\\张三\\data, 张三丰")
        << QStringLiteral("<user>的电脑, D:\\<user>\\data, <user>丰");
    QTest::newRow("windows profile folder with domain")
        << winLatin << QStringLiteral("envs_dirs: C:\\Users\\zhang.DESKTOP-7K2\\.conda\\envs; D:\\ZHANG\\x; zhangwei")
        << QStringLiteral("envs_dirs: %USERPROFILE%\\.conda\\envs; D:\\<user>\\x; zhangwei");
    QTest::newRow("windows short name") << winLi << QStringLiteral("C:\\USERS\\LI\\x libcudnn D:\\Li\\y Linux li")
                                        << QStringLiteral("%USERPROFILE%\\x libcudnn D:\\<user>\\y Linux li");
}

void TestReport::redact()
{
    QFETCH(Platform, platform);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Report::redact(text, platform), expected);
}

void TestReport::redactIsIdempotent()
{
    const Platform p = zhangOnWindows();
    const QString once = Report::redact(QStringLiteral("C:\\Users\\张三\\x 张三 <user>"), p);
    QCOMPARE(Report::redact(once, p), once);
    const Platform user = platform(Platform::Os::Linux, QStringLiteral("/home/user"), QStringLiteral("user"));
    QCOMPARE(Report::redact(QStringLiteral("/home/user/x <user>"), user), QStringLiteral("~/x <user>"));
}

void TestReport::redactWithoutHome()
{
    const Platform p = platform(Platform::Os::Linux, QStringLiteral("/"), QString());
    QCOMPARE(Report::redact(QStringLiteral("/usr/lib/x"), p), QStringLiteral("/usr/lib/x"));
}

void TestReport::markdownHasEveryPart()
{
    const ReportInput input = zhangReport();
    QVERIFY(!input.findings.isEmpty());
    const QString md = Report::toMarkdown(input);
    QVERIFY2(!md.contains(QStringLiteral("张三")), qPrintable(md));
    const QStringList lines = md.split(u'\n');
    QCOMPARE(lines.at(0), QStringLiteral("# TorchGPU Setup report"));
    // The verdict and the one-line summary come before any part.
    const qsizetype verdict = md.indexOf(QStringLiteral("**✗ PyTorch does not use the GPU in this environment.**"));
    QVERIFY2(verdict > 0, qPrintable(md));
    QVERIFY(md.indexOf(QStringLiteral("torch 2.5.1+cu124, CUDA 12.4, cuDNN 9.1.0, GPU usable: yes")) > verdict);
    qsizetype previous = verdict;
    for (const QString &part :
         {QStringLiteral("## Verification of torchgpu"), QStringLiteral("## The doctor's findings"),
          QStringLiteral("## Detected environment"), QStringLiteral("## Recommendation"),
          QStringLiteral("## Install plan"), QStringLiteral("## Install log")}) {
        const qsizetype at = md.indexOf(part);
        QVERIFY2(at > previous, qPrintable(part));
        previous = at;
    }
    QVERIFY(md.contains(QStringLiteral("%USERPROFILE%\\\\miniforge3\\\\envs\\\\torchgpu\\\\python.exe")));
    QVERIFY(md.contains(QStringLiteral("NVIDIA GeForce RTX 4070 Laptop GPU")));
    QVERIFY(md.contains(QStringLiteral("```powershell\n")));
    QVERIFY(md.contains(QStringLiteral("```text\n")));
    QVERIFY(md.contains(QStringLiteral("CondaVerificationError")));
    QVERIFY(md.contains(QStringLiteral("- **✗ ")));
    QVERIFY(md.contains(QStringLiteral("Created 2026-12-01T10:30:00Z by TorchGPU Setup 0.9.0.")));
}

void TestReport::markdownEscapesAndFences()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("install.log"));
    QVERIFY(writeFile(log, "```\nprint('<b>')\n````\n"));
    ReportInput input;
    input.platform = platform(Platform::Os::Linux, QStringLiteral("/home/zhang"), QStringLiteral("zhang"));
    input.logPath = log;
    Finding finding;
    finding.title = QStringLiteral("torch.__version__ | <script> in /home/zhang");
    input.findings << finding;
    const QString md = Report::toMarkdown(input);
    QVERIFY2(md.contains(QStringLiteral("`````text\n```\nprint('<b>')\n````\n`````\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("torch.\\_\\_version\\_\\_ \\| &lt;script&gt; in \\~")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("PyTorch has not been verified.")));
}

void TestReport::jsonHasTheKeysAndNoUser()
{
    const nlohmann::json report = Report::toJson(zhangReport());
    const nlohmann::json parsed = nlohmann::json::parse(report.dump());
    for (const char *key : {"tool", "created", "environment", "recommendation", "plan", "log_excerpt", "verification",
                            "findings", "verdict"})
        QVERIFY2(parsed.contains(key) && !parsed.at(key).is_null(), key);
    QCOMPARE(str(parsed.at("tool").at("name")), QStringLiteral("TorchGPU Setup"));
    QCOMPARE(str(parsed.at("tool").at("version")), QStringLiteral("0.9.0"));
    QVERIFY(!parsed.at("passed").get<bool>());
    QVERIFY(parsed.at("findings").is_array() && !parsed.at("findings").empty());
    QVERIFY(!QString::fromStdString(report.dump()).contains(QStringLiteral("张三")));
    // Nested arrays: conda environments, the plan's arguments.
    QCOMPARE(str(parsed.at("environment").at("conda").at("envs").at(1).at("prefix")),
             QStringLiteral("%USERPROFILE%\\miniforge3\\envs\\torchgpu"));
    bool condaProgram = false;
    for (const auto &step : parsed.at("plan").at("steps"))
        condaProgram = condaProgram
                       || str(step.at("program")) == QStringLiteral("%USERPROFILE%\\miniforge3\\Scripts\\conda.exe");
    QVERIFY(condaProgram);
    QCOMPARE(str(parsed.at("verification").at("torch_path")),
             QStringLiteral("%USERPROFILE%\\miniforge3\\envs\\torchgpu\\Lib\\site-packages\\torch"));
    QVERIFY(parsed.at("recommendation").at("knowledge_base").is_object());
}

void TestReport::logExcerptIsRedacted()
{
    ReportInput input;
    input.platform = platform(Platform::Os::Linux, QStringLiteral("/home/ddbrothe"), QStringLiteral("ddbrothe"));
    input.logPath = fixtures + QStringLiteral("/install-errors/conda-errno28-linux.txt");
    const nlohmann::json report = Report::toJson(input);
    const nlohmann::json &log = report.at("log_excerpt");
    QVERIFY(log.at("error").is_null());
    QVERIFY(!log.at("lines").empty() && log.at("lines").size() <= size_t(Report::kLogLines));
    const QString dump = QString::fromStdString(report.dump());
    QVERIFY(!dump.contains(QStringLiteral("ddbrothe")));
    QVERIFY(dump.contains(QStringLiteral("~/anaconda3/")));
    QVERIFY(Report::toMarkdown(input).contains(QStringLiteral("~/anaconda3/")));
}

void TestReport::missingLog()
{
    ReportInput input;
    input.platform = platform(Platform::Os::Linux, QStringLiteral("/home/zhang"), QStringLiteral("zhang"));
    input.logPath = QStringLiteral("/home/zhang/.local/share/torchgpu-setup/logs/missing.log");
    const nlohmann::json log = Report::toJson(input).at("log_excerpt");
    QVERIFY(log.at("lines").empty());
    QCOMPARE(str(log.at("path")), QStringLiteral("~/.local/share/torchgpu-setup/logs/missing.log"));
    QVERIFY(QString::fromStdString(log.at("error").get<std::string>()).contains(QStringLiteral("does not exist")));
    const QString md = Report::toMarkdown(input);
    QVERIFY(md.contains(QStringLiteral("## Install log")));
    QVERIFY(!md.contains(QStringLiteral("zhang")));
}

void TestReport::hugeLogIsBounded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("install.log"));
    QByteArray bytes;
    for (int i = 0; i < 200000; ++i)
        bytes += "line " + QByteArray::number(i) + " Downloading https://download.pytorch.org/whl/cu124\n";
    bytes += QByteArray(300 * 1024, 'x'); // one endless progress line, no newline at the end
    QVERIFY(writeFile(path, bytes));
    ReportInput input;
    input.platform = platform(Platform::Os::Linux, QStringLiteral("/home/zhang"), QString());
    input.logPath = path;
    const nlohmann::json log = Report::toJson(input).at("log_excerpt");
    QVERIFY(log.at("truncated").get<bool>());
    QCOMPARE(log.at("lines").size(), size_t(1));
    QCOMPARE(QString::fromStdString(log.at("lines").at(0).get<std::string>()).size(), Report::kLogLineChars + 1);

    QVERIFY(writeFile(path, bytes.left(bytes.size() - 300 * 1024)));
    const nlohmann::json lines = Report::toJson(input).at("log_excerpt").at("lines");
    QCOMPARE(lines.size(), size_t(Report::kLogLines));
    QCOMPARE(str(lines.back()), QStringLiteral("line 199999 Downloading https://download.pytorch.org/whl/cu124"));
    QCOMPARE(str(lines.front()), QStringLiteral("line 199920 Downloading https://download.pytorch.org/whl/cu124"));
    QVERIFY(Report::toMarkdown(input).size() < 20000);
}

void TestReport::saveBothFormats()
{
    QTemporaryDir dir;
    const ReportInput input = zhangReport();
    const Result<QString> md = Report::save(input, dir.filePath(QStringLiteral("report.md")));
    QVERIFY2(md.ok(), md.ok() ? "" : qPrintable(md.error().message));
    QCOMPARE(*md, QDir::toNativeSeparators(dir.filePath(QStringLiteral("report.md"))));
    QFile mdFile(dir.filePath(QStringLiteral("report.md")));
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(mdFile.readAll()), Report::toMarkdown(input));

    const Result<QString> json = Report::save(input, dir.filePath(QStringLiteral("report.JSON")));
    QVERIFY(json.ok());
    QFile jsonFile(dir.filePath(QStringLiteral("report.JSON")));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const nlohmann::json parsed = nlohmann::json::parse(jsonFile.readAll().toStdString(), nullptr, false);
    QVERIFY(!parsed.is_discarded());
    QCOMPARE(str(parsed.at("tool").at("name")), QStringLiteral("TorchGPU Setup"));
}

void TestReport::saveErrors()
{
    QTemporaryDir dir;
    ReportInput input;
    input.platform = platform(Platform::Os::Linux, QStringLiteral("/home/zhang"), QString());

    const Result<QString> noFolder = Report::save(input, dir.filePath(QStringLiteral("no/such/report.md")));
    QVERIFY(!noFolder.ok());
    QVERIFY(noFolder.error().message.contains(QStringLiteral("does not exist")));

    const Result<QString> extension = Report::save(input, dir.filePath(QStringLiteral("report.txt")));
    QVERIFY(!extension.ok());
    QVERIFY(extension.error().message.contains(QStringLiteral(".md")));

    const QString locked = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner));
    QString folder = locked;
    if (writeFile(locked + QStringLiteral("/probe"), "x")) {
        // Root writes to a read-only folder; no one creates files in /proc.
#ifdef Q_OS_LINUX
        folder = QStringLiteral("/proc");
#else
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QSKIP("this user can write to a read-only folder");
#endif
    }
    const Result<QString> unwritable = Report::save(input, folder + QStringLiteral("/report.json"));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!unwritable.ok());
    QVERIFY2(unwritable.error().message.contains(QStringLiteral("Choose a folder you can write to")),
             qPrintable(unwritable.error().message));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
