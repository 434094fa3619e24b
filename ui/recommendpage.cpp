#include "recommendpage.h"
#include <core/base/localizedtext.h>

#include "setupwizard.h"

#include <core/base/version.h>
#include <core/recommend/recommendationreport.h>

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tgs::ui {

namespace {

QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

RecommendPage::RecommendPage(WizardState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_recommended(new QLabel(this))
    , m_route(new QComboBox(this))
    , m_python(new QComboBox(this))
    , m_torch(new QComboBox(this))
    , m_cuda(new QComboBox(this))
    , m_warnings(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("recommendPage"));
    setTitle(tr("The PyTorch that fits this computer"));
    setSubTitle(tr("Chosen from the driver, the GPUs and the Python found. Change any choice below; "
                   "the wizard checks it at once."));

    m_recommended->setObjectName(QStringLiteral("recommendedLabel"));
    m_recommended->setWordWrap(true);
    m_recommended->setTextFormat(Qt::RichText);
    m_route->setObjectName(QStringLiteral("routeCombo"));
    m_python->setObjectName(QStringLiteral("pythonCombo"));
    m_torch->setObjectName(QStringLiteral("torchCombo"));
    m_cuda->setObjectName(QStringLiteral("cudaCombo"));
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #9a3b00; }"));
    m_details->setObjectName(QStringLiteral("reasonsView"));
    m_details->setOpenExternalLinks(false);

    m_route->addItem(tr("pip wheels from the PyTorch index (recommended)"), QStringLiteral("pip"));
    m_route->addItem(tr("conda, as in the classic guide (torch 2.5.1 at most)"), QStringLiteral("conda-legacy"));
    m_route->addItem(tr("conda-forge"), QStringLiteral("conda-forge"));

    auto *choices = new QGroupBox(tr("Your choices"), this);
    auto *form = new QFormLayout(choices);
    form->addRow(tr("Install &route:"), m_route);
    form->addRow(tr("&Python:"), m_python);
    form->addRow(tr("P&yTorch:"), m_torch);
    form->addRow(tr("&CUDA:"), m_cuda);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_recommended);
    layout->addWidget(choices);
    layout->addWidget(m_warnings);
    layout->addWidget(m_details, 1);

    for (QComboBox *combo : {m_route, m_python, m_torch})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            fillCudaChoices();
            recompute();
        });
    connect(m_cuda, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            recompute();
    });
}

void RecommendPage::initializePage()
{
    fillChoices();
    recompute();
}

void RecommendPage::fillChoices()
{
    m_filling = true;
    const Facts facts = Facts::fromEnvironment(m_state->environment, m_state->detectionOptions.platform.os);
    m_python->clear();
    m_python->addItem(facts.python.isEmpty() ? tr("Newest that fits") : tr("%1 (found)").arg(facts.python), QString());
    QStringList pythons;
    const QString os = m_state->detectionOptions.platform.osId();
    for (const TorchRelease &release : m_state->kb.torchReleases) {
        for (const QString &p : release.pythonFor(os)) {
            if (!pythons.contains(p))
                pythons.append(p);
        }
    }
    std::sort(pythons.begin(), pythons.end(),
              [](const QString &a, const QString &b) { return Version(a) > Version(b); });
    for (const QString &p : pythons)
        m_python->addItem(p, p);

    m_torch->clear();
    m_torch->addItem(tr("Newest that fits"), QString());
    for (auto it = m_state->kb.torchReleases.crbegin(); it != m_state->kb.torchReleases.crend(); ++it)
        m_torch->addItem(it->version, it->version);
    m_filling = false;
    fillCudaChoices();
}

