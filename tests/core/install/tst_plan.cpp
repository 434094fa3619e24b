// Install plans: the guide's own commands, pip and conda-forge plans for old and new torch,
// mirrors, Miniforge, rejected environment names, and rendering for each shell.
#include <core/install/plan.h>
#include <core/kb/knowledgebase.h>

#include <nlohmann/json.hpp>

#include <QRegularExpression>
#include <QTest>

using namespace tgs;

namespace {

const KnowledgeBase &kb()
{
    static const KnowledgeBase embedded = KnowledgeBase::embedded().value();
    return embedded;
}

const MirrorCatalog &mirrors()
{
    static const MirrorCatalog catalog = MirrorCatalog::embedded().value();
    return catalog;
}

Combination combo(const QString &torch, const QString &cuda, const QString &python, Route route)
{
    const TorchRelease *release = kb().release(torch);
    if (!release)
        qFatal("no release %s", qPrintable(torch));
    return {torch,
            release->torchvision,
            release->torchaudio,
            python,
            cuda,
            cuda.isEmpty() ? QStringLiteral("cpu") : QStringLiteral("cu") + QString(cuda).remove(u'.'),
            QString(),
            route};
}

Platform onLinux()
{
    Platform p;
    p.os = Platform::Os::Linux;
    return p;
}

Platform onWindowsOs()
{
    Platform p;
    p.os = Platform::Os::Windows;
    return p;
}

Plan build(const PlanRequest &request)
{
    const Result<Plan> plan = PlanBuilder(kb(), mirrors()).build(request);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().message));
    return plan.value();
}

QStringList ids(const Plan &plan)
{
    QStringList list;
    for (const PlanStep &step : plan.steps)
        list << step.id;
    return list;
}

const PlanStep &step(const Plan &plan, const QString &id)
{
    for (const PlanStep &s : plan.steps) {
        if (s.id == id)
            return s;
    }
    qFatal("no step %s", qPrintable(id));
}

const QString kConda = QStringLiteral("/home/u/miniconda3/bin/conda");

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void theGuidesOwnCommands();
    void guideWithMirror();
    void condaLegacyOldTorch();
    void condaLegacyPythonTheChannelNeverHad();
    void pipInCondaEnv();
    void pipWithFlatWheelMirror();
    void pipOldTorchLocalVersions();
    void pipLtsRelease();
    void pipInVenv();
    void condaForge();
    void miniforgeFirst_data();
    void miniforgeFirst();
    void envNames_data();
    void envNames();
    void rejectedInputs();
    void existingEnvironment();
    void renderPosix();
    void renderPowerShell();
    void renderCmd();
    void renderCmdHostile_data();
    void renderCmdHostile();
    void venvNamesFollowTheSameRules();
    void json();
};

void TestPlan::theGuidesOwnCommands()
{
    // Python 3.8, cudatoolkit 11.8.0, cudnn 8.9.2.26=cuda11_0, pytorch-cuda 11.8: the guide.
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.4.1"), QStringLiteral("11.8"), QStringLiteral("3.8"), Route::CondaLegacy);
    request.platform = onLinux();
    request.envName = QStringLiteral("pytorch");
    request.condaExecutable = kConda;
    const Plan plan = build(request);
    QCOMPARE(ids(plan), (QStringList{"create-env", "install-cudatoolkit", "install-cudnn", "install-pytorch"}));
    for (const PlanStep &s : plan.steps)
        QCOMPARE(s.program, kConda);
    QCOMPARE(plan.steps[0].arguments, (QStringList{"create", "-n", "pytorch", "python=3.8", "-y"}));
    QCOMPARE(plan.steps[1].arguments, (QStringList{"install", "-n", "pytorch", "cudatoolkit==11.8.0", "-y"}));
    QCOMPARE(plan.steps[2].arguments, (QStringList{"install", "-n", "pytorch", "cudnn==8.9.2.26=cuda11_0", "-y"}));
    QCOMPARE(plan.steps[3].arguments,
             (QStringList{"install", "-n", "pytorch", "pytorch==2.4.1", "torchvision==0.19.1", "torchaudio==2.4.1",
                          "pytorch-cuda=11.8", "-c", "pytorch", "-c", "nvidia", "-y"}));
    QVERIFY(plan.steps[3].environment.value("PYTHONUTF8") == "1");
    QVERIFY(!plan.notes.isEmpty()); // why: the channel is frozen at 2.5.1
}

