#include "setupwizard.h"

#include "detectpage.h"
#include "installpage.h"
#include "recommendpage.h"
#include "verifypage.h"
#include "welcomepage.h"

namespace tgs::ui {

SetupWizard::SetupWizard(const DetectionOptions &options, const KnowledgeBase &kb, QWidget *parent)
    : QWizard(parent)
{
    m_state.detectionOptions = options;
    m_state.kb = kb;
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("TorchGPU Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage);
    setPage(DetectPageId, new DetectPage(&m_state));
    setPage(RecommendPageId, new RecommendPage(&m_state));
    setPage(InstallPageId, new InstallPage(&m_state));
    setPage(VerifyPageId, new VerifyPage(&m_state));
    setStartId(WelcomePageId);
    resize(900, 680);
}

} // namespace tgs::ui
