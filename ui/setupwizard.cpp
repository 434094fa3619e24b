#include "setupwizard.h"

#include "detectpage.h"
#include "welcomepage.h"

namespace tgs::ui {

SetupWizard::SetupWizard(const DetectionOptions &options, QWidget *parent)
    : QWizard(parent)
{
    m_state.detectionOptions = options;
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("TorchGPU Setup"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePageId, new WelcomePage);
    setPage(DetectPageId, new DetectPage(&m_state));
    setStartId(WelcomePageId);
    resize(900, 680);
}

} // namespace tgs::ui
