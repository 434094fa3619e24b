#include "detectpage.h"

#include "setupwizard.h"

#include <core/detect/detector.h>
#include <core/detect/environmentreport.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_again);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("Commands run:"), this));
    layout->addWidget(m_log, 1);

    connect(m_again, &QPushButton::clicked, this, &DetectPage::startDetection);
    connect(m_cancel, &QPushButton::clicked, this, &DetectPage::cancelDetection);
}

void DetectPage::initializePage()
{
    if (m_state->detected)
        showEnvironment(m_state->environment);
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
    return SetupWizard::RecommendPageId;
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
    connect(m_detector, &Detector::finished, this, [this](const Environment &environment) {
        m_state->environment = environment;
        m_state->detected = true;
        m_again->setEnabled(true);
        m_cancel->setEnabled(false);
        showEnvironment(environment);
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

void DetectPage::showEnvironment(const Environment &e)
{
    m_results->clear();
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_results, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setExpanded(true);
        return item;
    };
    auto row = [](QTreeWidgetItem *parent, const QString &name, const QString &value) {
        auto *item = new QTreeWidgetItem(parent, {name, value});
        item->setToolTip(1, value);
        return item;
    };
    const QString none = tr("none found");

    QTreeWidgetItem *gpus = section(tr("NVIDIA GPUs"));
    if (e.gpus.isEmpty())
        row(gpus, QString(), none);
    for (const GpuInfo &gpu : e.gpus) {
        const QString memory = gpu.memoryTotalMib ? tr("%1 MiB").arg(*gpu.memoryTotalMib) : tr("memory unknown");
        const QString cc = gpu.computeCapability.isEmpty() ? tr("compute capability unknown")
                                                           : tr("compute capability %1").arg(gpu.computeCapability);
        row(gpus, tr("GPU %1").arg(gpu.index), QStringLiteral("%1 — %2, %3").arg(gpu.name, memory, cc));
    }

    QTreeWidgetItem *driver = section(tr("NVIDIA driver"));
    if (e.driver) {
        row(driver, tr("Version"), tr("%1 (from %2)").arg(e.driver->version, e.driver->source));
        if (!e.driver->cudaVersion.isEmpty()) {
            row(driver, tr("Highest CUDA"),
                tr("%1 — the driver's limit, not an installed CUDA (from %2)").arg(e.driver->cudaVersion, e.driver->cudaSource));
        }
    } else {
        row(driver, QString(), none);
    }

    QTreeWidgetItem *conda = section(tr("conda"));
    if (e.conda) {
        row(conda, tr("Program"), tr("%1, version %2").arg(e.conda->executable, e.conda->version));
        for (const CondaEnvInfo &env : e.conda->envs) {
            row(conda, env.name.isEmpty() ? tr("(unnamed)") : env.name,
                tr("%1 — Python %2").arg(env.prefix, env.python.isEmpty() ? tr("none") : env.python));
        }
    } else {
        row(conda, QString(), none);
    }

    QTreeWidgetItem *pythons = section(tr("Python and PyTorch"));
    if (e.pythons.isEmpty())
        row(pythons, QString(), none);
    for (const PythonInfo &python : e.pythons) {
        QString torch = tr("torch not installed");
        if (python.torch) {
            torch = tr("torch %1, CUDA %2, cuDNN %3, GPU usable: %4")
                        .arg(python.torch->version,
                             python.torch->cuda.isEmpty() ? tr("none (CPU build)") : python.torch->cuda,
                             python.torch->cudnn.isEmpty() ? tr("none") : python.torch->cudnn,
                             python.torch->cudaAvailable ? tr("yes") : tr("no"));
        } else if (!python.torchImportError.isEmpty()) {
            torch = tr("torch fails to import: %1").arg(python.torchImportError);
        }
        row(pythons, tr("Python %1").arg(python.version), QStringLiteral("%1 — %2").arg(python.executable, torch));
    }

    QTreeWidgetItem *toolkits = section(tr("CUDA toolkits and cuDNN"));
    for (const CudaToolkitInfo &toolkit : e.cudaToolkits)
        row(toolkits, tr("CUDA %1").arg(toolkit.version), toolkit.path);
    for (const CudnnInfo &cudnn : e.cudnn)
        row(toolkits, tr("cuDNN %1").arg(cudnn.version), cudnn.path);
    if (e.cudaToolkits.isEmpty() && e.cudnn.isEmpty())
        row(toolkits, QString(), none);

    QStringList problems;
    for (const Problem &problem : e.problems) {
        problems << u"<li>" + tr("<b>%1</b> (%2): %3")
                        .arg(problem.component.toHtmlEscaped(), EnvironmentReport::problemKindText(problem.kind).toHtmlEscaped(),
                             problem.message.toHtmlEscaped()) + u"</li>";
    }
    m_problems->setText(QStringLiteral("<b>%1</b><ul style=\"margin-left: 0px; -qt-list-indent: 1;\">%2</ul>")
                            .arg(tr("Problems").toHtmlEscaped(), problems.join(QString())));
    m_problems->setVisible(!problems.isEmpty());

    m_status->setText(tr("Done in %1 s: %n GPU(s), %2 Python interpreter(s).", nullptr, int(e.gpus.size()))
                          .arg(e.elapsedMs / 1000.0, 0, 'f', 1)
                          .arg(e.pythons.size()));
}

} // namespace tgs::ui
