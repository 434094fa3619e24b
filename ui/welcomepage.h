#pragma once

#include <QWizardPage>

namespace tgs::ui {

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    int nextId() const override;
};

} // namespace tgs::ui