void TestPlan::guideWithMirror()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.4.1"), QStringLiteral("11.8"), QStringLiteral("3.8"), Route::CondaLegacy);
    request.platform = onWindowsOs();
    request.condaExecutable = QStringLiteral("C:\\Users\\张三\\miniconda3\\Scripts\\conda.exe");
    request.mirrorId = QStringLiteral("tuna");
    const Plan plan = build(request);
    const Mirror *tuna = mirrors().mirror(QStringLiteral("tuna"));
    const QStringList create = step(plan, "create-env").arguments;
    QVERIFY(create.contains(tuna->channel("main")));
    const QStringList torch = step(plan, "install-pytorch").arguments;
    QVERIFY(torch.contains(tuna->channel("pytorch")));
    // TUNA has no nvidia channel: it comes from the official one, and the plan says so.
    QVERIFY(torch.contains("nvidia"));
    QVERIFY(plan.notes.join(u'\n').contains("nvidia"));
}

void TestPlan::condaLegacyOldTorch()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("1.12.1"), QStringLiteral("11.6"), QStringLiteral("3.9"), Route::CondaLegacy);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    const Plan plan = build(request);
    QCOMPARE(ids(plan), (QStringList{"create-env", "install-pytorch"}));
    QCOMPARE(step(plan, "install-pytorch").arguments,
             (QStringList{"install", "-n", "torchgpu", "pytorch==1.12.1", "torchvision==0.13.1", "torchaudio==0.12.1",
                          "cudatoolkit=11.6", "-c", "pytorch", "-c", "conda-forge", "-y"}));
    request.combination = combo(QStringLiteral("2.5.1"), QString(), QStringLiteral("3.11"), Route::CondaLegacy);
    QVERIFY(build(request).steps.last().arguments.contains("cpuonly"));
}

// torch 2.5.1 has Linux wheels for Python 3.13 but the pytorch channel, whose last release it is,
// has no py3.13 build (pytorch/pytorch#144430; moi90/pytorch_compute_capabilities' package list):
// the guide's commands would end in an unsatisfiable solve, so there is no plan.
void TestPlan::condaLegacyPythonTheChannelNeverHad()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.13"), Route::CondaLegacy);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    const Result<Plan> plan = PlanBuilder(kb(), mirrors()).build(request);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(QStringLiteral("3.9, 3.10, 3.11, 3.12")), qPrintable(plan.error().message));
    request.combination.python = QStringLiteral("3.12");
    QVERIFY(PlanBuilder(kb(), mirrors()).build(request).ok());
    // The pip route has the 3.13 wheel on Linux.
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.13"), Route::Pip);
    QVERIFY(PlanBuilder(kb(), mirrors()).build(request).ok());
}

void TestPlan::pipInCondaEnv()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::Pip);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    request.envName = QStringLiteral("gpu");
    const Plan plan = build(request);
    QCOMPARE(ids(plan), (QStringList{"create-env", "install-pytorch"}));
    QCOMPARE(step(plan, "create-env").arguments,
             (QStringList{"create", "-n", "gpu", "python=3.11", "-y", "--override-channels", "-c", "conda-forge"}));
    const PlanStep &install = step(plan, "install-pytorch");
    QCOMPARE(install.program, kConda);
    QCOMPARE(install.arguments,
             (QStringList{"run", "--no-capture-output", "-n", "gpu", "python", "-u", "-m", "pip", "install",
                          "--progress-bar", "raw", "torch==2.5.1", "torchvision==0.20.1", "torchaudio==2.5.1",
                          "--index-url", "https://download.pytorch.org/whl/cu124"}));
    QCOMPARE(install.environment.value("PIP_NO_INPUT"), QStringLiteral("1"));
    // A reused environment keeps its own pip, which may be older than 24.1: no raw progress asked of it.
    const Result<Plan> reused = PlanBuilder(kb(), mirrors()).withExistingEnv(plan, ExistingEnv::Reuse, {});
    QVERIFY(reused);
    QVERIFY(!step(*reused, "install-pytorch").arguments.contains(QStringLiteral("--progress-bar")));
}

