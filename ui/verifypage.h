#pragma once

#include "wizardstate.h"

#include <core/verify/report.h>

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tgs {
class Verifier;
}

namespace tgs::ui {

// The last page: runs the verification in the chosen environment as soon as it is shown and says, large and
// clear, which torch, CUDA and cuDNN it has, whether each GPU computes correctly, and what to do if not.
class VerifyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VerifyPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void startVerification();
    void showVerification(const Verification &v);
    QString diagnostics() const; // the report as Markdown, for the clipboard
    ReportInput reportInput() const;
    void showFindings(const QList<Finding> &findings);
    void applyFix(const Fix &fix);
    void saveReport();

    WizardState *m_state;
    Verifier *m_verifier;
    QLabel *m_status;
    QLabel *m_torch;
    QLabel *m_cuda;
    QLabel *m_cudnn;
    QLabel *m_verdict;
    QLabel *m_devices;
    QLabel *m_details;
    QWidget *m_findings; // one row per doctor's finding, with a button for a fix the wizard can carry out
    QPlainTextEdit *m_output;
    QPushButton *m_again;
    QPushButton *m_stop;
    QPushButton *m_save;
    QPushButton *m_copy;
    QPushButton *m_openLogs;
};

} // namespace tgs::ui
