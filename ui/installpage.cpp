#include "installpage.h"

#include "liveconsole.h"

#include <core/install/mirrors.h>
#include <core/install/planfactory.h>
#include <core/install/userconfig.h>

#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

#include <utility>

namespace tgs::ui {

namespace {
constexpr int kStepScale = 100; // the bar counts each step as 100 parts, so a download moves it
constexpr int kSourceCheckMs = 5000;
constexpr qsizetype kTailLines = 4;
constexpr qsizetype kTailLineChars = 200; // a longer line keeps its start and its end, which say the most
constexpr int kSurveyMs = 3000;
const QString kAuto = QStringLiteral("auto");

Shell shellFor(const Platform &platform)
{
    return platform.isWindows() ? Shell::PowerShell : Shell::Posix;
}
} // namespace

InstallPage::InstallPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_runner(new InstallRunner(this))
    , m_probe(new MirrorProbe(this))
    , m_scan(new MirrorProbe(this))
    , m_catalog(MirrorCatalog::load())
    , m_envName(new QLineEdit(QStringLiteral("torchgpu"), this))
    , m_mirror(new QComboBox(this))
    , m_mirrorNote(new QLabel(this))
    , m_existing(new QComboBox(this))
    , m_commands(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy commands"), this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Retry the failed step"), this))
    , m_openLog(new QPushButton(tr("Open &log folder"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_output(new LiveConsole(this))
{
    setObjectName(QStringLiteral("installPage"));
    setTitle(tr("Install"));
    setSubTitle(tr(
        "These are the exact commands. Nothing runs until you press Install; every line they print is shown below."));

    m_envName->setObjectName(QStringLiteral("envNameEdit"));
    m_mirror->setObjectName(QStringLiteral("mirrorCombo"));
    m_mirrorNote->setObjectName(QStringLiteral("mirrorNote"));
    m_mirrorNote->setWordWrap(true);
    m_existing->setObjectName(QStringLiteral("existingEnvCombo"));
    m_existing->addItem(tr("Choose…"), -1);
    m_existing->addItem(tr("Reuse it: install into the existing environment"), int(ExistingEnv::Reuse));
    m_existing->addItem(tr("Replace it: delete it first"), int(ExistingEnv::Replace));
    m_existing->addItem(tr("Keep it: use another name"), int(ExistingEnv::Rename));
    m_commands->setObjectName(QStringLiteral("planView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_copy->setObjectName(QStringLiteral("copyCommandsButton"));
    m_copy->setToolTip(tr("Copies the commands as a script you can run yourself"));
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("installStopButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_openLog->setObjectName(QStringLiteral("openInstallLogButton"));
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setObjectName(QStringLiteral("installLog"));
    m_cancel->setEnabled(false);
    m_retry->setEnabled(false);

    if (m_catalog) {
        m_mirror->addItem(tr("Fastest (tested now)"), kAuto);
        for (const Mirror &mirror : m_catalog->mirrors)
            m_mirror->addItem(mirror.name.current(), mirror.id);
    }

    // The last choices (a mirror that worked, the name the user likes).
    const QSettings settings;
    if (const int last = m_mirror->findData(settings.value(QStringLiteral("install/mirror")).toString()); last >= 0)
        m_mirror->setCurrentIndex(last);
    else if (m_catalog)
        chooseDefaultMirror();
    if (const QString name = settings.value(QStringLiteral("install/envName")).toString(); !name.isEmpty())
        m_envName->setText(name);

    m_form = new QFormLayout;
    m_form->addRow(tr("&Environment name:"), m_envName);
    m_form->addRow(tr("&Download source:"), m_mirror);
    m_form->addRow(QString(), m_mirrorNote);
    m_form->setRowVisible(m_mirrorNote, !m_mirrorNote->text().isEmpty());
    m_form->addRow(tr("If it e&xists:"), m_existing);
    m_form->setRowVisible(m_existing, false);
    // The buttons under the commands; the progress bar gets a row of its own, wide enough for a wheel's name, the
    // amount and the speed.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_install);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_openLog);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_commands, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_output, 3);

    connect(m_envName, &QLineEdit::textChanged, this, &InstallPage::rebuildPlan);
    connect(m_mirror, &QComboBox::currentIndexChanged, this, &InstallPage::rebuildPlan);
    connect(m_mirror, &QComboBox::currentIndexChanged, this, [this] {
        // The note explains the default; once the user picks another source it no longer applies.
        m_form->setRowVisible(m_mirrorNote,
                              !m_mirrorNote->text().isEmpty() && m_mirror->currentData().toString() == kAuto);
    });
    connect(m_existing, &QComboBox::currentIndexChanged, this, &InstallPage::showExistingChoice);
    connect(m_install, &QPushButton::clicked, this, &InstallPage::startInstall);
    connect(m_probe, &MirrorProbe::finished, this, &InstallPage::runPreflight);
    connect(m_scan, &MirrorProbe::finished, this, &InstallPage::showSurvey);
    connect(m_cancel, &QPushButton::clicked, this, &InstallPage::stop);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_plan)
            QGuiApplication::clipboard()->setText(renderPlan(*m_plan, shellFor(m_state->detectionOptions.platform)));
    });
    connect(m_openLog, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl::fromLocalFile(InstallRunner::defaultLogDirectory())); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_succeeded = false;
        setRunning(true);
        m_runner->retry();
    });
    connectRunner();
}

// In a Chinese interface, or where the user's own conda or pip configuration already uses a mirror in
// China, the official servers are often slow or blocked: the fastest source that answers is the better
// default there. The configuration files are tiny; reading them here does not hold the page up.
void InstallPage::chooseDefaultMirror()
{
    const bool chineseUi = QLocale().language() == QLocale::Chinese;
    const UserSources sources = UserConfig::read(m_state->detectionOptions.platform, *m_catalog);
    const SourceSetting *reason = sources.firstChinese();
    m_mirror->setCurrentIndex(m_mirror->findData(chineseUi || reason ? kAuto : QStringLiteral("official")));
    if (chineseUi || !reason)
        return;
    QString origin = reason->origin;
    const Platform &platform = m_state->detectionOptions.platform;
    if (!platform.isWindows() && !platform.homeDir.isEmpty() && origin.startsWith(platform.homeDir + u'/'))
        origin = QStringLiteral("~") + origin.mid(platform.homeDir.size());
    else if (platform.isWindows())
        origin = QDir::toNativeSeparators(origin); // C:/Users/x\pip\pip.ini → C:\Users\x\pip\pip.ini
    const Mirror *mirror = m_catalog->mirror(reason->mirrorId);
    m_mirrorNote->setText(tr("Your %1 configuration (%2) already uses the mirror %3, so the fastest source is chosen.")
                              .arg(reason->toolName(), origin, mirror ? mirror->name.current() : reason->host));
}

void InstallPage::connectRunner()
{
    connect(m_runner, &InstallRunner::stepStarted, this, [this](int index, const QString &command) {
        const qsizetype steps = m_runner->plan().steps.size();
        m_transfer.reset();
        m_rateBytes = -1;
        m_rate = -1;
        m_stepTail.clear();
        m_progress->setRange(0, int(steps) * kStepScale);
        m_progress->setValue(index * kStepScale);
        m_progress->setFormat(tr("Step %1 of %2").arg(index + 1).arg(steps));
        showStatus(tr("Step %1 of %2: %3")
                       .arg(index + 1)
                       .arg(steps)
                       .arg(m_runner->plan().steps.at(index).title.toHtmlEscaped()));
        m_output->appendLine(QStringLiteral("$ ") + command);
    });
    connect(m_runner, &InstallRunner::outputLine, this, [this](int index, const OutputLine &line) {
        const std::optional<TransferProgress> transfer = m_transfer.read(line);
        // A count of bytes is a progress line too: the view keeps its newest state, not one line per update.
        const bool replaceable = line.progress || (transfer && line.text.trimmed().startsWith(u"Progress "));
        m_output->appendLine(line.text, replaceable);
        if (transfer)
            showTransfer(index, *transfer);
        if (!replaceable && !line.text.trimmed().isEmpty()) {
            m_stepTail << line.text;
            if (m_stepTail.size() > kTailLines)
                m_stepTail.removeFirst();
        }
    });
    connect(m_runner, &InstallRunner::downloadProgress, this, [this](int index, qint64 received, qint64 total) {
        const int percent = total > 0 ? int(received * 100 / total) : -1;
        showTransfer(index, TransferProgress{m_runner->plan().steps.at(index).title, received, total, percent});
    });
    connect(m_runner, &InstallRunner::logWriteFailed, this,
            [this](const QString &message) { m_output->appendLine(QStringLiteral("! ") + message); });
    connect(m_runner, &InstallRunner::failureRecognized, this, [this](int, const KnownFailure &failure) {
        // What went wrong and what to do, then the tool's own last lines, in the error colour.
        QStringList tail;
        for (const QString &line : std::as_const(m_stepTail)) {
            const QString shown = line.size() <= kTailLineChars ? line
                                                                : line.left(kTailLineChars / 2) + QStringLiteral(" … ")
                                                                      + line.right(kTailLineChars / 2);
            tail << shown.toHtmlEscaped();
        }
        // Wrapped, so that nothing is cut off at the window's edge.
        showStatus(QStringLiteral("<b>%1</b><br>%2<pre style=\"color:#c62828; margin:4px 0; white-space:pre-wrap\">"
                                  "%3</pre>")
                       .arg(failure.title.toHtmlEscaped(), failure.advice.toHtmlEscaped(), tail.join(u'\n')));
    });
    connect(m_runner, &InstallRunner::finished, this, &InstallPage::runFinished);
}

void InstallPage::showTransfer(int index, const TransferProgress &p)
{
    if (p.done >= 0) {
        if (m_rateBytes < 0 || p.done < m_rateBytes) {
            m_rateClock.start();
            m_rateBytes = p.done;
        } else if (const qint64 ms = m_rateClock.elapsed(); ms >= 1000) {
            const double now = double(p.done - m_rateBytes) * 1000.0 / double(ms);
            m_rate = m_rate < 0 ? now : 0.7 * m_rate + 0.3 * now;
            m_rateClock.restart();
            m_rateBytes = p.done;
        }
    }
    const qsizetype steps = m_runner->plan().steps.size();
    if (p.percent >= 0)
        m_progress->setValue(index * kStepScale + qMin(p.percent, kStepScale - 1));
    QString amount = p.done >= 0 && p.total > 0 ? tr("%1 of %2").arg(formatBytes(p.done), formatBytes(p.total))
                     : p.total > 0              ? formatBytes(p.total)
                                                : QString();
    if (p.percent >= 0)
        amount += (amount.isEmpty() ? QString() : QStringLiteral(" ")) + tr("(%1%)").arg(p.percent);
    if (m_rate > 0)
        amount += QStringLiteral(" · ") + tr("%1/s").arg(formatBytes(qint64(m_rate)));
    // A wheel's long file name is shortened in its middle so that the amount and the speed stay in the bar.
    const QString format = tr("Step %1 of %2 · %3 %4").arg(index + 1).arg(steps);
    const QFontMetrics metrics(m_progress->font());
    const int room = m_progress->contentsRect().width() - metrics.horizontalAdvance(format.arg(QString(), amount))
                     - metrics.averageCharWidth() * 4;
    m_progress->setFormat(
        format.arg(metrics.elidedText(p.item, Qt::ElideMiddle, qMax(room, metrics.averageCharWidth() * 12)), amount));
}

void InstallPage::runFinished(bool ok)
{
    m_output->flush();
    m_succeeded = ok;
    setRunning(false);
    m_openLog->setEnabled(true);
    const QString log = tr("Log: %1").arg(m_runner->logPath()).toHtmlEscaped();
    m_state->installLogPath = m_runner->logPath();
    const bool stopped = m_stopping || m_runner->states().contains(StepState::Canceled);
    m_stopping = false;
    if (ok) {
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
        m_state->pendingFix.reset();
        showStatus(tr("PyTorch is installed in %1.").arg(m_runner->plan().envName).toHtmlEscaped()
                   + QStringLiteral("<br>") + log);
        // The guide's last step follows at once: the verify page checks the new environment.
        const Plan &plan = m_runner->plan();
        m_state->verifyTarget = !plan.python.isEmpty()      ? VerifyTarget::python(plan.python)
                                : !plan.envPrefix.isEmpty() ? VerifyTarget::prefix(plan.envPrefix)
                                                            : VerifyTarget::condaEnv(plan.envName);
        emit completeChanged();
        emit idle();
        QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
        return;
    }
    if (stopped) {
        m_progress->setFormat(tr("Stopped"));
        showStatus(tr("Stopped. Nothing else will run; Retry continues from the stopped step.").toHtmlEscaped()
                   + QStringLiteral("<br>") + log);
    } else {
        m_progress->setFormat(tr("Failed"));
        const QString before = m_runner->lastFailure() ? m_status->text() + QStringLiteral("<br>") : QString();
        showStatus(before + tr("A step failed; the rest did not run. Fix the cause, then retry the step.")
                   + QStringLiteral("<br>") + log);
    }
    m_retry->setEnabled(true);
    emit completeChanged();
    emit idle();
}

void InstallPage::initializePage()
{
    startSurvey();
    m_succeeded = false;
    m_output->clearAll();
    m_status->clear();
    m_openLog->setEnabled(false);
    if (m_state->pendingFix && m_state->pendingFix->plan) {
        const QSignalBlocker blocker(m_envName);
        m_envName->setText(m_state->pendingFix->plan->envName);
    }
    rebuildPlan();
}

// Back from the verify page with a fix to apply: QWizard shows a page it returns to without initializing it.
void InstallPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    if (m_state->pendingFix && !m_planFromFix && !isBusy())
        initializePage();
}

