#pragma once

#include "wizardstate.h"

#include <core/install/installrunner.h>
#include <core/install/mirrorprobe.h>
#include <core/install/mirrors.h>

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace tgs::ui {

// Shows the exact commands, checks them (preflight), then runs them with live output, a
// Cancel that stops the whole process tree, and Retry for a failed step. Complete once the
// install has succeeded.
class InstallPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InstallPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildPlan();
    std::optional<Result<Plan>> fixPlan() const;
    void showPlan(const Result<Plan> &plan);
    void startInstall();
    void runPreflight(const QList<MirrorLatency> &latency);
    void setRunning(bool running);
    void showStatus(const QString &html);

    WizardState *m_state;
    InstallRunner *m_runner;
    std::optional<Plan> m_plan;
    MirrorProbe *m_probe;
    Result<MirrorCatalog> m_catalog;
    bool m_succeeded = false;
    bool m_planFromFix = false; // the plan shown is the doctor's fix, not the recommendation's
    QLineEdit *m_envName;
    QComboBox *m_mirror;
    QComboBox *m_existing; // shown when the environment exists: reuse, replace or rename
    QFormLayout *m_form;
    QPlainTextEdit *m_commands;
    QPushButton *m_install;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_output;
};

} // namespace tgs::ui
