// The wizard driven as a user would, on the offscreen platform, against fake tools.
#include <faketools.h>
#include <liveconsole.h>
#include <setupwizard.h>
#include <wizardhost.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <core/base/version.h>
#include <core/install/plan.h>
#include <tinyhttpserver.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace tgs;
using tgs::ui::SetupWizard;
using tgs::ui::WizardHost;

namespace {

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = tree->topLevelItem(i);
        texts << section->text(0);
        for (int j = 0; j < section->childCount(); ++j)
            texts << section->child(j)->text(0) + QStringLiteral(" | ") + section->child(j)->text(1);
    }
    return texts;
}

const KnowledgeBase &kb()
{
    static const KnowledgeBase embedded = KnowledgeBase::embedded().value();
    return embedded;
}

// An RTX 4070 with driver 550.40.07 (a recorded table) and Debian's Python 3.11 on PATH.
void addRtx4070AndPython(FakeTools &tools)
{
    tools.addTool(
        QStringLiteral("nvidia-smi"),
        {{QStringLiteral("--query-gpu=*"), "0, NVIDIA GeForce RTX 4070, 12282, 8.9, 550.40.07\n"},
         {QStringLiteral("*"), FakeTools::fixture(QStringLiteral("nvidia-smi/linux-550.40.07-rtx4070-91col.txt"))}});
    tools.addTool(
        QStringLiteral("python3"),
        {{QStringLiteral("*"), FakeTools::probeOutput(QStringLiteral("/usr/bin/python3"), QStringLiteral("3.11.2"))}});
}

DetectionOptions optionsFor(const FakeTools &tools, int smiTimeoutMs = 5000)
{
    DetectionOptions options;
    options.platform = tools.platform();
    options.timeouts = {smiTimeoutMs, 5000, 5000, 5000, 5000};
    return options;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;
    TinyHttpServer m_pypi; // stands in for the download source the install page checks first

private slots:
    // Each test starts from no remembered choices (QSettings in Qt's test location).
    void init() { QSettings().clear(); }
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TorchGPU Setup tests"));
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); // logs and venvs go here
        m_pypi.routes.insert("/simple/six/", {"<html>six</html>"});
        QFile embedded(QStringLiteral(TGS_SOURCE_DIR "/resources/mirrors.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        const QByteArray bytes = embedded.readAll();
        nlohmann::json mirrors = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        mirrors["mirrors"][0]["probe_path"] = m_pypi.url("/simple/six/").toString().toStdString();
        mirrors["mirrors"][1]["probe_path"] = m_pypi.url("/missing/").toString().toStdString(); // TUNA "unreachable"
        QFile list(m_data.filePath("mirrors.json"));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(QByteArray::fromStdString(mirrors.dump()));
        list.close();
        qputenv("TGS_MIRRORS_FILE", list.fileName().toUtf8());
    }
    void detectsAndShowsResults();
    void backDuringDetectionStopsIt();
    void recommendsAndChecksChoices();
    void installsWithLiveOutput();
    void failedInstallCanBeRetried();
    void unreachableSourceStopsBeforeRunning();
    void existingEnvironmentIsTheUsersCall();
    void installEndsOnAVerifiedGpu();
    void cpuOnlyEnvironmentIsFlaggedAndFixed();
    void chineseInterface();
    void leavingDuringAnInstallAsksFirst();
    void downloadProgressAndStop();
    void commandsAreReadableAndCopied();
    void languageSwitchAtRunTime();
    void liveConsoleUnderAFlood();
    void fastestSourceInAChineseInterface();
    void fastestSourceWhenTheUsersCondaUsesAMirror();
    void lastChoicesAreRemembered();
    void failureAdviceFitsTheSource();
    void fitsSmallScreens();
    void resultsAppearBeforeTheSlowestProbe();
};