void InstallPage::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_install->isEnabled() && !m_succeeded) {
        m_install->click();
        return;
    }
    QWizardPage::keyPressEvent(event);
}

void InstallPage::cleanupPage()
{
    // Back is disabled while anything runs; this is the last guard.
    m_probe->cancel();
    m_runner->cancel();
}

bool InstallPage::isComplete() const
{
    return m_succeeded && !isBusy();
}

bool InstallPage::validatePage()
{
    return !isBusy();
}

bool InstallPage::isBusy() const
{
    return m_probe->isRunning() || m_runner->isRunning();
}

void InstallPage::stop()
{
    if (m_probe->isRunning()) {
        m_probe->cancel();
        setRunning(false);
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Stopped"));
        showStatus(tr("Stopped before anything ran.").toHtmlEscaped());
        emit idle();
        return;
    }
    if (m_runner->isRunning()) {
        m_stopping = true;
        m_cancel->setEnabled(false);
        showStatus(tr("Stopping: ending the running command and everything it started…").toHtmlEscaped());
        m_runner->cancel(); // finished() follows, with the log's last line written
    }
}

void InstallPage::showStatus(const QString &html)
{
    m_status->setText(html);
}

void InstallPage::setRunning(bool running)
{
    m_install->setEnabled(!running && m_plan.has_value());
    m_install->setText(m_succeeded && !running ? tr("&Install again") : tr("&Install"));
    m_cancel->setEnabled(running);
    m_retry->setEnabled(false);
    m_envName->setEnabled(!running);
    m_mirror->setEnabled(!running);
    m_existing->setEnabled(!running);
    emit completeChanged(); // QWizard updates its buttons here; Back is then set below
    if (QWizard *w = wizard(); w && w->currentPage() == this)
        w->button(QWizard::BackButton)->setEnabled(!running && !w->visitedIds().isEmpty());
}