void TestPlan::pipWithFlatWheelMirror()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::Pip);
    request.platform = onWindowsOs();
    request.condaExecutable = QStringLiteral("C:\\miniforge3\\Scripts\\conda.exe");
    request.mirrorId = QStringLiteral("aliyun");
    const Mirror *aliyun = mirrors().mirror(QStringLiteral("aliyun"));
    const QStringList args = step(build(request), "install-pytorch").arguments;
    QVERIFY(args.contains("torch==2.5.1+cu124"));
    QVERIFY(args.contains("torchvision==0.20.1+cu124"));
    QCOMPARE(args.at(args.indexOf("-f") + 1), aliyun->pytorchWheels + "/cu124");
    QCOMPARE(args.at(args.indexOf("--index-url") + 1), aliyun->pypiIndex);
    QVERIFY(step(build(request), "create-env").arguments.contains(aliyun->channel("conda-forge")));

    // A mirror without PyTorch wheels: the wheels from the official index, PyPI from the mirror.
    request.mirrorId = QStringLiteral("tuna");
    const QStringList tuna = step(build(request), "install-pytorch").arguments;
    QCOMPARE(tuna.at(tuna.indexOf("--index-url") + 1), QStringLiteral("https://download.pytorch.org/whl/cu124"));
    QCOMPARE(tuna.at(tuna.indexOf("--extra-index-url") + 1), mirrors().mirror("tuna")->pypiIndex);
}

void TestPlan::pipOldTorchLocalVersions()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("1.8.1"), QStringLiteral("11.1"), QStringLiteral("3.8"), Route::Pip);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    const QStringList args = step(build(request), "install-pytorch").arguments;
    QVERIFY(args.contains("torch==1.8.1+cu111"));
    QVERIFY(args.contains("torchvision==0.9.1+cu111"));
    QVERIFY(args.contains("torchaudio==0.8.1")); // torchaudio 0.8 had no CUDA builds
    QCOMPARE(args.at(args.indexOf("-f") + 1), QStringLiteral("https://download.pytorch.org/whl/torch_stable.html"));
}

void TestPlan::pipLtsRelease()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("1.8.2"), QStringLiteral("11.1"), QStringLiteral("3.8"), Route::Pip);
    request.platform = onWindowsOs();
    request.condaExecutable = QStringLiteral("C:\\miniforge3\\Scripts\\conda.exe");
    const QStringList args = step(build(request), "install-pytorch").arguments;
    QVERIFY(args.contains("torch==1.8.2+cu111"));
    QCOMPARE(args.at(args.indexOf("-f") + 1),
             QStringLiteral("https://download.pytorch.org/whl/lts/1.8/torch_lts.html"));
}

void TestPlan::pipInVenv()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.9.0"), QString(), QStringLiteral("3.11"), Route::Pip);
    request.platform = onWindowsOs();
    request.venvPython = QStringLiteral("C:\\Python311\\python.exe");
    request.venvDir = QStringLiteral("D:\\envs\\torch cpu");
    const Plan plan = build(request);
    QCOMPARE(ids(plan), (QStringList{"create-venv", "install-pytorch"}));
    QCOMPARE(step(plan, "create-venv").arguments, (QStringList{"-m", "venv", "D:\\envs\\torch cpu"}));
    QCOMPARE(step(plan, "install-pytorch").program, QStringLiteral("D:\\envs\\torch cpu\\Scripts\\python.exe"));
    QVERIFY(step(plan, "install-pytorch").arguments.contains("https://download.pytorch.org/whl/cpu"));
    QCOMPARE(plan.python, QStringLiteral("D:\\envs\\torch cpu\\Scripts\\python.exe"));
}

void TestPlan::condaForge()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.5.1"), QStringLiteral("12.6"), QStringLiteral("3.12"), Route::CondaForge);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    const Plan plan = build(request);
    QCOMPARE(step(plan, "install-pytorch").arguments,
             (QStringList{"install", "-n", "torchgpu", "pytorch==2.5.1=cuda*", "cuda-version==12.6", "torchvision",
                          "torchaudio", "-y", "--override-channels", "-c", "conda-forge"}));
    request.combination = combo(QStringLiteral("2.4.1"), QString(), QStringLiteral("3.10"), Route::CondaForge);
    QVERIFY(step(build(request), "install-pytorch").arguments.contains("pytorch==2.4.1=cpu*"));
}

