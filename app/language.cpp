#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tgs::app {

QString chooseLanguage(const QString &requested)
{
    const QString lang = requested.trimmed();
    if (lang.compare(QStringLiteral("en"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("en");
    if (lang.startsWith(QStringLiteral("zh"), Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese && system.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    // Texts that come with data (the knowledge base) follow the default locale.
    QLocale::setDefault(
        QLocale(language == QStringLiteral("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en_US")));
    auto *own = new QTranslator(&app);
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/torchgpu-setup_%1.qm").arg(language));
    if (ownLoaded)
        app.installTranslator(own);

    if (language != QStringLiteral("en")) {
        auto *qt = new QTranslator(&app);
        const QStringList dirs{QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
        for (const QString &dir : dirs) {
            if (qt->load(QStringLiteral("qtbase_%1").arg(language), dir)) {
                app.installTranslator(qt);
                break;
            }
        }
    }
    return ownLoaded;
}

} // namespace tgs::app