void TestWizard::detectsAndShowsResults()
{
    FakeTools tools;
    addRtx4070AndPython(tools);

    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(!wizard.windowIcon().isNull()); // the application's icon, from the resources
    QCOMPARE(wizard.pixmap(QWizard::LogoPixmap).size(), QSize(48, 48));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(SetupWizard::DetectPageId));

    auto *tree = wizard.findChild<QTreeWidget *>(QStringLiteral("detectResults"));
    auto *log = wizard.findChild<QPlainTextEdit *>(QStringLiteral("detectLog"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("detectStatus"));
    QVERIFY(tree && log && status);
    QVERIFY(!wizard.currentPage()->isComplete()); // not until detection has finished
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    const QString texts = treeTexts(tree).join(u'\n');
    QVERIFY2(texts.contains(QStringLiteral("NVIDIA GeForce RTX 4070")), qPrintable(texts));
    QVERIFY(texts.contains(QStringLiteral("compute capability 8.9")));
    QVERIFY(texts.contains(QStringLiteral("550.40.07")));
    QVERIFY(texts.contains(QStringLiteral("12.4")));
    QVERIFY(texts.contains(QStringLiteral("/usr/bin/python3")));
    auto *problems = wizard.findChild<QLabel *>(QStringLiteral("detectProblems"));
    QVERIFY(problems->isVisible()); // problems are shown whole, in words
    QVERIFY(problems->text().contains(QStringLiteral("conda (not found)")));
    QVERIFY(problems->text().contains(QStringLiteral("Miniforge")));
    QVERIFY(log->toPlainText().contains(QStringLiteral("--query-gpu=")));
    QVERIFY(log->toPlainText().contains(QStringLiteral("python3 -c <torch_probe.py>")));
    QVERIFY(status->text().contains(QStringLiteral("1 GPU")));
    // Above the details, in words: the card, the driver's CUDA limit, no conda, no PyTorch yet.
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("detectSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Graphics card: NVIDIA GeForce RTX 4070 (compute capability 8.9, 12 GB)")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Driver 550.40.07: runs PyTorch builds for CUDA up to 12.4")));
    QVERIFY(summary.contains(QStringLiteral("conda was not found")));
    QVERIFY(summary.contains(QStringLiteral("No PyTorch was found yet.")));
    QCOMPARE(summary.count(QStringLiteral("✓")), 2);
    // The details copy as text: all of it from the context menu, the selected rows with Ctrl+C.
    QGuiApplication::clipboard()->clear();
    tree->findChild<QAction *>(QStringLiteral("detectCopyAllAction"))->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("NVIDIA GeForce RTX 4070")));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("550.40.07")));
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0));
    QTest::keySequence(tree, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), tree->topLevelItem(0)->child(0)->text(0) + QStringLiteral(": ")
                                                       + tree->topLevelItem(0)->child(0)->text(1));
    QCOMPARE(wizard.state().environment.gpus.size(), 1);

    // Detect again runs the probes a second time.
    auto *again = wizard.findChild<QPushButton *>(QStringLiteral("detectAgainButton"));
    QVERIFY(again->isEnabled());
    again->click();
    QVERIFY(!wizard.currentPage()->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
}

void TestWizard::backDuringDetectionStopsIt()
{
    FakeTools tools;
    tools.addTool(QStringLiteral("nvidia-smi"), {{QStringLiteral("*"), "", {}, 0, 30}});
    SetupWizard wizard(optionsFor(tools, 60000), kb());
    wizard.show();
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(SetupWizard::DetectPageId));
    QVERIFY(!wizard.currentPage()->isComplete());
    wizard.back(); // cleanupPage() stops the probes
    QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(!wizard.state().detected);

    // Going forward again starts afresh, and Stop ends it with what was found.
    wizard.next();
    auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("detectStopButton"));
    QVERIFY(stop->isEnabled());
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 10000);
    QVERIFY(wizard.state().environment.problemFor(QStringLiteral("detection")));
}

void TestWizard::recommendsAndChecksChoices()
{
    FakeTools tools;
    addRtx4070AndPython(tools);
    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecommendPageId));

    auto *label = wizard.findChild<QLabel *>(QStringLiteral("recommendedLabel"));
    auto *warnings = wizard.findChild<QLabel *>(QStringLiteral("warningsLabel"));
    auto *route = wizard.findChild<QComboBox *>(QStringLiteral("routeCombo"));
    auto *cuda = wizard.findChild<QComboBox *>(QStringLiteral("cudaCombo"));
    auto *details = wizard.findChild<QTextBrowser *>(QStringLiteral("reasonsView"));
    QVERIFY(label && warnings && route && cuda && details);
    QVERIFY(wizard.state().recommendation);
    // Driver 550 runs CUDA 12.x wheels, not 13.x; an RTX 4070 (sm_89) runs them all.
    const Recommendation &first = *wizard.state().recommendation;
    QCOMPARE(first.recommended.python, QStringLiteral("3.11"));
    QVERIFY(first.recommended.cuda.startsWith(QStringLiteral("12.")));
    QVERIFY(label->text().contains(QStringLiteral("torch ") + first.recommended.torch));
    QVERIFY(label->text().contains(QStringLiteral("nothing already on this computer is changed")));
    QVERIFY(label->text().contains(QStringLiteral("from the PyTorch wheel index (pip)"))); // the route in words
    QVERIFY(warnings->isHidden());
    QVERIFY(details->toPlainText().contains(QStringLiteral("sm_89")));

    // The user's own choice that breaks a constraint: warned about, not silently changed.
    cuda->setCurrentIndex(cuda->findData(QStringLiteral("13.0")));
    QVERIFY(wizard.state().recommendation->hasWarning(WarningCode::DriverTooOld));
    QVERIFY(!warnings->isHidden());
    QVERIFY(warnings->text().contains(QStringLiteral("550.40.07")));

    route->setCurrentIndex(route->findData(QStringLiteral("conda-legacy")));
    QVERIFY(Version(wizard.state().recommendation->recommended.torch) <= Version(QStringLiteral("2.5.1")));
    QVERIFY(wizard.state().recommendation->hasWarning(WarningCode::CondaChannelFrozen));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

