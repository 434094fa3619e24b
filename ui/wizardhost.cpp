#include "wizardhost.h"

#include <QSettings>

namespace tgs::ui {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

WizardHost::WizardHost(const DetectionOptions &options, const KnowledgeBase &kb, LanguageSwitch applyLanguage,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_kb(kb)
    , m_applyLanguage(std::move(applyLanguage))
{
    build();
}

WizardHost::~WizardHost()
{
    delete m_wizard;
}

QString WizardHost::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void WizardHost::show()
{
    m_wizard->show();
}

void WizardHost::build()
{
    m_wizard = new SetupWizard(m_options, m_kb);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_wizard, &SetupWizard::languageRequested, this, &WizardHost::switchLanguage, Qt::QueuedConnection);
}

void WizardHost::switchLanguage(const QString &language)
{
    const QRect geometry = m_wizard->geometry();
    const bool visible = m_wizard->isVisible();
    QSettings().setValue(kLanguageKey, language);
    m_applyLanguage(language);
    SetupWizard *old = m_wizard;
    build();
    m_wizard->setGeometry(geometry);
    if (visible)
        m_wizard->show();
    old->hide();
    old->deleteLater();
    emit wizardReplaced(m_wizard);
}

} // namespace tgs::ui
