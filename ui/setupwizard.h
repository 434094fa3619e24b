#pragma once

#include "wizardstate.h"

#include <QWizard>

namespace tgs::ui {

class InstallPage;

class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { WelcomePageId, DetectPageId, RecommendPageId, InstallPageId, VerifyPageId };

    SetupWizard(const DetectionOptions &options, const KnowledgeBase &kb, QWidget *parent = nullptr);

    WizardState &state() { return m_state; }

    // Cancel, Esc and the window's ✕ all come here: while an install runs, ask before stopping it.
    void reject() override;
    void done(int result) override;

signals:
    void languageRequested(const QString &language);

private:
    bool askToStop();

    WizardState m_state;
    InstallPage *m_install;
    bool m_leaving = false; // the user said yes: leave once the install has stopped
};

} // namespace tgs::ui
