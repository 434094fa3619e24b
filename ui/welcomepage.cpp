#include "welcomepage.h"

#include "setupwizard.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tgs::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("Set up PyTorch with GPU support"));
    setSubTitle(tr("This wizard finds out what your PC has, chooses the PyTorch build that fits it, "
                   "installs it and checks that it really uses the GPU."));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("welcomeText"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setText(tr("<p>First it looks at this computer:</p>"
                      "<ul>"
                      "<li>the NVIDIA graphics card and its driver;</li>"
                      "<li>the highest CUDA version the driver can run;</li>"
                      "<li>conda and its environments, and every Python it can find;</li>"
                      "<li>installed CUDA toolkits and cuDNN, and any PyTorch already there.</li>"
                      "</ul>"
                      "<p>Nothing is installed or changed until you say so.</p>"
                      "<p><b>Three different \"CUDA versions\":</b> the one <i>nvidia-smi</i> shows is the "
                      "highest your driver supports; <i>nvcc</i> shows an installed CUDA toolkit; "
                      "<i>torch.version.cuda</i> is the CUDA that PyTorch was built with. PyTorch brings its "
                      "own CUDA runtime, so it needs only a new enough driver.</p>"));

    // Each language in its own name, so that a user who cannot read the current one still finds theirs.
    auto *language = new QComboBox(this);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->setCurrentIndex(QLocale().language() == QLocale::Chinese ? 0 : 1);
    connect(language, &QComboBox::activated, this,
            [this, language](int index) { emit languageRequested(language->itemData(index).toString()); });
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language / 语言:"), this);
    languageLabel->setBuddy(language);
    languageRow->addStretch();
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(language);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(intro);
    layout->addStretch();
}

int WelcomePage::nextId() const
{
    return SetupWizard::DetectPageId;
}

} // namespace tgs::ui