// The doctor's fix the user chose on the verify page, as a plan; nothing when there is none.
std::optional<Result<Plan>> InstallPage::fixPlan() const
{
    if (!m_state->pendingFix || !m_state->pendingFix->plan || !m_catalog)
        return std::nullopt;
    const PlanBuilder builder(m_state->kb, *m_catalog);
    PlanRequest request = *m_state->pendingFix->plan;
    request.mirrorId = chosenMirror();
    if (!m_envName->text().trimmed().isEmpty())
        request.envName = m_envName->text().trimmed();
    Result<Plan> plan = builder.build(request);
    if (plan && m_state->pendingFix->existingEnv)
        plan = builder.withExistingEnv(*plan, *m_state->pendingFix->existingEnv, {});
    return plan;
}

void InstallPage::rebuildPlan()
{
    m_plan.reset();
    m_planFromFix = false;
    if (const std::optional<Result<Plan>> fix = fixPlan()) {
        m_planFromFix = true;
        showPlan(*fix);
        return;
    }
    if (!m_state->recommendation || !m_catalog) {
        m_commands->setPlainText(m_catalog ? QString() : m_catalog.error().message);
        setRunning(false);
        return;
    }
    const Result<Plan> plan
        = planForComputer(m_state->kb, *m_catalog, m_state->recommendation->recommended, m_state->environment,
                          m_state->detectionOptions.platform, m_envName->text().trimmed(), chosenMirror(),
                          QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    showPlan(plan);
}

void InstallPage::showPlan(const Result<Plan> &plan)
{
    if (!plan) {
        m_commands->setPlainText(plan.error().message);
        m_copy->setEnabled(false);
        setRunning(false);
        return;
    }
    m_plan = *plan;
    showCommands(*plan);
    m_copy->setEnabled(true);
    m_progress->setRange(0, int(plan->steps.size()) * kStepScale);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%n step(s)", nullptr, int(plan->steps.size())));
    setRunning(false);
}

// Every source's answer time, measured in the background as soon as the page opens; "Fastest" follows it.
void InstallPage::startSurvey()
{
    if (!m_catalog || m_surveyed || m_scan->isRunning())
        return;
    m_mirror->setItemText(m_mirror->findData(kAuto), tr("Fastest (testing the sources…)"));
    m_scan->start(m_catalog->mirrors, kSurveyMs);
}

void InstallPage::showSurvey(const QList<MirrorLatency> &results)
{
    m_surveyed = true;
    m_fastest = MirrorProbe::fastest(results);
    for (const MirrorLatency &result : results) {
        const Mirror *mirror = m_catalog->mirror(result.id);
        const int index = m_mirror->findData(result.id);
        if (!mirror || index < 0)
            continue;
        m_mirror->setItemText(index, result.reachable ? tr("%1 — %2 ms").arg(mirror->name.current()).arg(result.ms)
                                                      : tr("%1 — no answer").arg(mirror->name.current()));
    }
    const Mirror *fastest = m_catalog->mirror(m_fastest);
    m_mirror->setItemText(m_mirror->findData(kAuto),
                          fastest ? tr("Fastest (tested now): %1").arg(fastest->name.current())
                                  : tr("Fastest (tested now): none answered, the official servers are used"));
    if (m_mirror->currentData().toString() == kAuto && !isBusy())
        rebuildPlan();
    if (std::exchange(m_installAfterScan, false))
        startInstall();
}

QString InstallPage::chosenMirror() const
{
    const QString chosen = m_mirror->currentData().toString();
    if (chosen != kAuto)
        return chosen;
    return m_fastest.isEmpty() ? QStringLiteral("official") : m_fastest;
}

// The plan's notes, then its commands as shown for reading (the same view wherever the plan changes).
void InstallPage::showCommands(const Plan &plan)
{
    QString text;
    for (const QString &note : plan.notes)
        text += QStringLiteral("# ") + note + u'\n';
    m_commands->setPlainText(text + renderPlanReadable(plan, shellFor(m_state->detectionOptions.platform)));
}

PreflightAnswers InstallPage::answers() const
{
    PreflightAnswers answers;
    if (const int choice = m_existing->currentData().toInt(); choice >= 0)
        answers.existingEnv = ExistingEnv(choice);
    return answers;
}

// Reuse, replace or another name: the commands shown (and the name) are the ones that will run.
void InstallPage::showExistingChoice()
{
    if (!m_plan || !m_catalog || isBusy() || !answers().existingEnv)
        return;
    const PreflightInput check
        = PreflightInput::forComputer(*m_plan, m_state->detectionOptions.platform, m_state->environment, m_latency);
    const PreflightDecision decision = decidePreflight(PlanBuilder(m_state->kb, *m_catalog), check, answers());
    showCommands(decision.plan);
    if (decision.plan.envName != m_plan->envName) {
        showStatus(tr("The new environment will be called %1; the existing %2 is left as it is.")
                       .arg(decision.plan.envName, m_plan->envName)
                       .toHtmlEscaped());
    }
}

void InstallPage::startInstall()
{
    if (!m_plan || !m_catalog)
        return;
    // First: can the chosen source be reached at all? (asynchronous: the window stays live, Stop works)
    if (m_mirror->currentData().toString() == kAuto && m_scan->isRunning()) {
        // "Fastest": the survey started with the page ends within seconds; the install starts then.
        m_installAfterScan = true;
        showStatus(tr("Testing the download sources…").toHtmlEscaped());
        return;
    }
    const Mirror *mirror = m_catalog->mirror(chosenMirror());
    m_output->clearAll();
    m_succeeded = false;
    m_probe->start(mirror ? QList<Mirror>{*mirror} : QList<Mirror>{}, kSourceCheckMs);
    setRunning(true);
    m_progress->setRange(0, 0); // busy: no amount to show yet
    m_progress->setFormat(tr("Checking the download source…"));
    showStatus(
        tr("Checking the download source (up to %n second(s))…", nullptr, kSourceCheckMs / 1000).toHtmlEscaped());
}

void InstallPage::runPreflight(const QList<MirrorLatency> &latency)
{
    m_latency = latency;
    setRunning(false);
    m_progress->setRange(0, int(m_plan->steps.size()) * kStepScale);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    const PreflightInput check
        = PreflightInput::forComputer(*m_plan, m_state->detectionOptions.platform, m_state->environment, latency);
    const PreflightDecision decision = decidePreflight(PlanBuilder(m_state->kb, *m_catalog), check, answers());
    for (const PreflightIssue &issue : decision.warnings)
        m_output->appendLine(QStringLiteral("! ") + issue.message);
    if (decision.envExists)
        m_form->setRowVisible(m_existing, true);
    if (!decision.canInstall()) {
        QStringList stops;
        for (const PreflightIssue &issue : decision.stops)
            stops << issue.message.toHtmlEscaped();
        showStatus(QStringLiteral("<b>%1</b><br>%2")
                       .arg(tr("Before installing:").toHtmlEscaped(), stops.join(QStringLiteral("<br>"))));
        return;
    }
    const Plan &plan = decision.plan;
    QSettings settings;
    settings.setValue(QStringLiteral("install/mirror"), m_mirror->currentData().toString());
    settings.setValue(QStringLiteral("install/envName"), m_envName->text().trimmed());
    if (plan.envName != m_plan->envName) { // "Keep it: use another name": the new name everywhere
        const QSignalBlocker blocker(m_envName);
        m_envName->setText(plan.envName);
    }
    m_plan = plan;
    showCommands(plan);
    m_runner->setBaseEnvironment(m_state->detectionOptions.platform.environment);
    m_runner->setFailureContext(FailureContext::forSource(FailureContext::Surface::Wizard, plan.request.mirrorId,
                                                          m_catalog ? &*m_catalog : nullptr,
                                                          m_mirror->currentData().toString() == kAuto));
    setRunning(true);
    if (!m_runner->start(plan)) {
        setRunning(false);
        showStatus(
            tr("The install log cannot be written in %1.").arg(InstallRunner::defaultLogDirectory()).toHtmlEscaped());
    }
}

} // namespace tgs::ui
