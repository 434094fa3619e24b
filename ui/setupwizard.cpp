#include "setupwizard.h"

#include "detectpage.h"
#include "installpage.h"
#include "recommendpage.h"
#include "verifypage.h"
#include "welcomepage.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

namespace tgs::ui {

SetupWizard::SetupWizard(const DetectionOptions &options, const KnowledgeBase &kb, QWidget *parent)
    : QWizard(parent)
{
    m_state.detectionOptions = options;
    m_state.kb = kb;
    // The install page reads the user's own conda and pip configuration as it is built: the platform first.
    m_install = new InstallPage(&m_state);
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("TorchGPU Setup"));
    // The platform's own wizard style (Aero on Windows, the Mac style on macOS); Modern where Qt's default would
    // be the plain Classic one.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    setWizardStyle(QWizard::ModernStyle);
#endif
    QIcon icon(QStringLiteral(":/tgs/torchgpu-setup-256.png"));
    icon.addFile(QStringLiteral(":/tgs/torchgpu-setup-48.png"));
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, QPixmap(QStringLiteral(":/tgs/torchgpu-setup-48.png")));
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *welcome = new WelcomePage;
    connect(welcome, &WelcomePage::languageRequested, this, &SetupWizard::languageRequested);
    setPage(WelcomePageId, welcome);
    setPage(DetectPageId, new DetectPage(&m_state));
    setPage(RecommendPageId, new RecommendPage(&m_state));
    setPage(InstallPageId, m_install);
    setPage(VerifyPageId, new VerifyPage(&m_state));
    setStartId(WelcomePageId);
    // The last size and place (Qt moves and shrinks it onto the screen if that has changed); else a size that fits
    // this screen's free area, centred in it.
    // Before it is shown a window has no screen of its own: it opens on the primary one.
    const QScreen *primary = QGuiApplication::primaryScreen();
    if (!restoreGeometry(QSettings().value(QStringLiteral("ui/geometry")).toByteArray()) && primary) {
        const QRect available = primary->availableGeometry();
        resize(fittedSize(kPreferredSize, minimumSizeHint(), available));
        // Centred; never with its title bar above the free area.
        const QPoint centred = available.center() - QPoint(width() / 2, (height() + kFrameAllowance.height()) / 2);
        move(qMax(centred.x(), available.left()), qMax(centred.y(), available.top()));
    }
    connect(m_install, &InstallPage::idle, this, [this] {
        if (m_leaving)
            QWizard::reject();
    });
}

void SetupWizard::reject()
{
    if (!m_install->isBusy()) {
        QWizard::reject();
        return;
    }
    if (m_leaving || !askToStop())
        return;
    m_leaving = true;
    m_install->stop(); // idle() then closes the wizard, after the log has its last line
}

void SetupWizard::done(int result)
{
    // Finish (accept) cannot be pressed while something runs; this guards any other way to get here.
    if (result == QDialog::Accepted && m_install->isBusy())
        return;
    QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QWizard::done(result);
}

QSize SetupWizard::fittedSize(QSize preferred, QSize minimum, const QRect &available)
{
    return preferred.boundedTo(available.size() - kFrameAllowance).expandedTo(minimum);
}

bool SetupWizard::askToStop()
{
    // The question in the box itself, not only in its title: some window systems show no title on a dialog.
    QMessageBox question(QMessageBox::Question, tr("Stop the installation?"),
                         QStringLiteral("<b>%1</b>").arg(tr("Stop the installation?").toHtmlEscaped()),
                         QMessageBox::NoButton, this);
    question.setInformativeText(
        tr("The installation is still running. If you stop it now, the command that is running "
           "is ended and nothing else runs; what it downloaded may have to be downloaded again. "
           "You can continue it later with Retry."));
    question.setObjectName(QStringLiteral("stopInstallQuestion"));
    QPushButton *stop = question.addButton(tr("&Stop and close"), QMessageBox::DestructiveRole);
    stop->setObjectName(QStringLiteral("stopInstallYes"));
    QPushButton *keep = question.addButton(tr("&Keep installing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("stopInstallNo"));
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == stop;
}

} // namespace tgs::ui