void TestPlan::miniforgeFirst_data()
{
    QTest::addColumn<bool>("onWindows");
    QTest::newRow("linux") << false;
    QTest::newRow("windows") << true;
}

void TestPlan::miniforgeFirst()
{
    QFETCH(bool, onWindows);
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::Pip);
    request.platform = onWindows ? onWindowsOs() : onLinux();
    request.installMiniforgeTo = onWindows ? QStringLiteral("C:\\miniforge3") : QStringLiteral("/home/u/miniforge3");
    const Plan plan = build(request);
    QCOMPARE(ids(plan), (QStringList{"download-miniforge", "install-miniforge", "create-env", "install-pytorch"}));
    const PlanStep &download = step(plan, "download-miniforge");
    QCOMPARE(download.kind, PlanStep::Kind::Download);
    QCOMPARE(download.sha256.size(), 64);
    QVERIFY(download.url.startsWith("https://github.com/conda-forge/miniforge/releases/download/"));
    const PlanStep &install = step(plan, "install-miniforge");
    if (onWindows) {
        QCOMPARE(install.program, download.destination);
        QCOMPARE(install.arguments.last(), QStringLiteral("/D=C:\\miniforge3")); // last and unquoted
        QVERIFY(install.arguments.contains("/S"));
        QCOMPARE(step(plan, "create-env").program, QStringLiteral("C:\\miniforge3\\Scripts\\conda.exe"));
    } else {
        QCOMPARE(install.program, QStringLiteral("bash"));
        QCOMPARE(install.arguments, (QStringList{download.destination, "-b", "-p", "/home/u/miniforge3"}));
        QCOMPARE(step(plan, "create-env").program, QStringLiteral("/home/u/miniforge3/bin/conda"));
    }
    // From a mirror, GitHub stays as the fallback (a mirror folder holds only the latest release).
    request.mirrorId = QStringLiteral("tuna");
    const PlanStep mirrored = step(build(request), "download-miniforge");
    QVERIFY(mirrored.url.startsWith(mirrors().mirror("tuna")->miniforgeDownloads));
    QCOMPARE(mirrored.fallbackUrls.size(), 1);
}

void TestPlan::envNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "torch-gpu_2.5" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "my env" << false;
    QTest::newRow("slash") << "envs/gpu" << false;
    QTest::newRow("backslash") << "..\\gpu" << false;
    QTest::newRow("quote") << "gpu\"" << false;
    QTest::newRow("ampersand") << "gpu&calc" << false;
    QTest::newRow("semicolon") << "gpu;rm" << false;
    QTest::newRow("leading dash") << "-n" << false;
    QTest::newRow("base") << "base" << false;
    QTest::newRow("chinese") << "显卡" << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void TestPlan::envNames()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    QCOMPARE(PlanBuilder::envNameProblem(name).isEmpty(), ok);
}

void TestPlan::rejectedInputs()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::CondaLegacy);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    request.envName = QStringLiteral("a b");
    PlanBuilder builder(kb(), mirrors());
    QVERIFY(!builder.build(request).ok());
    request.envName = QStringLiteral("ok");
    request.mirrorId = QStringLiteral("nowhere");
    QVERIFY(!builder.build(request).ok());
    request.mirrorId = QStringLiteral("official");
    request.condaExecutable.clear(); // conda route, no conda, no Miniforge
    QVERIFY(builder.build(request).error().message.contains(QStringLiteral("Miniforge")));
}