namespace {

// A machine with an RTX 4070 and Miniforge whose conda answers as told.
void fakeMachine(FakeTools &tools, const QList<FakeResponse> &runResponses)
{
    addRtx4070AndPython(tools);
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    QList<FakeResponse> responses{
        {"info --json",
         QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})").arg(base).toUtf8()},
        {"create*", "Solving environment: done\n"}};
    responses += runResponses;
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/conda"), responses);
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{"*", FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7"))}});
}

void walkToInstallPage(SetupWizard &wizard)
{
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::InstallPageId));
}

// Answers the "Stop the installation?" question as soon as it is shown; counts how often it was asked.
class StopQuestionAnswerer : public QObject
{
public:
    StopQuestionAnswerer(bool stop)
        : m_button(stop ? QStringLiteral("stopInstallYes") : QStringLiteral("stopInstallNo"))
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QStringLiteral("stopInstallQuestion"))
                return;
            if (auto *button = modal->findChild<QPushButton *>(m_button)) {
                ++asked;
                button->click();
            }
        });
        m_timer.start();
    }
    int asked = 0;

private:
    QString m_button;
    QTimer m_timer;
};

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestWizard::installsWithLiveOutput()
{
    FakeTools tools;
    fakeMachine(
        tools,
        {{"run*", "Looking in indexes: https://download.pytorch.org/whl/cu128\nSuccessfully installed torch\n"}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    // The recommendation said what happens to the conda environments already there.
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("recommendedLabel"))
                ->text()
                .contains(QStringLiteral("your existing conda environments (base) are left as they are")));
    auto *plan = wizard.findChild<QPlainTextEdit *>(QStringLiteral("planView"));
    auto *install = wizard.findChild<QPushButton *>(QStringLiteral("installButton"));
    auto *log = wizard.findChild<QPlainTextEdit *>(QStringLiteral("installLog"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"));
    QVERIFY(plan->toPlainText().contains(tools.home() + QStringLiteral("/miniforge3/bin/conda")));
    QVERIFY(plan->toPlainText().contains(QStringLiteral("create -n torchgpu python=3.12")));
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(install->isEnabled());
    // Enter in the name field presses Install, the page's main button.
    QSignalSpy pressed(install, &QPushButton::clicked);
    QTest::keyClick(wizard.findChild<QLineEdit *>(QStringLiteral("envNameEdit")), Qt::Key_Return);
    QCOMPARE(pressed.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QVERIFY(log->toPlainText().contains(QStringLiteral("Successfully installed torch")));
    QVERIFY(status->text().contains(QStringLiteral("Log: ")));
    // The verify page follows on its own and, once it has checked, the wizard can finish.
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::VerifyPageId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
}

void TestWizard::failedInstallCanBeRetried()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*",
                         {},
                         FakeTools::fixture(QStringLiteral("install-errors/pip-retry-network-unreachable-linux.txt")),
                         1}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *retry = wizard.findChild<QPushButton *>(QStringLiteral("retryButton"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"));
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 20000);
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY2(status->text().contains(QStringLiteral("connection")), qPrintable(status->text()));
    // On the official servers the advice points at the source selector on this page, not at going back.
    QVERIFY2(status->text().contains(QStringLiteral("Fastest (tested now)")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("on this page")));
    // The network is back: Retry runs the failed step again and finishes.
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    retry->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
}

void TestWizard::unreachableSourceStopsBeforeRunning()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *mirror = wizard.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
    mirror->setCurrentIndex(mirror->findData(QStringLiteral("tuna")));
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("cannot be reached")), 10000);
    QStringList calls = tools.calls(tools.home() + QStringLiteral("/miniforge3/bin/conda"));
    calls.removeAll(QStringLiteral("info --json"));
    QVERIFY(calls.isEmpty()); // nothing ran
}

void TestWizard::existingEnvironmentIsTheUsersCall()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    // "torchgpu" already exists in envs/.
    tools.writeFile(QStringLiteral("home/miniforge3/envs/torchgpu/conda-meta/python-3.12.7-h1_0_cpython.json"), "{}");
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *existing = wizard.findChild<QComboBox *>(QStringLiteral("existingEnvCombo"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"));
    auto *install = wizard.findChild<QPushButton *>(QStringLiteral("installButton"));
    QVERIFY(!existing->isVisible());
    install->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("already exists")), 10000);
    QVERIFY(existing->isVisible());
    existing->setCurrentIndex(existing->findData(int(ExistingEnv::Reuse)));
    install->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QStringList calls = tools.calls(tools.home() + QStringLiteral("/miniforge3/bin/conda"));
    calls.removeAll(QStringLiteral("info --json"));
    QCOMPARE(calls.size(), 1); // no create: installed into the existing environment
    QVERIFY(calls.first().startsWith(QStringLiteral("run --no-capture-output -n torchgpu ")));
}

