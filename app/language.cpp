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
    // A switch at run time replaces what an earlier call installed.
    for (QTranslator *old :
         app.findChildren<QTranslator *>(QStringLiteral("tgsTranslator"), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("tgsTranslator"));
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/torchgpu-setup_%1.qm").arg(language));
    if (ownLoaded)
        app.installTranslator(own);

    if (language != QStringLiteral("en")) {
        auto *qt = new QTranslator(&app);
        qt->setObjectName(QStringLiteral("tgsTranslator"));
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
