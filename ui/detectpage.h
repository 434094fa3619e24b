#pragma once

#include "wizardstate.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tgs {
class Detector;
}

namespace tgs::ui {

// Runs detection when shown: live log of every probe, status in the page, results as a tree.
// Incomplete until detection has finished; Back or Cancel stops it.
class DetectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DetectPage(WizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void startDetection();
    void cancelDetection();
    void showEnvironment(const Environment &environment, bool done);
    void showTorchEnvironments(const Environment &environment);
    void showSummary(const Environment &environment);
    void checkChosenEnvironment();

    WizardState *m_state;
    Detector *m_detector = nullptr;
    QLabel *m_status;
    QTreeWidget *m_results;
    QLabel *m_problems;
    QPlainTextEdit *m_log;
    QPushButton *m_again;
    QPushButton *m_cancel;
    Environment m_shown;   // what the page shows now (also while detecting), for "Copy all as text"
    QLabel *m_summary;     // what was found, in sentences with ✓/⚠/✗, above the details
    QComboBox *m_existing; // the Pythons with a torch, to check one without installing anything
    QPushButton *m_check;
    bool m_goVerify = false;
};

} // namespace tgs::ui
