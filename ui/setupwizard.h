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

    // The first size on a screen whose free area (without the taskbar) is `available`: the preferred size, made
    // smaller where the screen is (a 1920×1080 screen at 150 % scaling leaves about 1280×672), never below
    // `minimum`. Room is left for the title bar and the frame, which the window system adds.
    static QSize fittedSize(QSize preferred, QSize minimum, const QRect &available);
    static constexpr QSize kPreferredSize{900, 680};
    static constexpr QSize kFrameAllowance{16, 40};

    // Cancel, Esc and the window's ✕ all come here: while an install runs, ask before stopping it.
    void reject() override;
    void done(int result) override;

signals:
    void languageRequested(const QString &language);

private:
    bool askToStop();

    WizardState m_state;
    InstallPage *m_install = nullptr;
    bool m_leaving = false; // the user said yes: leave once the install has stopped
};

} // namespace tgs::ui
