#pragma once

#include <QString>

class QCoreApplication;

namespace tgs::app {

// "zh_CN" or "en": the --lang value if given, else the system locale (any Simplified Chinese
// locale — zh_CN, zh-Hans-CN, zh_SG — is zh_CN; everything else is English).
QString chooseLanguage(const QString &requested);

// Installs the app's own catalogue (embedded under :/i18n) and Qt's qtbase catalogue, so that
// QWizard's Back/Next/Cancel/Finish follow the language too. Returns false if the app's own
// catalogue could not be loaded (English needs none).
bool installTranslators(QCoreApplication &app, const QString &language);

} // namespace tgs::app
