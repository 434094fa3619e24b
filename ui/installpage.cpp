#include "installpage.h"

#include <core/install/mirrors.h>
#include <core/install/planfactory.h>
#include <core/install/preflightdecision.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWizard>

namespace tgs::ui {

InstallPage::InstallPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_runner(new InstallRunner(this))
    , m_probe(new MirrorProbe(this))
    , m_catalog(MirrorCatalog::load())
    , m_envName(new QLineEdit(QStringLiteral("torchgpu"), this))
    , m_mirror(new QComboBox(this))
    , m_existing(new QComboBox(this))
    , m_commands(new QPlainTextEdit(this))
    , m_install(new QPushButton(tr("&Install"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_retry(new QPushButton(tr("&Retry the failed step"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("installPage"));
    setTitle(tr("Install"));
    setSubTitle(tr(
        "These are the exact commands. Nothing runs until you press Install; every line they print is shown below."));

    m_envName->setObjectName(QStringLiteral("envNameEdit"));
    m_mirror->setObjectName(QStringLiteral("mirrorCombo"));
    m_existing->setObjectName(QStringLiteral("existingEnvCombo"));
    m_existing->addItem(tr("Choose…"), -1);
    m_existing->addItem(tr("Reuse it: install into the existing environment"), int(ExistingEnv::Reuse));
    m_existing->addItem(tr("Replace it: delete it first"), int(ExistingEnv::Replace));
    m_existing->addItem(tr("Keep it: use another name"), int(ExistingEnv::Rename));
    m_commands->setObjectName(QStringLiteral("planView"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_cancel->setObjectName(QStringLiteral("installStopButton"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_status->setObjectName(QStringLiteral("installStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_output->setObjectName(QStringLiteral("installLog"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(20000);
    m_cancel->setEnabled(false);
    m_retry->setEnabled(false);

    if (m_catalog) {
        for (const Mirror &mirror : m_catalog->mirrors)
            m_mirror->addItem(mirror.name.current(), mirror.id);
    }

    m_form = new QFormLayout;
    m_form->addRow(tr("&Environment name:"), m_envName);
    m_form->addRow(tr("&Download source:"), m_mirror);
    m_form->addRow(tr("If it e&xists:"), m_existing);
    m_form->setRowVisible(m_existing, false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_install);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_commands, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_output, 3);

    connect(m_envName, &QLineEdit::textChanged, this, &InstallPage::rebuildPlan);
    connect(m_mirror, &QComboBox::currentIndexChanged, this, &InstallPage::rebuildPlan);
    connect(m_install, &QPushButton::clicked, this, &InstallPage::startInstall);
    connect(m_probe, &MirrorProbe::finished, this, &InstallPage::runPreflight);
    connect(m_cancel, &QPushButton::clicked, m_runner, &InstallRunner::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setRunning(true);
        m_runner->retry();
    });
    connect(m_runner, &InstallRunner::stepStarted, this, [this](int index, const QString &command) {
        m_progress->setValue(index);
        m_progress->setFormat(tr("Step %1 of %2").arg(index + 1).arg(m_runner->plan().steps.size()));
        showStatus(tr("Step %1 of %2: %3")
                       .arg(index + 1)
                       .arg(m_runner->plan().steps.size())
                       .arg(m_runner->plan().steps.at(index).title.toHtmlEscaped()));
        m_output->appendPlainText(QStringLiteral("$ ") + command);
    });
    connect(m_runner, &InstallRunner::outputLine, this, [this](int, const OutputLine &line) {
        if (line.progress)
            return; // progress bars would flood the view; the final state of the line follows
        m_output->appendPlainText(line.text);
    });
    connect(m_runner, &InstallRunner::logWriteFailed, this,
            [this](const QString &message) { m_output->appendPlainText(QStringLiteral("! ") + message); });
    connect(m_runner, &InstallRunner::failureRecognized, this, [this](int, const KnownFailure &failure) {
        showStatus(
            QStringLiteral("<b>%1</b><br>%2").arg(failure.title.toHtmlEscaped(), failure.advice.toHtmlEscaped()));
    });
    connect(m_runner, &InstallRunner::finished, this, [this](bool ok) {
        setRunning(false);
        m_succeeded = ok;
        m_progress->setValue(ok ? m_progress->maximum() : m_progress->value());
        const QString log = tr("Log: %1").arg(m_runner->logPath()).toHtmlEscaped();
        m_state->installLogPath = m_runner->logPath();
        if (ok) {
            m_state->pendingFix.reset();
            showStatus(tr("PyTorch is installed.") + QStringLiteral("<br>") + log);
            // The guide's last step follows at once: the verify page checks the new environment.
            const Plan &plan = m_runner->plan();
            m_state->verifyTarget = !plan.python.isEmpty()      ? VerifyTarget::python(plan.python)
                                    : !plan.envPrefix.isEmpty() ? VerifyTarget::prefix(plan.envPrefix)
                                                                : VerifyTarget::condaEnv(plan.envName);
            emit completeChanged();
            QMetaObject::invokeMethod(wizard(), &QWizard::next, Qt::QueuedConnection);
            return;
        } else {
            const QString before = m_runner->lastFailure() ? m_status->text() + QStringLiteral("<br>") : QString();
            const bool canceled = m_runner->states().contains(StepState::Canceled);
            showStatus(before
                       + (canceled ? tr("Stopped. Nothing else will run; Retry continues from the stopped step.")
                                   : tr("A step failed; the rest did not run. Fix the cause, then retry the step."))
                       + QStringLiteral("<br>") + log);
            m_retry->setEnabled(true);
        }
        emit completeChanged();
    });
}

void InstallPage::initializePage()
{
    m_succeeded = false;
    m_output->clear();
    m_status->clear();
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
    if (m_state->pendingFix && !m_planFromFix && !m_runner->isRunning())
        initializePage();
}

void InstallPage::cleanupPage()
{
    m_runner->cancel();
}

bool InstallPage::isComplete() const
{
    return m_succeeded;
}

void InstallPage::showStatus(const QString &html)
{
    m_status->setText(html);
}

void InstallPage::setRunning(bool running)
{
    m_install->setEnabled(!running && m_plan.has_value());
    m_cancel->setEnabled(running);
    m_retry->setEnabled(false);
    m_envName->setEnabled(!running);
    m_mirror->setEnabled(!running);
}

// The doctor's fix the user chose on the verify page, as a plan; nothing when there is none.
std::optional<Result<Plan>> InstallPage::fixPlan() const
{
    if (!m_state->pendingFix || !m_state->pendingFix->plan || !m_catalog)
        return std::nullopt;
    const PlanBuilder builder(m_state->kb, *m_catalog);
    PlanRequest request = *m_state->pendingFix->plan;
    request.mirrorId = m_mirror->currentData().toString();
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
    const Result<Plan> plan = planForComputer(m_state->kb, *m_catalog, m_state->recommendation->recommended,
                                              m_state->environment, m_state->detectionOptions.platform,
                                              m_envName->text().trimmed(), m_mirror->currentData().toString(),
                                              QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    showPlan(plan);
}

void InstallPage::showPlan(const Result<Plan> &plan)
{
    if (!plan) {
        m_commands->setPlainText(plan.error().message);
        setRunning(false);
        return;
    }
    m_plan = *plan;
    QString text;
    for (const QString &note : plan->notes)
        text += QStringLiteral("# ") + note + u'\n';
    text += renderPlan(*plan, m_state->detectionOptions.platform.isWindows() ? Shell::PowerShell : Shell::Posix);
    m_commands->setPlainText(text);
    m_progress->setRange(0, int(plan->steps.size()));
    m_progress->setValue(0);
    setRunning(false);
}

void InstallPage::startInstall()
{
    if (!m_plan || !m_catalog)
        return;
    // First: can the chosen source be reached at all? (asynchronous: the window stays live)
    setRunning(true);
    m_cancel->setEnabled(false);
    showStatus(tr("Checking the download source…").toHtmlEscaped());
    const Mirror *mirror = m_catalog->mirror(m_mirror->currentData().toString());
    m_probe->start(mirror ? QList<Mirror>{*mirror} : QList<Mirror>{}, 5000);
}

void InstallPage::runPreflight(const QList<MirrorLatency> &latency)
{
    setRunning(false);
    const PreflightInput check
        = PreflightInput::forComputer(*m_plan, m_state->detectionOptions.platform, m_state->environment, latency);
    PreflightAnswers answers;
    if (const int choice = m_existing->currentData().toInt(); choice >= 0)
        answers.existingEnv = ExistingEnv(choice);
    const PreflightDecision decision = decidePreflight(PlanBuilder(m_state->kb, *m_catalog), check, answers);
    for (const PreflightIssue &issue : decision.warnings)
        m_output->appendPlainText(QStringLiteral("! ") + issue.message);
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
    m_runner->setBaseEnvironment(m_state->detectionOptions.platform.environment);
    setRunning(true);
    if (!m_runner->start(plan)) {
        setRunning(false);
        showStatus(
            tr("The install log cannot be written in %1.").arg(InstallRunner::defaultLogDirectory()).toHtmlEscaped());
    }
}

} // namespace tgs::ui
