#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace tgs::ui {

// Shows the recommended torch / CUDA / Python / route with its reasons, and lets the user
// choose for themselves: every change is checked at once, and a choice that breaks a
// constraint is explained in a warning, never silently changed.
class RecommendPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecommendPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void fillChoices();
    void fillCudaChoices();
    void recompute();
    Wishes currentWishes() const;

    WizardState *m_state;
    QLabel *m_recommended;
    QComboBox *m_route;
    QComboBox *m_python;
    QComboBox *m_torch;
    QComboBox *m_cuda;
    QLabel *m_warnings;
    QTextBrowser *m_details;
    bool m_filling = false;
};

} // namespace tgs::ui
