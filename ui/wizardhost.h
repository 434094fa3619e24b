#pragma once

#include "setupwizard.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tgs::ui {

// Owns the wizard window. A language switch on the welcome page is applied at once: the translators are
// replaced and the wizard is built again in the new language, at the same place and size (nothing has been
// detected or chosen yet on that page, so nothing is lost). The window's size and the language are remembered.
class WizardHost : public QObject
{
    Q_OBJECT

public:
    using LanguageSwitch = std::function<void(const QString &language)>;

    WizardHost(const DetectionOptions &options, const KnowledgeBase &kb, LanguageSwitch applyLanguage,
               QObject *parent = nullptr);
    ~WizardHost() override;

    SetupWizard *wizard() const { return m_wizard; }
    void show();

    // The language saved by an earlier switch ("zh_CN", "en"), or empty.
    static QString savedLanguage();

signals:
    void wizardReplaced(tgs::ui::SetupWizard *wizard);

private:
    void build();
    void switchLanguage(const QString &language);

    DetectionOptions m_options;
    KnowledgeBase m_kb;
    LanguageSwitch m_applyLanguage;
    QPointer<SetupWizard> m_wizard;
};

} // namespace tgs::ui
