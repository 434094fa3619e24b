#include "detectpage.h"

#include "setupwizard.h"

#include <core/detect/detector.h>
#include <core/detect/environmentreport.h>
#include <core/detect/environmentsummary.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>

namespace tgs::ui {

DetectPage::DetectPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_status(new QLabel(this))
    , m_results(new QTreeWidget(this))
    , m_problems(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_again(new QPushButton(tr("Detect &again"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_summary(new QLabel(this))
    , m_existing(new QComboBox(this))
    , m_check(new QPushButton(tr("&Check this environment"), this))
{
    setObjectName(QStringLiteral("detectPage"));
    setTitle(tr("What this computer has"));
    setSubTitle(tr("The wizard asks the driver, conda, every Python and the CUDA tools. This takes a few seconds."));

    m_status->setObjectName(QStringLiteral("detectStatus"));
    m_status->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("detectResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Item"), tr("Found")});
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->setWordWrap(true);
    // Problems are sentences with advice: a wrapped label shows them whole, a tree row would cut them off.
    m_problems->setObjectName(QStringLiteral("detectProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_log->setObjectName(QStringLiteral("detectLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setMaximumHeight(110);
    m_again->setObjectName(QStringLiteral("detectAgainButton"));
    m_cancel->setObjectName(QStringLiteral("detectStopButton"));

    m_summary->setObjectName(QStringLiteral("detectSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The details copy as text: Ctrl+C the selected rows, or everything from the context menu.
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy"), m_results);
    copy->setObjectName(QStringLiteral("detectCopyAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_results->selectedItems())
            lines << (item->text(1).isEmpty()
                          ? item->text(0)
                          : tr("%1: %2", "a label and its value").arg(item->text(0), item->text(1)));
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
    auto *copyAll = new QAction(tr("Copy &all as text"), m_results);
    copyAll->setObjectName(QStringLiteral("detectCopyAllAction"));
    connect(copyAll, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(EnvironmentReport::toText(m_shown)); });
    m_results->addAction(copy);
    m_results->addAction(copyAll);
    m_existing->setObjectName(QStringLiteral("detectExistingChoice"));
    m_check->setObjectName(QStringLiteral("detectCheckButton"));
    auto *existing = new QHBoxLayout;
    existing->addWidget(new QLabel(tr("Already have PyTorch? Check an existing environment:"), this));
    existing->addWidget(m_existing, 1);
    existing->addWidget(m_check);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_problems);
    layout->addLayout(existing);
    layout->addWidget(new QLabel(tr("Commands run:"), this));
    layout->addWidget(m_log, 1);

    connect(m_again, &QPushButton::clicked, this, &DetectPage::startDetection);
    connect(m_cancel, &QPushButton::clicked, this, &DetectPage::cancelDetection);
    connect(m_check, &QPushButton::clicked, this, &DetectPage::checkChosenEnvironment);
    m_existing->setEnabled(false);
    m_check->setEnabled(false);
}

void DetectPage::initializePage()
{
    m_goVerify = false;
    if (m_state->detected)
        showEnvironment(m_state->environment, true);
    else
        startDetection();
}

void DetectPage::cleanupPage()
{
    cancelDetection();
}

bool DetectPage::isComplete() const
{
    return m_state->detected && !(m_detector && m_detector->isRunning());
}

int DetectPage::nextId() const
{
    return m_goVerify ? SetupWizard::VerifyPageId : SetupWizard::RecommendPageId;
}

void DetectPage::checkChosenEnvironment()
{
    const QString python = m_existing->currentData().toString();
    if (python.isEmpty() || !isComplete())
        return;
    m_state->verifyTarget = VerifyTarget::python(python);
    m_goVerify = true;
    wizard()->next();
    m_goVerify = false;
}

// The environments with a torch, to check one straight away.
void DetectPage::showTorchEnvironments(const Environment &e)
{
    m_existing->clear();
    for (const PythonInfo &python : e.pythons) {
        if (python.torch || !python.torchImportError.isEmpty())
            m_existing->addItem(QStringLiteral("%1 (%2)").arg(python.executable, python.source), python.executable);
    }
    m_existing->setEnabled(m_existing->count() > 0);
    m_check->setEnabled(m_existing->count() > 0);
}

void DetectPage::showSummary(const Environment &e)
{
    QStringList rows;
    for (const SummaryLine &line : EnvironmentSummary::lines(e)) {
        const char *colour = line.mark == SummaryLine::Mark::Good      ? "#2e7d32"
                             : line.mark == SummaryLine::Mark::Warning ? "#b26a00"
                             : line.mark == SummaryLine::Mark::Bad     ? "#c62828"
                                                                       : "#1565c0";
        rows << QStringLiteral("<tr><td style=\"color:%1; padding-right:6px\"><b>%2</b></td><td>%3</td></tr>")
                    .arg(QLatin1String(colour), EnvironmentSummary::symbol(line.mark), line.text.toHtmlEscaped());
    }
    m_summary->setText(QStringLiteral("<table>%1</table>").arg(rows.join(QString())));
}

void DetectPage::startDetection()
{
    if (m_detector && m_detector->isRunning())
        return;
    delete m_detector;
    m_detector = new Detector(this);
    m_state->detected = false;
    m_results->clear();
    m_problems->hide();
    m_log->clear();
    m_status->setText(tr("Detecting…"));
    m_again->setEnabled(false);
    m_cancel->setEnabled(true);
    connect(m_detector, &Detector::probeStarted, this, [this](const QString &component, const QString &command) {
        m_log->appendPlainText(QStringLiteral("[%1] $ %2").arg(component, command));
    });
    connect(m_detector, &Detector::probeFinished, this, [this](const QString &component, const QString &summary) {
        m_log->appendPlainText(QStringLiteral("[%1] %2").arg(component, summary));
    });
    connect(m_detector, &Detector::updated, this, [this](const Environment &environment) {
        if (m_detector->isRunning())
            showEnvironment(environment, false);
    });
    connect(m_detector, &Detector::finished, this, [this](const Environment &environment) {
        m_state->environment = environment;
        m_state->detected = true;
        m_again->setEnabled(true);
        m_cancel->setEnabled(false);
        showEnvironment(environment, true);
        emit completeChanged();
    });
    emit completeChanged();
    m_detector->start(m_state->detectionOptions);
}

void DetectPage::cancelDetection()
{
    if (m_detector && m_detector->isRunning()) {
        m_status->setText(tr("Stopping…"));
        m_detector->cancel();
    }
}

void DetectPage::showEnvironment(const Environment &e, bool done)
{
    m_shown = e;
    showSummary(e);
    m_results->clear();
    for (const ReportSection &section : EnvironmentReport::sections(e)) {
        auto *title = new QTreeWidgetItem(m_results, {section.title});
        QFont font = title->font(0);
        font.setBold(true);
        title->setFont(0, font);
        title->setExpanded(true);
        for (const ReportRow &row : section.rows) {
            auto *item = new QTreeWidgetItem(title, {row.label, row.value});
            item->setToolTip(1, row.value);
        }
    }

    QStringList problems;
    for (const Problem &problem : e.problems) {
        problems << u"<li>" + EnvironmentReport::problemText(problem).toHtmlEscaped() + u"</li>";
    }
    m_problems->setText(QStringLiteral("<b>%1</b><ul style=\"margin-left: 0px; -qt-list-indent: 1;\">%2</ul>")
                            .arg(tr("Problems").toHtmlEscaped(), problems.join(QString())));
    m_problems->setVisible(!problems.isEmpty());

    if (!done)
        return;
    showTorchEnvironments(e);
    m_status->setText(tr("Done in %1 s: %n GPU(s), %2 Python interpreter(s).", nullptr, int(e.gpus.size()))
                          .arg(e.elapsedMs / 1000.0, 0, 'f', 1)
                          .arg(e.pythons.size()));
}

} // namespace tgs::ui
