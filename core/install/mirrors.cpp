#include <core/install/mirrors.h>

#include <core/base/boundedfile.h>
#include <core/base/jsonreader.h>

#include <QFile>

namespace tgs {

QString Mirror::channel(const QString &channelName) const
{
    // The official channels go by their plain names, as the guide and the conda docs write them.
    if (isOfficial())
        return condaChannels.contains(channelName) && channelName != QStringLiteral("main")
                       && channelName != QStringLiteral("r") && channelName != QStringLiteral("msys2")
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

namespace {

using json = nlohmann::json;

Mirror readMirror(JsonReader &r, const json &m, const QString &at)
{
    Mirror mirror;
    if (!r.isObject(&m, at))
        return mirror;
    r.onlyKeys(m, at,
               {"id", "name", "conda_channels", "pypi_index", "pytorch_wheels", "pytorch_wheels_mode",
                "miniforge_downloads", "probe_path", "notes", "sources"});
    mirror.id = r.string(m, at, "id");
    mirror.name = r.localized(m, at, "name");
    if (const json *channels = r.member(m, at, "conda_channels", false);
        channels && r.isObject(channels, at + QStringLiteral("/conda_channels"))) {
        for (auto it = channels->begin(); it != channels->end(); ++it) {
            // null: the mirror does not carry that channel
            const QString url = r.string(*channels, at + QStringLiteral("/conda_channels"), it.key().c_str(), true);
            if (!url.isEmpty())
                mirror.condaChannels.insert(QString::fromStdString(it.key()), url);
        }
    }
    auto optional
        = [&](const char *key) { return r.member(m, at, key, false) ? r.string(m, at, key, true) : QString(); };
    mirror.pypiIndex = optional("pypi_index");
    mirror.pytorchWheels = optional("pytorch_wheels");
    mirror.pytorchWheelsMode = optional("pytorch_wheels_mode");
    mirror.miniforgeDownloads = optional("miniforge_downloads");
    mirror.probeUrl = optional("probe_path");
    if (!mirror.pytorchWheels.isEmpty() && mirror.pytorchWheelsMode != QStringLiteral("index-url")
        && mirror.pytorchWheelsMode != QStringLiteral("find-links"))
        r.fail(at + QStringLiteral("/pytorch_wheels_mode"),
               MirrorCatalog::tr("expected \"index-url\" or \"find-links\""));
    return mirror;
}

MiniforgeFile readMiniforgeFile(JsonReader &r, const json &files, const QString &at, const char *os)
{
    const json *file = r.member(files, at, os);
    const QString fileAt = at + u'/' + QLatin1String(os);
    if (!r.isObject(file, fileAt))
        return {};
    r.onlyKeys(*file, fileAt, {"name", "sha256"});
    return {r.string(*file, fileAt, "name"), r.string(*file, fileAt, "sha256").toLower()};
}

} // namespace

Result<MirrorCatalog> MirrorCatalog::fromJson(const QByteArray &bytes, const QString &origin)
{
    const Result<json> parsed = JsonReader::parse(bytes, origin);
    if (!parsed)
        return parsed.error();
    const json &doc = *parsed;
    JsonReader r(origin);
    if (!r.isObject(&doc, QString()))
        return r.error();
    r.onlyKeys(doc, QString(), {"schema_version", "data_date", "sources", "mirrors", "miniforge"});
    r.exactInteger(doc, QString(), "schema_version", 1);
    MirrorCatalog catalog;
    catalog.dataDate = r.string(doc, QString(), "data_date");
    const json *mirrors = r.member(doc, QString(), "mirrors");
    if (r.isArray(mirrors, QStringLiteral("/mirrors"), true)) {
        for (size_t i = 0; i < mirrors->size() && !r.failed(); ++i)
            catalog.mirrors.append(readMirror(r, (*mirrors)[i], QStringLiteral("/mirrors/%1").arg(i)));
    }
    if (!r.failed() && catalog.mirrors.first().id != QStringLiteral("official"))
        r.fail(QStringLiteral("/mirrors/0/id"), tr("the first entry must be \"official\""));

    const json *miniforge = r.member(doc, QString(), "miniforge");
    if (r.isObject(miniforge, QStringLiteral("/miniforge"))) {
        r.onlyKeys(*miniforge, QStringLiteral("/miniforge"),
                   {"version", "github_download", "files", "sources", "notes"});
        catalog.miniforgeVersion = r.string(*miniforge, QStringLiteral("/miniforge"), "version");
        catalog.miniforgeGithub = r.string(*miniforge, QStringLiteral("/miniforge"), "github_download");
        const json *files = r.member(*miniforge, QStringLiteral("/miniforge"), "files");
        if (r.isObject(files, QStringLiteral("/miniforge/files"))) {
            catalog.miniforgeWindows = readMiniforgeFile(r, *files, QStringLiteral("/miniforge/files"), "windows");
            catalog.miniforgeLinux = readMiniforgeFile(r, *files, QStringLiteral("/miniforge/files"), "linux");
        }
    }
    if (r.failed())
        return r.error();
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
    // mirrors.json is ~20 KiB; a mirror list has no reason to pass 256 KiB.
    const Result<QByteArray> bytes = BoundedFile::read(path, 256 * 1024);
    if (!bytes)
        return Error{tr("TGS_MIRRORS_FILE: %1").arg(bytes.error().message)};
    return fromJson(*bytes, path);
}

} // namespace tgs
