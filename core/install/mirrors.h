#pragma once

#include <core/base/result.h>
#include <core/kb/knowledgebase.h>

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace tgs {

// Where packages come from: the official sources, or a mirror for users in mainland China.
// resources/mirrors.json says, per mirror, which conda channels, which PyPI index and which
// PyTorch wheel folders it carries — null where it does not (most do not carry `nvidia`).
struct Mirror
{
    QString id; // official, tuna, ustc, bfsu, sjtu, aliyun
    LocalizedText name;
    QMap<QString, QString> condaChannels; // channel name → URL; missing: not mirrored
    QString pypiIndex;
    QString pytorchWheels;     // base: + "/cu124"
    QString pytorchWheelsMode; // "index-url" or "find-links"
    QString miniforgeDownloads;
    QString probeUrl;

    bool isOfficial() const { return id == QStringLiteral("official"); }
    // The URL (or, for the official sources, the plain name) to pass to `-c` for a channel;
    // empty when this mirror does not carry it.
    QString channel(const QString &name) const;
};

struct MiniforgeFile
{
    QString name;
    QString sha256;
};

struct MirrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(tgs::MirrorCatalog)

public:
    QString dataDate;
    QList<Mirror> mirrors;
    QString miniforgeVersion;
    MiniforgeFile miniforgeWindows;
    MiniforgeFile miniforgeLinux;
    QString miniforgeGithub;

    const Mirror *mirror(const QString &id) const;
    QStringList ids() const;

    static Result<MirrorCatalog> fromJson(const QByteArray &bytes, const QString &origin);
    static Result<MirrorCatalog> embedded();
    // The file named by TGS_MIRRORS_FILE (an organisation's own mirrors), else the embedded one.
    static Result<MirrorCatalog> load();
};

} // namespace tgs