void RecommendPage::fillCudaChoices()
{
    m_filling = true;
    const QString previous = m_cuda->currentData().toString();
    m_cuda->clear();
    m_cuda->addItem(tr("Best for this computer"), QString());
    m_cuda->addItem(tr("CPU only"), QStringLiteral("cpu"));
    QStringList cudas;
    const QString torch = m_torch->currentData().toString();
    for (const TorchRelease &release : m_state->kb.torchReleases) {
        if (!torch.isEmpty() && release.version != torch)
            continue;
        for (const PipVariant &v : release.pip) {
            if (!v.isCpu() && !cudas.contains(v.cuda))
                cudas.append(v.cuda);
        }
    }
    std::sort(cudas.begin(), cudas.end(), [](const QString &a, const QString &b) { return Version(a) > Version(b); });
    for (const QString &cuda : cudas)
        m_cuda->addItem(QStringLiteral("CUDA %1").arg(cuda), cuda);
    const int index = m_cuda->findData(previous);
    m_cuda->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = false;
}

Wishes RecommendPage::currentWishes() const
{
    return {m_torch->currentData().toString(), m_cuda->currentData().toString(),
            routeFromId(m_route->currentData().toString()).value_or(Route::Pip)};
}

void RecommendPage::recompute()
{
    FactOverrides overrides;
    overrides.python = m_python->currentData().toString();
    overrides.source = tr("your choice");
    const Facts facts = factsWithOverrides(m_state->environment, m_state->detectionOptions.platform.os, overrides);
    const Result<Recommendation> result = Recommender(m_state->kb).recommend(facts, currentWishes());
    if (!result) {
        m_state->recommendation.reset();
        m_recommended->setText(QStringLiteral("<b>%1</b>").arg(result.error().message.toHtmlEscaped()));
        m_warnings->clear();
        m_details->clear();
        emit completeChanged();
        return;
    }
    const Recommendation &r = *result;
    m_state->recommendation = r;
    // What happens to what is there already: a first-time user's main worry about an installer.
    QStringList existing;
    if (m_state->environment.conda) {
        for (const CondaEnvInfo &env : m_state->environment.conda->envs)
            existing << (env.name.isEmpty() ? env.prefix : env.name);
    }
    const QString effect
        = existing.isEmpty()
              ? tr("It goes into a new environment of its own; nothing already on this computer is changed.")
              : tr("It goes into a new environment of its own; your existing conda environments (%1) are left as "
                   "they are.")
                    .arg(listText(existing));
    m_recommended->setText(
        QStringLiteral("<p style=\"font-size: 12pt\"><b>%1</b></p><p>%2</p>")
            .arg(RecommendationReport::combinationText(r.recommended).toHtmlEscaped(), effect.toHtmlEscaped()));
    QStringList warnings;
    for (const Warning &w : r.warnings)
        warnings << w.text;
    m_warnings->setText(warnings.isEmpty()
                            ? QString()
                            : QStringLiteral("<b>%1</b>%2").arg(tr("Warnings").toHtmlEscaped(), htmlList(warnings)));
    m_warnings->setVisible(!warnings.isEmpty());

    QString html = QStringLiteral("<h4>%1</h4>%2").arg(tr("Why").toHtmlEscaped(), htmlList(r.reasons));
    if (!r.whyNotNewer.isEmpty())
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Why not newer").toHtmlEscaped(), htmlList(r.whyNotNewer));
    if (!r.alternatives.isEmpty()) {
        QStringList alternatives;
        for (const Combination &c : r.alternatives)
            alternatives << RecommendationReport::combinationText(c);
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Alternatives").toHtmlEscaped(), htmlList(alternatives));
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Knowledge base of %1.").arg(m_state->kb.dataDate).toHtmlEscaped());
    m_details->setHtml(html);
    emit completeChanged();
}

int RecommendPage::nextId() const
{
    return SetupWizard::InstallPageId;
}

bool RecommendPage::isComplete() const
{
    return m_state->recommendation.has_value();
}

bool RecommendPage::validatePage()
{
    m_state->wishes = currentWishes();
    m_state->python = m_python->currentData().toString();
    return m_state->recommendation.has_value();
}

} // namespace tgs::ui