// The guide's last step: after the install the verify page runs by itself and shows torch, CUDA and cuDNN.
void TestWizard::installEndsOnAVerifiedGpu()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    // The new environment's Python answers the verification probe.
    tools.addToolAt(QStringLiteral("home/miniforge3/envs/torchgpu/bin/python"),
                    {{"*tgs-verify", FakeTools::fixture(QStringLiteral("verify/gpu-rtx4070-ok-constructed.txt"))}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::VerifyPageId), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QVERIFY2(wizard.state().verification && wizard.state().verification->problems.isEmpty(),
             qPrintable(wizard.findChild<QLabel *>(QStringLiteral("verifyDetails"))->text()));
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("verifyTorch"))->text(), QStringLiteral("2.7.1+cu128"));
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("verifyCuda"))->text(), QStringLiteral("12.8"));
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("verifyCudnn"))->text(), QStringLiteral("9.7.1"));
    const QString verdict = wizard.findChild<QLabel *>(QStringLiteral("verifyVerdict"))->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("✓")), qPrintable(verdict));
    const QString devices = wizard.findChild<QLabel *>(QStringLiteral("verifyDevices"))->text();
    QVERIFY2(devices.contains(QStringLiteral("✓ GPU 0 NVIDIA GeForce RTX 4070")), qPrintable(devices));
    QVERIFY(devices.contains(QStringLiteral("1.21 ms")));
    QVERIFY(wizard.state().verification && wizard.state().verification->passed(true));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    // "Copy diagnostics": the report, with the home folder redacted.
    wizard.findChild<QPushButton *>(QStringLiteral("verifyCopyButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("2.7.1+cu128")), qPrintable(copied));
    QVERIFY2(!copied.contains(tools.home()), qPrintable(copied));
    const QStringList calls = tools.calls(tools.home() + QStringLiteral("/miniforge3/envs/torchgpu/bin/python"));
    QCOMPARE(calls.size(), 1);
    QVERIFY(calls.first().endsWith(QStringLiteral("tgs-verify")));
}

// Detection finds the blog guide's CPU-only torch; the user checks it without installing, sees why it cannot use the
// GPU, and the fix leads to the install page with a plan.
void TestWizard::cpuOnlyEnvironmentIsFlaggedAndFixed()
{
    FakeTools tools;
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    const QString env = base + QStringLiteral("/envs/pytorch");
    addRtx4070AndPython(tools);
    // The blog guide's environment: `conda create -n pytorch`, then a torch that turned out CPU-only.
    tools.addToolAt(
        QStringLiteral("home/miniforge3/bin/conda"),
        {{"info --json", QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1", "%2"]})")
                             .arg(base, env)
                             .toUtf8()},
         {"run*", "Successfully installed torch\n"}});
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{"*", FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7"))}});
    tools.writeFile(QStringLiteral("home/miniforge3/envs/pytorch/conda-meta/python-3.11.2-h1_0_cpython.json"), "{}");
    const QString cpuTorch = QStringLiteral(
        R"({"version": "1.13.0a0", "cuda": null, "cudnn": null, "cuda_available": false, "arch_list": [], )"
        R"("devices": [], "cuda_error": null})");
    const QString python = env + QStringLiteral("/bin/python");
    // What the verification probe printed for Debian's CPU-only torch, as this environment's Python.
    const QByteArray verifyOutput = FakeTools::fixture(QStringLiteral("verify/debian-1.13-cpu.txt"))
                                        .replace("\"/usr/bin/python3\"", ("\"" + python + "\"").toUtf8());
    tools.addToolAt(
        QStringLiteral("home/miniforge3/envs/pytorch/bin/python"),
        {{"*tgs-verify", verifyOutput}, {"*", FakeTools::probeOutput(python, QStringLiteral("3.11.2"), cpuTorch)}});
    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("detectSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("CPU-only PyTorch 1.13.0a0 in the conda environment “pytorch”")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QStringLiteral("it cannot use your GPU")));
    QVERIFY(summary->text().contains(QStringLiteral("⚠")));
    QVERIFY(summary->isVisible());
    auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("detectExistingChoice"));
    choice->setCurrentIndex(choice->findData(python));
    QVERIFY(choice->currentIndex() >= 0);
    wizard.findChild<QPushButton *>(QStringLiteral("detectCheckButton"))->click();
    QCOMPARE(wizard.currentId(), int(SetupWizard::VerifyPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QCOMPARE(wizard.findChild<QLabel *>(QStringLiteral("verifyCuda"))->text(), QStringLiteral("none (CPU-only)"));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("verifyVerdict"))->text().startsWith(QStringLiteral("✗")));
    auto *finding = wizard.findChild<QLabel *>(QStringLiteral("verifyFinding_cpu_only_torch"));
    QVERIFY2(finding, "the doctor names the CPU-only torch");
    QVERIFY2(finding->text().contains(QStringLiteral("pytorch")), qPrintable(finding->text()));
    auto *fix = wizard.findChild<QPushButton *>(QStringLiteral("verifyFixButton_cpu_only_torch"));
    QVERIFY2(fix, qPrintable(finding->text()));
    fix->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::InstallPageId), 10000);
    const QString plan = wizard.findChild<QPlainTextEdit *>(QStringLiteral("planView"))->toPlainText();
    // Into the same environment: no `create`, the CUDA build over the CPU one.
    QVERIFY2(plan.contains(QStringLiteral("-n pytorch")) && !plan.contains(QStringLiteral("create -n")),
             qPrintable(plan));
    QVERIFY2(plan.contains(QStringLiteral("download.pytorch.org/whl/cu")), qPrintable(plan));
    // The CUDA build by name (torch==X+cuNNN): pip would take the CPU build as meeting torch==X and do nothing.
    QVERIFY2(plan.contains(QStringLiteral("+cu")), qPrintable(plan));
}

