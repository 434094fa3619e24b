#pragma once

#include "wizardstate.h"

#include <core/install/installrunner.h>
#include <core/install/mirrorprobe.h>
#include <core/install/mirrors.h>
#include <core/install/preflightdecision.h>
#include <core/install/transferprogress.h>

#include <QElapsedTimer>
#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace tgs::ui {

class LiveConsole;

// Shows the exact commands, checks them (preflight), then runs them with live output and download progress,
// a Stop that ends the whole process tree, and Retry for a failed step. Complete once the install has
// succeeded. While anything runs, Back is disabled and leaving the wizard asks first (SetupWizard::reject).
class InstallPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit InstallPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // Checking the download source or running a step.
    bool isBusy() const;
    // Stops what runs; idle() follows once everything has ended and the log has its last line.
    void stop();

signals:
    void idle();

protected:
    void showEvent(QShowEvent *event) override;
    // Enter presses Install (while the page has nothing to install, it goes on to the dialog: Next).
    void keyPressEvent(QKeyEvent *event) override;

private:
    void connectRunner();
    void chooseDefaultMirror();
    void rebuildPlan();
    std::optional<Result<Plan>> fixPlan() const;
    void showPlan(const Result<Plan> &plan);
    void showCommands(const Plan &plan);
    void showExistingChoice();
    void startInstall();
    void runPreflight(const QList<MirrorLatency> &latency);
    void runFinished(bool ok);
    void showTransfer(int index, const TransferProgress &progress);
    void setRunning(bool running);
    void showStatus(const QString &html);
    PreflightAnswers answers() const;
    void startSurvey();
    void showSurvey(const QList<MirrorLatency> &results);
    QString chosenMirror() const; // the source id the plan uses ("Fastest" resolved)

    WizardState *m_state;
    InstallRunner *m_runner;
    std::optional<Plan> m_plan;
    MirrorProbe *m_probe; // the chosen source, checked before installing
    MirrorProbe *m_scan;  // every source, measured when the page opens
    QString m_fastest;
    bool m_surveyed = false;
    bool m_installAfterScan = false;
    Result<MirrorCatalog> m_catalog;
    QList<MirrorLatency> m_latency; // the last check of the download source
    bool m_succeeded = false;
    bool m_stopping = false;
    bool m_planFromFix = false; // the plan shown is the doctor's fix, not the recommendation's
    TransferProgressReader m_transfer;
    QElapsedTimer m_rateClock;
    qint64 m_rateBytes = -1;
    double m_rate = -1;     // bytes per second, smoothed
    QStringList m_stepTail; // the last lines of the running step, shown under a failure
    QLineEdit *m_envName;
    QComboBox *m_mirror;
    QLabel *m_mirrorNote;  // why "Fastest" is the default, when the user's own configuration is the reason
    QComboBox *m_existing; // shown when the environment exists: reuse, replace or rename
    QFormLayout *m_form;
    QPlainTextEdit *m_commands;
    QPushButton *m_copy;
    QPushButton *m_install;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_openLog;
    QProgressBar *m_progress;
    QLabel *m_status;
    LiveConsole *m_output;
};

} // namespace tgs::ui
