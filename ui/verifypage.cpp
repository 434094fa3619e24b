#include "verifypage.h"

#include "setupwizard.h"

#include <core/install/installrunner.h>
#include <core/verify/doctor.h>
#include <core/verify/report.h>
#include <core/verify/verificationreport.h>
#include <core/verify/verifier.h>

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QWizard>

namespace tgs::ui {

namespace {

// One of the three big numbers: a caption above a large value.
QLabel *bigValue(QGridLayout *grid, int column, const QString &caption, const QString &objectName, QWidget *parent)
{
    auto *title = new QLabel(caption, parent);
    title->setAlignment(Qt::AlignCenter);
    auto *value = new QLabel(QStringLiteral("…"), parent);
    value->setObjectName(objectName);
    value->setAlignment(Qt::AlignCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    value->setFont(font);
    grid->addWidget(title, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

} // namespace

VerifyPage::VerifyPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_verifier(new Verifier(this))
    , m_status(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_devices(new QLabel(this))
    , m_details(new QLabel(this))
    , m_findings(new QWidget(this))
    , m_output(new QPlainTextEdit(this))
    , m_again(new QPushButton(tr("Check &again"), this))
    , m_stop(new QPushButton(tr("&Stop"), this))
    , m_save(new QPushButton(tr("Save &report…"), this))
    , m_copy(new QPushButton(tr("&Copy diagnostics"), this))
    , m_openLogs(new QPushButton(tr("Open &log folder"), this))
{
    setObjectName(QStringLiteral("verifyPage"));
    setTitle(tr("Does PyTorch really use the GPU?"));
    setSubTitle(tr("The wizard runs Python in the environment: it imports torch, reads its versions and computes on "
                   "every GPU, checking the result against the CPU."));
    setFinalPage(true);

    auto *numbers = new QFrame(this);
    numbers->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(numbers);
    m_torch = bigValue(grid, 0, tr("PyTorch"), QStringLiteral("verifyTorch"), numbers);
    m_cuda = bigValue(grid, 1, tr("CUDA (torch.version.cuda)"), QStringLiteral("verifyCuda"), numbers);
    m_cudnn = bigValue(grid, 2, tr("cuDNN"), QStringLiteral("verifyCudnn"), numbers);

    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    for (QLabel *label : {m_devices, m_details}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_devices->setObjectName(QStringLiteral("verifyDevices"));
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_findings->setObjectName(QStringLiteral("verifyFindings"));
    new QVBoxLayout(m_findings);
    m_findings->layout()->setContentsMargins(0, 0, 0, 0);
    m_findings->layout()->setAlignment(Qt::AlignTop);
    // Several findings with their fixes can be taller than the page: they scroll rather than overlap.
    auto *findings = new QScrollArea(this);
    findings->setObjectName(QStringLiteral("verifyFindingsScroll"));
    findings->setWidgetResizable(true);
    findings->setFrameShape(QFrame::NoFrame);
    findings->setWidget(m_findings);
    m_output->setObjectName(QStringLiteral("verifyOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setMaximumHeight(80);
    m_again->setObjectName(QStringLiteral("verifyAgainButton"));
    m_stop->setObjectName(QStringLiteral("verifyStopButton"));
    m_save->setObjectName(QStringLiteral("verifySaveReportButton"));
    m_copy->setObjectName(QStringLiteral("verifyCopyButton"));
    m_openLogs->setObjectName(QStringLiteral("verifyOpenLogsButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_stop);
    top->addWidget(m_again);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_save);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_openLogs);
    bottom->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(numbers);
    layout->addWidget(m_verdict);
    layout->addWidget(m_devices);
    layout->addWidget(m_details);
    layout->addWidget(findings, 1);
    layout->addWidget(m_output);
    layout->addLayout(bottom);

    connect(m_again, &QPushButton::clicked, this, &VerifyPage::startVerification);
    connect(m_stop, &QPushButton::clicked, m_verifier, &Verifier::cancel);
    connect(m_save, &QPushButton::clicked, this, &VerifyPage::saveReport);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(diagnostics()); });
    connect(m_openLogs, &QPushButton::clicked, this, [] {
        QDir().mkpath(InstallRunner::defaultLogDirectory());
        QDesktopServices::openUrl(QUrl::fromLocalFile(InstallRunner::defaultLogDirectory()));
    });
    m_output->hide(); // shown when the probe prints something of its own (warnings, a traceback)
    connect(m_verifier, &Verifier::outputLine, this, [this](const QString &line) {
        m_output->show();
        m_output->appendPlainText(line);
    });
    connect(m_verifier, &Verifier::finished, this, [this](const Verification &v) {
        m_state->verification = v;
        DoctorInput input;
        input.environment = m_state->environment;
        input.verification = v;
        input.platform = m_state->detectionOptions.platform;
        m_state->findings = Doctor::diagnose(input, m_state->kb);
        showVerification(v);
        showFindings(m_state->findings);
        m_again->setEnabled(true);
        m_stop->setEnabled(false);
        emit completeChanged();
    });
}

void VerifyPage::initializePage()
{
    startVerification();
}

void VerifyPage::cleanupPage()
{
    m_verifier->cancel();
}

bool VerifyPage::isComplete() const
{
    return !m_verifier->isRunning();
}

void VerifyPage::startVerification()
{
    m_state->verification.reset();
    m_output->clear();
    m_output->hide();
    m_devices->clear();
    m_details->clear();
    m_verdict->clear();
    showFindings({});
    for (QLabel *value : {m_torch, m_cuda, m_cudnn})
        value->setText(QStringLiteral("…"));
    if (!m_state->verifyTarget) {
        m_status->setText(tr("Nothing to check yet: install PyTorch first, or choose an environment on the "
                             "detection page."));
        m_again->setEnabled(false);
        m_stop->setEnabled(false);
        return;
    }
    m_status->setText(tr("Checking %1…").arg(m_state->verifyTarget->value));
    m_again->setEnabled(false);
    m_stop->setEnabled(true);
    VerifyOptions options;
    options.platform = m_state->detectionOptions.platform;
    m_verifier->start(*m_state->verifyTarget, options, m_state->environment.conda);
    emit completeChanged();
}

void VerifyPage::showVerification(const Verification &v)
{
    const bool gpu = m_state->pcHasNvidiaGpu();
    const bool passed = v.passed(gpu);
    m_status->setText(tr("Checked %1 in %2 s.").arg(v.target.value).arg(v.elapsedMs.value_or(0) / 1000.0, 0, 'f', 1));
    m_torch->setText(v.torchImported ? v.torchVersion : QStringLiteral("✗"));
    m_cuda->setText(!v.torchImported ? QStringLiteral("–") : v.cuda.isEmpty() ? tr("none (CPU-only)") : v.cuda);
    m_cudnn->setText(v.cudnnVersion.isEmpty() ? QStringLiteral("–") : v.cudnnVersion);
    m_verdict->setText(VerificationReport::verdict(v, gpu));
    m_verdict->setStyleSheet(passed ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #c62828;"));

    QStringList devices;
    for (const VerifiedDevice &device : v.devices)
        devices << VerificationReport::deviceLine(device).toHtmlEscaped();
    if (gpu && devices.isEmpty() && v.torchImported)
        devices << tr("✗ torch cannot see the GPU of this PC.").toHtmlEscaped();
    m_devices->setText(devices.join(QStringLiteral("<br>")));
    m_devices->setVisible(!devices.isEmpty());

    QStringList rows;
    for (const ReportRow &row : VerificationReport::rows(v))
        rows << QStringLiteral("<tr><td>%1&nbsp;</td><td>%2</td></tr>")
                    .arg(tr("%1:", "a label before its value").arg(row.label).toHtmlEscaped(),
                         row.value.toHtmlEscaped());
    for (const Problem &problem : v.problems)
        rows << QStringLiteral("<tr><td colspan=\"2\" style=\"color: #c62828;\">✗ %1</td></tr>")
                    .arg(problem.message.toHtmlEscaped());
    m_details->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

void VerifyPage::showFindings(const QList<Finding> &findings)
{
    QLayout *layout = m_findings->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Finding &f : findings) {
        if (f.severity == Severity::Info && f.id == QStringLiteral("no_nvidia_gpu") && m_state->verification
            && m_state->verification->passed(false))
            continue; // the verdict says it already
        auto *row = new QWidget(m_findings);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        const QString mark = f.severity == Severity::Error     ? QStringLiteral("✗")
                             : f.severity == Severity::Warning ? QStringLiteral("⚠")
                                                               : QStringLiteral("ℹ");
        auto *text = new QLabel(QStringLiteral("%1 <b>%2</b><br>%3<br><i>%4</i>")
                                    .arg(mark, f.title.toHtmlEscaped(), f.detail.toHtmlEscaped(),
                                         tr("What to do: %1").arg(f.fix.instruction).toHtmlEscaped()),
                                row);
        text->setObjectName(QStringLiteral("verifyFinding_") + f.id);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        rowLayout->addWidget(text, 1);
        if (f.fix.plan) {
            auto *fix = new QPushButton(tr("Fix: install again"), row);
            fix->setObjectName(QStringLiteral("verifyFixButton_") + f.id);
            fix->setToolTip(tr("Goes back to the install page with the plan that fixes this."));
            connect(fix, &QPushButton::clicked, this, [this, f] { applyFix(f.fix); });
            rowLayout->addWidget(fix, 0, Qt::AlignTop);
        }
        layout->addWidget(row);
    }
}

// Back to the install page with the fix's plan: through the pages already visited, or through the
// recommendation when the check started on the detection page.
void VerifyPage::applyFix(const Fix &fix)
{
    m_state->pendingFix = fix;
    QWizard *w = wizard();
    if (w->visitedIds().contains(SetupWizard::InstallPageId)) {
        while (w->currentId() != SetupWizard::InstallPageId)
            w->back();
        return;
    }
    while (w->currentId() != SetupWizard::DetectPageId)
        w->back();
    w->next(); // the recommendation
    w->next(); // the install page, which builds the fix's plan
}

ReportInput VerifyPage::reportInput() const
{
    ReportInput input;
    input.environment = m_state->environment;
    input.recommendation = m_state->recommendation;
    input.knowledgeBase = &m_state->kb;
    input.verification = m_state->verification;
    input.findings = m_state->findings;
    input.logPath = m_state->installLogPath;
    input.platform = m_state->detectionOptions.platform;
    input.appVersion = QCoreApplication::applicationVersion();
    return input;
}

void VerifyPage::saveReport()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("torchgpu-setup-report.md"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save report"), suggested, tr("Markdown (*.md);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const Result<QString> saved = Report::save(reportInput(), path);
    m_status->setText(saved ? tr("Report saved: %1").arg(*saved) : saved.error().message);
}

QString VerifyPage::diagnostics() const
{
    if (!m_state->verification)
        return m_status->text();
    return Report::toMarkdown(reportInput());
}

} // namespace tgs::ui
