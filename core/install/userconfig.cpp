#include <core/install/userconfig.h>

#include <core/base/boundedfile.h>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace tgs {

const SourceSetting *UserSources::firstChinese() const
{
    for (const SourceSetting &setting : settings) {
        if (setting.chinese)
            return &setting;
    }
    return nullptr;
}

namespace UserConfig {

namespace {

constexpr qint64 kMaxConfigBytes = 256 * 1024;

// Mirrors in mainland China beyond the catalog's own (whose hosts count too, see classify()). An
// organisation's TGS_MIRRORS_FILE may lack the university mirrors, so they are listed here as well.
const QStringList kChineseMirrorHosts{
    QStringLiteral("mirrors.tuna.tsinghua.edu.cn"),
    QStringLiteral("pypi.tuna.tsinghua.edu.cn"),
    QStringLiteral("mirrors.ustc.edu.cn"),
    QStringLiteral("mirrors.bfsu.edu.cn"),
    QStringLiteral("mirror.sjtu.edu.cn"),
    QStringLiteral("mirrors.sjtug.sjtu.edu.cn"),
    QStringLiteral("mirrors.aliyun.com"),
    QStringLiteral("mirrors.cloud.tencent.com"),
    QStringLiteral("mirrors.tencent.com"),
    QStringLiteral("repo.huaweicloud.com"),
    QStringLiteral("mirrors.huaweicloud.com"),
    QStringLiteral("pypi.douban.com"),
    QStringLiteral("pypi.doubanio.com"),
    QStringLiteral("mirrors.163.com"),
    QStringLiteral("mirror.nju.edu.cn"),
    QStringLiteral("mirrors.nju.edu.cn"),
    QStringLiteral("mirrors.zju.edu.cn"),
    QStringLiteral("mirrors.sustech.edu.cn"),
};

SourceSetting setting(SourceSetting::Tool tool, const QString &origin, const QString &key, const QString &url)
{
    SourceSetting made;
    made.tool = tool;
    made.origin = origin;
    made.key = key;
    made.url = url;
    return made;
}

bool onHost(const QString &host, const QString &known)
{
    return host == known || host.endsWith(u'.' + known);
}

QStringList catalogHosts(const Mirror &mirror)
{
    QStringList urls = mirror.condaChannels.values();
    urls << mirror.pypiIndex << mirror.pytorchWheels << mirror.miniforgeDownloads << mirror.probeUrl;
    QStringList hosts;
    for (const QString &url : std::as_const(urls)) {
        const QString host = QUrl(url).host().toLower();
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

QString programData(const Platform &platform)
{
    const QString value = platform.env(QStringLiteral("ProgramData"));
    return value.isEmpty() ? QStringLiteral("C:\\ProgramData") : value;
}

// The folder two levels above conda's program (<root>/bin/conda, <root>\Scripts\conda.exe): CONDA_ROOT.
QString condaRoot(const Platform &platform)
{
    if (const QString root = platform.env(QStringLiteral("CONDA_ROOT")); !root.isEmpty())
        return root;
    QString exe = platform.env(QStringLiteral("CONDA_EXE"));
    if (exe.isEmpty())
        return {};
    exe.replace(u'\\', u'/');
    QString root = exe.section(u'/', 0, -3);
    return platform.isWindows() ? root.replace(u'/', u'\\') : root;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

// The three names conda looks for in a folder: .condarc, condarc and the condarc.d folder.
void addCondaFolder(QStringList &list, const Platform &platform, const QString &dir)
{
    if (dir.isEmpty())
        return;
    for (const char *name : {".condarc", "condarc", "condarc.d"})
        appendUnique(list, platform.join(dir, QLatin1String(name)));
}

QStringList expandCondarc(const QString &path)
{
    const QFileInfo info(path);
    if (!path.endsWith(QStringLiteral("condarc.d")) || !info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

struct PipFile
{
    QString path;
    QList<Entry> entries;
};

// The setting pip would use for `name`: an environment variable beats every file; [install] beats
// [global]; a file loaded later beats one loaded earlier.
std::optional<SourceSetting> pipSetting(const Platform &platform, const QList<PipFile> &files, const QString &name)
{
    QString variable = QStringLiteral("PIP_") + QString(name).toUpper().replace(u'-', u'_');
    if (const QString value = platform.env(variable); !value.trimmed().isEmpty())
        return setting(SourceSetting::Tool::Pip, variable, name, value.trimmed());
    for (const char *section : {"install", "global"}) {
        const QString key = QLatin1String(section) + u'/' + name;
        for (auto file = files.crbegin(); file != files.crend(); ++file) {
            for (auto entry = file->entries.crbegin(); entry != file->entries.crend(); ++entry) {
                if (entry->key == key && !entry->value.trimmed().isEmpty())
                    return setting(SourceSetting::Tool::Pip, file->path, name, entry->value.trimmed());
            }
        }
    }
    return std::nullopt;
}

} // namespace

QStringList condarcPaths(const Platform &platform)
{
    QStringList list;
    if (platform.isWindows()) {
        addCondaFolder(list, platform, platform.join(programData(platform), QStringLiteral("conda")));
    } else {
        addCondaFolder(list, platform, platform.unixPath(QStringLiteral("/etc/conda")));
        addCondaFolder(list, platform, platform.unixPath(QStringLiteral("/var/lib/conda")));
    }
    addCondaFolder(list, platform, condaRoot(platform));
    if (const QString xdg = platform.env(QStringLiteral("XDG_CONFIG_HOME")); !xdg.isEmpty())
        addCondaFolder(list, platform, platform.join(xdg, QStringLiteral("conda")));
    if (!platform.homeDir.isEmpty()) {
        addCondaFolder(list, platform, platform.join(platform.homeDir, QStringLiteral(".config/conda")));
        addCondaFolder(list, platform, platform.join(platform.homeDir, QStringLiteral(".conda")));
        appendUnique(list, platform.join(platform.homeDir, QStringLiteral(".condarc")));
    }
    addCondaFolder(list, platform, platform.env(QStringLiteral("CONDA_PREFIX")));
    appendUnique(list, platform.env(QStringLiteral("CONDARC")));
    return list;
}

QStringList pipConfigPaths(const Platform &platform)
{
    const QString configFile = platform.env(QStringLiteral("PIP_CONFIG_FILE"));
    if (platform.isWindows() ? configFile.compare(QStringLiteral("nul"), Qt::CaseInsensitive) == 0
                             : configFile == QStringLiteral("/dev/null"))
        return {};
    QStringList list;
    const QString home = platform.homeDir;
    const QString venv = platform.env(QStringLiteral("VIRTUAL_ENV"));
    // pip reads no user file when PIP_CONFIG_FILE names one that exists.
    const bool userFiles = configFile.isEmpty() || !QFileInfo::exists(configFile);
    if (platform.isWindows()) {
        appendUnique(list, platform.join(programData(platform), QStringLiteral("pip\\pip.ini")));
        if (userFiles) {
            if (!home.isEmpty())
                appendUnique(list, platform.join(home, QStringLiteral("pip\\pip.ini")));
            if (const QString appData = platform.env(QStringLiteral("APPDATA")); !appData.isEmpty())
                appendUnique(list, platform.join(appData, QStringLiteral("pip\\pip.ini")));
        }
        if (!venv.isEmpty())
            appendUnique(list, platform.join(venv, QStringLiteral("pip.ini")));
    } else {
        if (platform.os == Platform::Os::MacOS) {
            appendUnique(list, platform.unixPath(QStringLiteral("/Library/Application Support/pip/pip.conf")));
        } else {
            QString dirs = platform.env(QStringLiteral("XDG_CONFIG_DIRS"));
            for (const QString &dir :
                 (dirs.isEmpty() ? QStringLiteral("/etc/xdg") : dirs).split(u':', Qt::SkipEmptyParts))
                appendUnique(list, platform.unixPath(dir + QStringLiteral("/pip/pip.conf")));
            appendUnique(list, platform.unixPath(QStringLiteral("/etc/pip.conf")));
        }
        if (userFiles && !home.isEmpty()) {
            appendUnique(list, platform.join(home, QStringLiteral(".pip/pip.conf")));
            const QString macDir = platform.join(home, QStringLiteral("Library/Application Support/pip"));
            const QString xdg = platform.env(QStringLiteral("XDG_CONFIG_HOME"));
            if (platform.os == Platform::Os::MacOS && QFileInfo(macDir).isDir())
                appendUnique(list, platform.join(macDir, QStringLiteral("pip.conf")));
            else
                appendUnique(list, platform.join(xdg.isEmpty() ? platform.join(home, QStringLiteral(".config")) : xdg,
                                                 QStringLiteral("pip/pip.conf")));
        }
        if (!venv.isEmpty())
            appendUnique(list, platform.join(venv, QStringLiteral("pip.conf")));
    }
    appendUnique(list, configFile); // loaded last: it overrides the files above
    return list;
}

SourceSetting classify(SourceSetting found, const MirrorCatalog &catalog)
{
    found.host = QUrl(found.url).host().toLower();
    if (found.host.isEmpty())
        return found;
    for (const Mirror &mirror : catalog.mirrors) {
        if (mirror.isOfficial())
            continue;
        for (const QString &host : catalogHosts(mirror)) {
            if (onHost(found.host, host)) {
                found.mirrorId = mirror.id;
                found.chinese = true;
                return found;
            }
        }
    }
    for (const QString &host : kChineseMirrorHosts) {
        if (onHost(found.host, host))
            found.chinese = true;
    }
    return found;
}

UserSources read(const Platform &platform, const MirrorCatalog &catalog)
{
    UserSources sources;
    for (const QString &candidate : condarcPaths(platform)) {
        for (const QString &path : expandCondarc(candidate)) {
            const Result<QByteArray> bytes = BoundedFile::read(path, kMaxConfigBytes);
            if (!bytes)
                continue;
            for (const Entry &entry : parseCondarc(*bytes))
                sources.settings << classify(setting(SourceSetting::Tool::Conda, path, entry.key, entry.value),
                                             catalog);
        }
    }
    QList<PipFile> files;
    for (const QString &path : pipConfigPaths(platform)) {
        if (const Result<QByteArray> bytes = BoundedFile::read(path, kMaxConfigBytes))
            files.append({path, parsePipConfig(*bytes)});
    }
    for (const QString &name : {QStringLiteral("index-url"), QStringLiteral("extra-index-url")}) {
        const std::optional<SourceSetting> found = pipSetting(platform, files, name);
        if (!found)
            continue;
        // extra-index-url holds any number of URLs, one per line or separated by blanks.
        for (const QString &url : found->url.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
            SourceSetting one = *found;
            one.url = url;
            sources.settings << classify(one, catalog);
        }
    }
    return sources;
}

} // namespace UserConfig

} // namespace tgs