void TestPlan::existingEnvironment()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::Pip);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    request.envName = QStringLiteral("gpu");
    const Plan plan = build(request);
    const PlanBuilder builder(kb(), mirrors());

    const Plan reuse = *builder.withExistingEnv(plan, ExistingEnv::Reuse, QString());
    QCOMPARE(ids(reuse), QStringList{"install-pytorch"});
    // Into an environment that may hold 2.5.1+cpu, which pip takes as meeting torch==2.5.1: the pins name the build.
    const QStringList reuseArgs = step(reuse, "install-pytorch").arguments;
    QVERIFY2(reuseArgs.contains("torch==2.5.1+cu124"), qPrintable(reuseArgs.join(u' ')));
    QVERIFY(reuseArgs.contains("torchvision==0.20.1+cu124"));
    QVERIFY(step(plan, "install-pytorch").arguments.contains("torch==2.5.1")); // a new environment needs no label

    const Plan replace = *builder.withExistingEnv(plan, ExistingEnv::Replace, QString());
    QCOMPARE(ids(replace), (QStringList{"remove-env", "create-env", "install-pytorch"}));
    QCOMPARE(replace.steps.first().arguments, (QStringList{"env", "remove", "-n", "gpu", "-y"}));
    QCOMPARE(replace.steps.first().program, kConda);

    const Plan rename = *builder.withExistingEnv(plan, ExistingEnv::Rename, QStringLiteral("gpu-2"));
    QCOMPARE(rename.envName, QStringLiteral("gpu-2"));
    QVERIFY(rename.steps.at(0).arguments.contains("gpu-2"));
    QVERIFY(rename.steps.at(1).arguments.contains("gpu-2"));
    QVERIFY(!rename.steps.at(1).arguments.contains("gpu"));
    QVERIFY(rename.steps.at(0).title.contains("gpu-2"));

    // An environment named like a channel: renaming it rewrites the name, never the channel.
    request.combination
        = combo(QStringLiteral("2.4.1"), QStringLiteral("11.8"), QStringLiteral("3.8"), Route::CondaLegacy);
    request.envName = QStringLiteral("pytorch");
    const Plan legacy = *builder.withExistingEnv(build(request), ExistingEnv::Rename, QStringLiteral("pt2"));
    const PlanStep torch = step(legacy, "install-pytorch");
    QCOMPARE(torch.title, build(request).steps.last().title);
    QCOMPARE(torch.arguments.mid(0, 3), (QStringList{"install", "-n", "pt2"}));
    QVERIFY(torch.arguments.contains("pytorch"));
    QVERIFY(!rename.steps.at(1).title.contains("pt2"));
    QCOMPARE(builder.withExistingEnv(plan, ExistingEnv::Rename, QStringLiteral("a b")).ok(), false);
}

void TestPlan::renderPosix()
{
    PlanStep s;
    s.program = QStringLiteral("/home/张 三/miniforge3/bin/conda");
    s.arguments = {"install", "-n", "gpu", "pytorch==2.5.1=cuda*", "it's"};
    s.environment = {{"PYTHONUTF8", "1"}};
    QCOMPARE(renderStep(s, Shell::Posix),
             QStringLiteral(
                 "PYTHONUTF8=1 '/home/张 三/miniforge3/bin/conda' install -n gpu 'pytorch==2.5.1=cuda*' 'it'\\''s'"));
}

void TestPlan::renderPowerShell()
{
    PlanStep s;
    s.program = QStringLiteral("C:\\Users\\张 三\\miniforge3\\Scripts\\conda.exe");
    s.arguments = {"run", "-n",      "gpu",          "python",      "-m",
                   "pip", "install", "torch==2.5.1", "--index-url", "https://download.pytorch.org/whl/cu124",
                   "it's"};
    s.environment = {{"PIP_NO_INPUT", "1"}};
    QCOMPARE(renderStep(s, Shell::PowerShell),
             QStringLiteral("$env:PIP_NO_INPUT = '1'; & 'C:\\Users\\张 三\\miniforge3\\Scripts\\conda.exe' run -n gpu "
                            "python -m pip install "
                            "torch==2.5.1 --index-url https://download.pytorch.org/whl/cu124 'it''s'"));
}

namespace {

// What cmd.exe does to a command line typed at its prompt: outside double quotes a caret
// escapes the next character (an escaped quote does not start quoting); inside, it is literal.
QString cmdUnescaped(const QString &line)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!quoted && line.at(i) == u'^' && i + 1 < line.size()) {
            out += line.at(++i);
            continue;
        }
        if (line.at(i) == u'"')
            quoted = !quoted;
        out += line.at(i);
    }
    return out;
}

// How the program then splits its command line (MSVCRT / CommandLineToArgvW rules).
QStringList msvcrtArgv(const QString &line)
{
    QStringList argv;
    QString current;
    bool inQuotes = false, any = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            qsizetype n = 0;
            while (i < line.size() && line.at(i) == u'\\')
                ++n, ++i;
            if (i < line.size() && line.at(i) == u'"') {
                current += QString(n / 2, u'\\');
                if (n % 2)
                    current += u'"';
                else
                    inQuotes = !inQuotes;
            } else {
                current += QString(n, u'\\');
                --i;
            }
            any = true;
        } else if (c == u'"') {
            inQuotes = !inQuotes;
            any = true;
        } else if (c == u' ' && !inQuotes) {
            if (any)
                argv << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any)
        argv << current;
    return argv;
}

} // namespace