void TestWizard::chineseInterface()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(TGS_QM_DIR "/torchgpu-setup_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    FakeTools tools;
    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    QCOMPARE(wizard.windowTitle(), QStringLiteral("PyTorch GPU 环境配置向导"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    const QString texts = treeTexts(wizard.findChild<QTreeWidget *>(QStringLiteral("detectResults"))).join(u'\n');
    QVERIFY2(texts.contains(QStringLiteral("未找到")), qPrintable(texts));
    QCoreApplication::removeTranslator(&translator);
}

void TestWizard::leavingDuringAnInstallAsksFirst()
{
    FakeTools tools;
    const QString pidFile = tools.home() + QStringLiteral("/pip.pid");
    fakeMachine(tools, {FakeResponse{"run*", "Collecting torch\n"}.writingPid(pidFile).hangingAfterOutput(60)});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile) && testprocess::pidFrom(pidFile) > 0, 20000);
    const qint64 pid = testprocess::pidFrom(pidFile);
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled()); // Back would end the run: not while it runs
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    { // Esc, then Cancel: asked each time; "Keep installing" keeps it running.
        StopQuestionAnswerer keep(false);
        QTest::keyClick(&wizard, Qt::Key_Escape);
        QCOMPARE(keep.asked, 1);
        wizard.button(QWizard::CancelButton)->click();
        QCOMPARE(keep.asked, 2);
    }
    QVERIFY(wizard.isVisible());
    QVERIFY(testprocess::alive(pid));
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("installStopButton"))->isEnabled());

    // The window's close button: asked; "Stop and close" ends the run, writes the log's end, then closes.
    StopQuestionAnswerer stop(true);
    QVERIFY(!wizard.close()); // not at once: the install stops first
    QCOMPARE(stop.asked, 1);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20000);
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QTRY_VERIFY_WITH_TIMEOUT(!testprocess::alive(pid), 10000);
    QFile log(wizard.state().installLogPath);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    QVERIFY(log.readAll().trimmed().endsWith("# canceled"));
}

void TestWizard::downloadProgressAndStop()
{
    // pip's raw progress for the 2.7 GB wheel (tests/fixtures/install-progress/SOURCES.md), then it hangs half-way.
    FakeTools tools;
    const QByteArray pip = fixtureBytes(QStringLiteral("install-progress/pip-raw-progress.txt"));
    const qsizetype half = pip.indexOf("Progress 2722746368");
    QVERIFY(half > 0);
    fakeMachine(tools, {FakeResponse{"run*", pip.left(half)}.hangingAfterOutput(60)});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *bar = wizard.findChild<QProgressBar *>(QStringLiteral("installProgress"));
    auto *log = wizard.findChild<QPlainTextEdit *>(QStringLiteral("installLog"));
    auto *stop = wizard.findChild<QPushButton *>(QStringLiteral("installStopButton"));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"));
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("(50%)")), 20000);
    // The wheel's name, shortened in its middle when the bar is too narrow for all of it.
    QVERIFY2(bar->text().contains(QRegularExpression(QStringLiteral(R"(· torch\S*\.whl 1\.4 GB)"))),
             qPrintable(bar->text()));
    QVERIFY(bar->text().contains(QStringLiteral("1.4 GB of 2.7 GB")));
    QVERIFY(bar->text().startsWith(QStringLiteral("Step 2 of 2")));
    QVERIFY(bar->value() > bar->maximum() / 2 && bar->value() < bar->maximum());
    // The byte counts replace each other in the view: one line, the newest.
    QTRY_VERIFY(log->toPlainText().contains(QStringLiteral("Progress 1361373184 of 2722746368")));
    QCOMPARE(log->toPlainText().count(QStringLiteral("Progress ")), 1);
    QVERIFY(log->toPlainText().contains(QStringLiteral("Downloading https://download.pytorch.org/whl/cu118/")));

    QVERIFY(stop->isEnabled());
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Stopped.")), 20000);
    QCOMPARE(bar->text(), QStringLiteral("Stopped"));
    QVERIFY(!status->text().contains(QStringLiteral("failed")));
    QVERIFY(wizard.findChild<QPushButton *>(QStringLiteral("retryButton"))->isEnabled());
    QVERIFY(!stop->isEnabled());
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

