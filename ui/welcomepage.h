#pragma once

#include <QWizardPage>

namespace tgs::ui {

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    int nextId() const override;

signals:
    // The user picked the other language: SetupWizard passes it on, WizardHost applies it.
    void languageRequested(const QString &language);
};

} // namespace tgs::ui
