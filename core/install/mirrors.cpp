#include <core/install/mirrors.h>

#include <core/base/jsonutil.h>

#include <QFile>

namespace tgs {



QString Mirror::channel(const QString &channelName) const
{
    // The official channels go by their plain names, as the guide and the conda docs write them.
    if (isOfficial())
        return condaChannels.contains(channelName) && channelName != QStringLiteral("main") && channelName != QStringLiteral("r")
                       && channelName != QStringLiteral("msys2")
                   ? channelName
                   : condaChannels.value(channelName);
    return condaChannels.value(channelName);
}

const Mirror *MirrorCatalog::mirror(const QString &id) const
{
    for (const Mirror &m : mirrors) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QStringList MirrorCatalog::ids() const
{
    QStringList list;
    for (const Mirror &m : mirrors)
        list << m.id;
    return list;
}

Result<MirrorCatalog> MirrorCatalog::fromJson(const QByteArray &bytes, const QString &origin)
{
    const nlohmann::json doc = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    auto fail = [&origin](const QString &pointer, const QString &reason) {
        return Error{QStringLiteral("%1: %2: %3").arg(origin, pointer, reason)};
    };
    if (doc.is_discarded() || !doc.is_object())
        return fail(QStringLiteral("/"), tr("not valid JSON"));
    if (!doc.contains("schema_version") || doc["schema_version"] != 1)
        return fail(QStringLiteral("/schema_version"), tr("this program reads schema version 1"));
    const auto mirrors = doc.find("mirrors");
    if (mirrors == doc.end() || !mirrors->is_array() || mirrors->empty())
        return fail(QStringLiteral("/mirrors"), tr("expected a non-empty array"));

    MirrorCatalog catalog;
    catalog.dataDate = json::string(doc, "data_date");
    for (size_t i = 0; i < mirrors->size(); ++i) {
        const nlohmann::json &m = (*mirrors)[i];
        const QString at = QStringLiteral("/mirrors/%1").arg(i);
        if (!m.is_object() || json::string(m, "id").isEmpty())
            return fail(at, tr("expected an object with an \"id\""));
        Mirror mirror;
        mirror.id = json::string(m, "id");
        if (m.contains("name") && m["name"].is_object())
            mirror.name = {json::string(m["name"], "en"), json::string(m["name"], "zh_CN")};
        if (mirror.name.en.isEmpty() || mirror.name.zhCN.isEmpty())
            return fail(at + QStringLiteral("/name"), tr("needs \"en\" and \"zh_CN\""));
        if (m.contains("conda_channels") && m["conda_channels"].is_object()) {
            for (auto it = m["conda_channels"].begin(); it != m["conda_channels"].end(); ++it) {
                if (it->is_string())
                    mirror.condaChannels.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
            }
        }
        mirror.pypiIndex = json::string(m, "pypi_index");
        mirror.pytorchWheels = json::string(m, "pytorch_wheels");
        mirror.pytorchWheelsMode = json::string(m, "pytorch_wheels_mode");
        mirror.miniforgeDownloads = json::string(m, "miniforge_downloads");
        mirror.probeUrl = json::string(m, "probe_path");
        if (!mirror.pytorchWheels.isEmpty() && mirror.pytorchWheelsMode != QStringLiteral("index-url")
            && mirror.pytorchWheelsMode != QStringLiteral("find-links"))
            return fail(at + QStringLiteral("/pytorch_wheels_mode"), tr("expected \"index-url\" or \"find-links\""));
        catalog.mirrors.append(mirror);
    }
    if (catalog.mirrors.first().id != QStringLiteral("official"))
        return fail(QStringLiteral("/mirrors/0/id"), tr("the first entry must be \"official\""));

    const auto miniforge = doc.find("miniforge");
    if (miniforge == doc.end() || !miniforge->is_object())
        return fail(QStringLiteral("/miniforge"), tr("expected an object"));
    catalog.miniforgeVersion = json::string(*miniforge, "version");
    catalog.miniforgeGithub = json::string(*miniforge, "github_download");
    if (miniforge->contains("files") && (*miniforge)["files"].is_object()) {
        const nlohmann::json &files = (*miniforge)["files"];
        if (files.contains("windows"))
            catalog.miniforgeWindows = {json::string(files["windows"], "name"), json::string(files["windows"], "sha256").toLower()};
        if (files.contains("linux"))
            catalog.miniforgeLinux = {json::string(files["linux"], "name"), json::string(files["linux"], "sha256").toLower()};
    }
    if (catalog.miniforgeVersion.isEmpty() || catalog.miniforgeLinux.name.isEmpty() || catalog.miniforgeWindows.name.isEmpty())
        return fail(QStringLiteral("/miniforge"), tr("needs a version and the Windows and Linux file names"));
    return catalog;
}

Result<MirrorCatalog> MirrorCatalog::embedded()
{
    QFile file(QStringLiteral(":/tgs/mirrors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The built-in mirror list is missing from this build.")};
    return fromJson(file.readAll(), QStringLiteral("mirrors.json"));
}

Result<MirrorCatalog> MirrorCatalog::load()
{
    const QString path = qEnvironmentVariable("TGS_MIRRORS_FILE");
    if (path.isEmpty())
        return embedded();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 (TGS_MIRRORS_FILE) cannot be read: %2").arg(path, file.errorString())};
    return fromJson(file.readAll(), path);
}

} // namespace tgs