void TestWizard::commandsAreReadableAndCopied()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    const QString shown = wizard.findChild<QPlainTextEdit *>(QStringLiteral("planView"))->toPlainText();
    // The settings are said once, not before every command.
    QCOMPARE(shown.count(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK=1")), 1);
    QVERIFY(shown.contains(QStringLiteral("Every step runs with:")));
    QVERIFY(shown.contains(QStringLiteral("create -n torchgpu python=3.12")));
    // Copied: a script that runs as it is, each command with its settings.
    QGuiApplication::clipboard()->clear();
    wizard.findChild<QPushButton *>(QStringLiteral("copyCommandsButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.count(QStringLiteral("PIP_DISABLE_PIP_VERSION_CHECK=1")) >= 2, qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("create -n torchgpu python=3.12")));
}

void TestWizard::languageSwitchAtRunTime()
{
    FakeTools tools;
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(TGS_QM_DIR "/torchgpu-setup_zh_CN.qm")));
    QStringList applied;
    const QLocale before;
    // As the program's switch does: the translators, and the default locale that data texts follow.
    WizardHost host(optionsFor(tools), kb(), [&](const QString &language) {
        applied << language;
        QLocale::setDefault(
            QLocale(language == QStringLiteral("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
        if (language == QStringLiteral("zh_CN"))
            QCoreApplication::installTranslator(&zh);
        else
            QCoreApplication::removeTranslator(&zh);
    });
    host.show();
    SetupWizard *english = host.wizard();
    QVERIFY(QTest::qWaitForWindowExposed(english));
    QCOMPARE(english->windowTitle(), QStringLiteral("TorchGPU Setup"));
    english->move(40, 30);
    const QRect where = english->geometry();
    auto *combo = english->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    emit combo->activated(combo->currentIndex());
    QTRY_VERIFY(host.wizard() != english);
    SetupWizard *chinese = host.wizard();
    QCOMPARE(applied, QStringList{QStringLiteral("zh_CN")});
    QVERIFY(chinese->isVisible());
    QCOMPARE(chinese->windowTitle(), QStringLiteral("PyTorch GPU 环境配置向导"));
    QCOMPARE(chinese->geometry().size(), where.size());
    QCOMPARE(chinese->currentId(), int(SetupWizard::WelcomePageId));
    QCOMPARE(chinese->findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData().toString(),
             QStringLiteral("zh_CN"));
    QCOMPARE(WizardHost::savedLanguage(), QStringLiteral("zh_CN")); // the next start opens in Chinese
    // The new one works as the old did: detection in Chinese.
    chinese->next();
    QTRY_VERIFY_WITH_TIMEOUT(chinese->currentPage()->isComplete(), 20000);
    QVERIFY(chinese->findChild<QLabel *>(QStringLiteral("detectSummary"))->text().contains(QStringLiteral("未找到")));
    // And back to English.
    chinese->back();
    auto *again = chinese->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    again->setCurrentIndex(again->findData(QStringLiteral("en")));
    emit again->activated(again->currentIndex());
    QTRY_VERIFY(host.wizard() != chinese);
    QCOMPARE(host.wizard()->windowTitle(), QStringLiteral("TorchGPU Setup"));
    QCoreApplication::removeTranslator(&zh);
    QLocale::setDefault(before);
}

void TestWizard::lastChoicesAreRemembered()
{
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    {
        SetupWizard wizard(optionsFor(tools), kb());
        walkToInstallPage(wizard);
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("envNameEdit"));
        auto *mirror = wizard.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
        name->setText(QStringLiteral("mytorch"));
        mirror->setCurrentIndex(mirror->findData(QStringLiteral("official")));
        wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::VerifyPageId), 20000);
        wizard.resize(1000, 700);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 20000);
        wizard.button(QWizard::FinishButton)->click();
    }
    SetupWizard next(optionsFor(tools), kb());
    QCOMPARE(next.size(), QSize(1000, 700));
    QCOMPARE(next.findChild<QLineEdit *>(QStringLiteral("envNameEdit"))->text(), QStringLiteral("mytorch"));
    QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("mirrorCombo"))->currentData().toString(),
             QStringLiteral("official"));
}

