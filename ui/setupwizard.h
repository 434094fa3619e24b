#pragma once

#include "wizardstate.h"

#include <QWizard>

namespace tgs::ui {

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, DetectPageId, RecommendPageId, InstallPageId, VerifyPageId };

    SetupWizard(const DetectionOptions &options, const KnowledgeBase &kb, QWidget *parent = nullptr);

    WizardState &state() { return m_state; }

private:
    WizardState m_state;
};

} // namespace tgs::ui