// Hostile names through cmd.exe: nothing is run that the plan did not say, no variable expands,
// and the program receives each argument exactly.
void TestPlan::renderCmdHostile_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("a quote and commands") << "a\" & calc.exe & \"";
    QTest::newRow("a variable") << "%PATH%";
    QTest::newRow("a percent sign") << "100% sure";
    QTest::newRow("delayed expansion") << "!x!";
    QTest::newRow("carets and pipes") << "a^b|c>d";
    QTest::newRow("a trailing backslash") << "D:\\data dir\\";
    QTest::newRow("backslashes before a quote") << "x\\\\\"y";
    QTest::newRow("quotes inside") << "he said \"hi\"";
}

void TestPlan::renderCmdHostile()
{
    QFETCH(QString, argument);
    PlanStep s;
    s.program = QStringLiteral("C:\\Python312\\python.exe");
    s.arguments = {"-c", argument};
    const QString rendered = renderStep(s, Shell::Cmd);
    const QString typed = cmdUnescaped(rendered);
    // What cmd would act on: no unescaped % or ! pair, no unquoted & | < >.
    static const QRegularExpression variable(QStringLiteral(R"((?<!\^)%[^%^]+(?<!\^)%|(?<!\^)![^!^]+(?<!\^)!)"));
    QVERIFY2(!rendered.contains(variable), qPrintable(rendered));
    QCOMPARE(msvcrtArgv(typed), (QStringList{s.program, "-c", argument}));
    bool quoted = false;
    for (qsizetype i = 0; i < rendered.size(); ++i) {
        if (!quoted && rendered.at(i) == u'^') {
            ++i;
            continue;
        }
        if (rendered.at(i) == u'"')
            quoted = !quoted;
        else if (!quoted)
            QVERIFY2(!QStringLiteral("&|<>").contains(rendered.at(i)), qPrintable(rendered));
    }
}

void TestPlan::venvNamesFollowTheSameRules()
{
    PlanRequest request;
    request.combination = combo(QStringLiteral("2.5.1"), QStringLiteral("12.4"), QStringLiteral("3.11"), Route::Pip);
    request.platform = onLinux();
    request.venvPython = QStringLiteral("/usr/bin/python3");
    for (const QString &name :
         {QStringLiteral("../../outside"), QStringLiteral("a\" & calc.exe & \""), QStringLiteral("base")}) {
        request.envName = name;
        request.venvDir = QStringLiteral("/data/venvs/") + name;
        const Result<Plan> plan = PlanBuilder(kb(), mirrors()).build(request);
        QVERIFY2(!plan.ok(), qPrintable(name));
    }
}

void TestPlan::renderCmd()
{
    PlanStep s;
    s.program = QStringLiteral("C:\\Users\\张 三\\miniforge3\\Scripts\\conda.exe");
    s.arguments = {"create", "-n", "gpu", "python=3.11", "-y", "D:\\data dir\\x", "a&b"};
    QCOMPARE(renderStep(s, Shell::Cmd), QStringLiteral("\"C:\\Users\\张 三\\miniforge3\\Scripts\\conda.exe\" create -n "
                                                       "gpu python=3.11 -y \"D:\\data dir\\x\" \"a&b\""));
}

void TestPlan::json()
{
    PlanRequest request;
    request.combination
        = combo(QStringLiteral("2.4.1"), QStringLiteral("11.8"), QStringLiteral("3.8"), Route::CondaLegacy);
    request.platform = onLinux();
    request.condaExecutable = kConda;
    const nlohmann::json j = planToJson(build(request));
    QCOMPARE(j["steps"].size(), size_t(4));
    QCOMPARE(j["steps"][0]["id"].get<std::string>(), std::string("create-env"));
    QCOMPARE(j["steps"][0]["program"].get<std::string>(), kConda.toStdString());
    QCOMPARE(j["steps"][1]["args"][3].get<std::string>(), std::string("cudatoolkit==11.8.0"));
    QVERIFY(j["steps"][0]["title"].is_string());
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