void TestWizard::liveConsoleUnderAFlood()
{
    tgs::ui::LiveConsole console;
    console.appendLine(QStringLiteral("$ pip install torch"));
    console.flush();
    for (int i = 0; i < 12000; ++i)
        console.appendLine(QStringLiteral("line %1").arg(i));
    console.appendLine(QStringLiteral("Progress 1 of 10"), true);
    console.appendLine(QStringLiteral("Progress 5 of 10"), true);
    const QString text = console.allText();
    QVERIFY2(text.startsWith(QStringLiteral("$ pip install torch\n[… 9500 line")), qPrintable(text.left(200)));
    QVERIFY(text.section(u'\n', 1, 1).endsWith(QStringLiteral("not shown here; the log file has them]")));
    QVERIFY(text.contains(QStringLiteral("line 9500\n")));
    QVERIFY(!text.contains(QStringLiteral("line 9499\n")));
    QVERIFY(text.endsWith(QStringLiteral("line 11999\nProgress 5 of 10")));
    // The progress line is replaced in place, and a whole line takes its place at the end.
    console.appendLine(QStringLiteral("Successfully installed torch"));
    QVERIFY(console.allText().endsWith(QStringLiteral("line 11999\nSuccessfully installed torch")));
}

void TestWizard::fastestSourceInAChineseInterface()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *mirror = wizard.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
    QCOMPARE(mirror->currentData().toString(), QStringLiteral("auto")); // the default in a Chinese interface
    // Measured in the background as the page opened: the local stand-in for the official servers answers, the
    // TUNA stand-in does not.
    const int official = mirror->findData(QStringLiteral("official"));
    QTRY_VERIFY_WITH_TIMEOUT(mirror->itemText(official).endsWith(QStringLiteral(" ms")), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(mirror->itemText(0).contains(QStringLiteral("tested now): ")), 15000);
    QVERIFY2(mirror->itemText(0).endsWith(mirror->itemText(official).section(QStringLiteral(" — "), 0, 0)),
             qPrintable(mirror->itemText(0)));
    QVERIFY(mirror->itemText(mirror->findData(QStringLiteral("tuna"))).endsWith(QStringLiteral("no answer")));
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QLocale::setDefault(before);
}

// On a mirror, a network failure's advice says the mirror is already in use and offers the others; it never says
// "choose a mirror such as TUNA" to someone who has one.
void TestWizard::failureAdviceFitsTheSource()
{
    // A list where USTC answers (the shared one has only the official stand-in answer).
    QFile shared(m_data.filePath("mirrors.json"));
    QVERIFY(shared.open(QIODevice::ReadOnly));
    const QByteArray bytes = shared.readAll();
    nlohmann::json mirrors = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QCOMPARE(mirrors["mirrors"][2]["id"].get<std::string>(), std::string("ustc"));
    mirrors["mirrors"][2]["probe_path"] = m_pypi.url("/simple/six/").toString().toStdString();
    QFile list(m_data.filePath("mirrors-ustc.json"));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(QByteArray::fromStdString(mirrors.dump()));
    list.close();
    const QByteArray before = qgetenv("TGS_MIRRORS_FILE");
    qputenv("TGS_MIRRORS_FILE", list.fileName().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("TGS_MIRRORS_FILE", before); });

    FakeTools tools;
    fakeMachine(tools, {{"run*",
                         {},
                         FakeTools::fixture(QStringLiteral("install-errors/pip-retry-network-unreachable-linux.txt")),
                         1}});
    SetupWizard wizard(optionsFor(tools), kb());
    walkToInstallPage(wizard);
    auto *mirror = wizard.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
    mirror->setCurrentIndex(mirror->findData(QStringLiteral("ustc")));
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    auto *retry = wizard.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 20000);
    const QString status = wizard.findChild<QLabel *>(QStringLiteral("installStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("pip lost the connection")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("already the mirror University of Science and Technology of China")),
             qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("choose another source on this page")));
    QVERIFY(!status.contains(QStringLiteral("for example TUNA")));
    // The tool's own last line, shortened in its middle: its start and the cause at its end.
    QVERIFY2(status.contains(QStringLiteral("WARNING: Retrying (Retry(total=2")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Network is unreachable")));
    // The plan really used USTC's index.
    QVERIFY(tools.calls(tools.home() + QStringLiteral("/miniforge3/bin/conda")).join(u'\n').contains("ustc.edu.cn"));
}

// The window fits a 1366×768 screen and a 1920×1080 screen at 150 % scaling with a Windows taskbar (about 1280×672
// logical pixels free): its first size is cut to the free area, and no page, in any state, needs more.
void TestWizard::fitsSmallScreens()
{
    const QRect laptop(0, 0, 1366, 728); // 1366×768 less a 40 px taskbar
    const QRect scaled(0, 0, 1280, 672); // 1920×1080 at 150 % less a 48 px taskbar
    const QRect tiny(0, 0, 800, 560);
    QCOMPARE(SetupWizard::fittedSize(SetupWizard::kPreferredSize, {}, laptop), QSize(900, 680));
    QCOMPARE(SetupWizard::fittedSize(SetupWizard::kPreferredSize, {}, scaled), QSize(900, 632));
    QCOMPARE(SetupWizard::fittedSize(SetupWizard::kPreferredSize, QSize(600, 540), tiny), QSize(784, 540));

    FakeTools tools;
    fakeMachine(tools, {{"run*", "Successfully installed torch\n"}});
    tools.addToolAt(
        QStringLiteral("home/miniforge3/envs/torchgpu/bin/python"),
        {{"*tgs-verify", FakeTools::fixture(QStringLiteral("verify/gpu-rtx4070-sm120-missing-constructed.txt"))}});
    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    // The offscreen screen is 800×600: the window was fitted to it.
    const QRect available = wizard.screen()->availableGeometry();
    QVERIFY(wizard.width() <= available.width() - SetupWizard::kFrameAllowance.width());
    QVERIFY(wizard.height() <= available.height() - SetupWizard::kFrameAllowance.height());
    const QSize room = scaled.size() - SetupWizard::kFrameAllowance;
    QStringList tooBig;
    const auto check = [&](const char *state) {
        const QSize needed = wizard.minimumSize();
        if (needed.width() > room.width() || needed.height() > room.height())
            tooBig
                << QStringLiteral("%1 needs %2×%3").arg(QLatin1String(state)).arg(needed.width()).arg(needed.height());
    };
    check("welcome");
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    check("detection results");
    wizard.next();
    check("recommendation");
    wizard.next();
    check("install, before");
    wizard.findChild<QPushButton *>(QStringLiteral("installButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::VerifyPageId), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    check("verification with problems");
    QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(u'\n')));
}

// An English interface, but the user's ~/.condarc is the one TUNA's help page publishes: "Fastest" is the
// default, and a sentence says why.
void TestWizard::fastestSourceWhenTheUsersCondaUsesAMirror()
{
    FakeTools tools;
    QFile condarc(QStringLiteral(TGS_FIXTURES_DIR "/user-config/tuna.condarc"));
    QVERIFY(condarc.open(QIODevice::ReadOnly));
    tools.writeFile(QStringLiteral("home/.condarc"), condarc.readAll());
    SetupWizard wizard(optionsFor(tools), kb());
    wizard.show();
    auto *mirror = wizard.findChild<QComboBox *>(QStringLiteral("mirrorCombo"));
    auto *note = wizard.findChild<QLabel *>(QStringLiteral("mirrorNote"));
    QCOMPARE(mirror->currentData().toString(), QStringLiteral("auto"));
    QCOMPARE(note->text(), QStringLiteral("Your conda configuration (~/.condarc) already uses the mirror Tsinghua "
                                          "University TUNA, so the fastest source is chosen."));
    QVERIFY(!note->isHidden());
    mirror->setCurrentIndex(mirror->findData(QStringLiteral("official")));
    QVERIFY(note->isHidden());
    // Without that file the English default stays the official sources, with no sentence.
    FakeTools plain;
    SetupWizard other(optionsFor(plain), kb());
    QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("mirrorCombo"))->currentData().toString(),
             QStringLiteral("official"));
    QVERIFY(other.findChild<QLabel *>(QStringLiteral("mirrorNote"))->text().isEmpty());
}

// A slow conda (it answers when the test says so) does not hold back what is already known: the card, its driver and
// the summary show while detection still runs, and conda's result joins them when it comes.
void TestWizard::resultsAppearBeforeTheSlowestProbe()
{
    FakeTools tools;
    addRtx4070AndPython(tools);
    const QString base = tools.home() + QStringLiteral("/miniforge3");
    // conda answers only when the test has seen the quick results (or after a minute).
    const QString release = tools.root() + QStringLiteral("/release-conda");
    tools.addToolAt(
        QStringLiteral("home/miniforge3/bin/conda"),
        {FakeResponse{
            "info --json",
            QStringLiteral(R"({"conda_version": "24.9.2", "root_prefix": "%1", "envs": ["%1"]})").arg(base).toUtf8()}
             .waitingFor(release)});
    tools.addToolAt(QStringLiteral("home/miniforge3/bin/python"),
                    {{"*", FakeTools::probeOutput(base + QStringLiteral("/bin/python"), QStringLiteral("3.12.7"))}});
    DetectionOptions options = optionsFor(tools);
    options.timeouts.condaMs = 90000;
    SetupWizard wizard(options, kb());
    wizard.show();
    wizard.next();
    auto *tree = wizard.findChild<QTreeWidget *>(QStringLiteral("detectResults"));
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("detectSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("NVIDIA GeForce RTX 4070")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(treeTexts(tree).join(u'\n').contains(QStringLiteral("550.40.07")), 30000);
    // Shown while conda has not answered: detection is still running.
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!treeTexts(tree).join(u'\n').contains(QStringLiteral("24.9.2")));
    tools.writeFile(QStringLiteral("release-conda"), {});
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QVERIFY2(treeTexts(tree).join(u'\n').contains(QStringLiteral("24.9.2")), qPrintable(treeTexts(tree).join(u'\n')));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
