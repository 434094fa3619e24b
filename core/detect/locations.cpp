#include <core/detect/locations.h>

#include <QDir>
#include <QFileInfo>

namespace tgs::Locations {

namespace {

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString parentDir(const Platform &platform, const QString &path)
{
    QString p = path;
    if (platform.isWindows())
        p.replace(u'/', u'\\');
    const qsizetype slash = platform.isWindows() ? p.lastIndexOf(u'\\') : p.lastIndexOf(u'/');
    return slash > 0 ? p.left(slash) : QString();
}

QString leafName(const Platform &platform, const QString &path)
{
    QString p = path;
    if (platform.isWindows())
        p.replace(u'/', u'\\');
    const qsizetype slash = platform.isWindows() ? p.lastIndexOf(u'\\') : p.lastIndexOf(u'/');
    return p.mid(slash + 1);
}

QString programFiles(const Platform &platform)
{
    const QString value = platform.env(QStringLiteral("ProgramW6432"));
    if (!value.isEmpty())
        return value;
    const QString fallback = platform.env(QStringLiteral("ProgramFiles"));
    return fallback.isEmpty() ? QStringLiteral("C:\\Program Files") : fallback;
}

QString systemRoot(const Platform &platform)
{
    const QString value = platform.env(QStringLiteral("SystemRoot"));
    return value.isEmpty() ? QStringLiteral("C:\\Windows") : value;
}

} // namespace

QStringList globDirectories(const Platform &platform, const QString &parent, const QString &pattern)
{
    QStringList result;
    QDir dir(parent);
    if (!dir.exists())
        return result;
    const QStringList names = dir.entryList({pattern}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        result.append(platform.join(parent, name));
    return result;
}

QStringList nvidiaSmiCandidates(const Platform &platform)
{
    QStringList list;
    for (const QString &onPath : platform.findAllInPath(QStringLiteral("nvidia-smi")))
        appendUnique(list, onPath);
    if (platform.isWindows()) {
        const QString windows = systemRoot(platform);
        appendUnique(list, platform.join(windows, QStringLiteral("System32\\nvidia-smi.exe")));
        appendUnique(
            list, platform.join(programFiles(platform), QStringLiteral("NVIDIA Corporation\\NVSMI\\nvidia-smi.exe")));
        const QString store = platform.join(windows, QStringLiteral("System32\\DriverStore\\FileRepository"));
        for (const QString &dir : globDirectories(platform, store, QStringLiteral("nv*")))
            appendUnique(list, platform.join(dir, QStringLiteral("nvidia-smi.exe")));
    } else {
        for (const char *path : {"/usr/bin/nvidia-smi", "/usr/local/bin/nvidia-smi", "/usr/local/nvidia/bin/nvidia-smi",
                                 "/usr/lib/wsl/lib/nvidia-smi", "/opt/bin/nvidia-smi"})
            appendUnique(list, platform.unixPath(QString::fromLatin1(path)));
    }
    return list;
}

QStringList condaRootCandidates(const Platform &platform)
{
    static const QStringList names{
        QStringLiteral("miniforge3"), QStringLiteral("miniconda3"), QStringLiteral("anaconda3"),
        QStringLiteral("mambaforge"), QStringLiteral("Miniforge3"), QStringLiteral("Miniconda3"),
        QStringLiteral("Anaconda3"),  QStringLiteral("miniconda"),  QStringLiteral("anaconda")};
    QStringList list;
    if (platform.isWindows()) {
        QStringList bases{platform.env(QStringLiteral("USERPROFILE")), platform.env(QStringLiteral("LOCALAPPDATA")),
                          platform.env(QStringLiteral("ProgramData")), QStringLiteral("C:\\"), QStringLiteral("D:\\")};
        for (const QString &base : bases) {
            if (base.isEmpty())
                continue;
            for (const QString &name : names)
                appendUnique(list, platform.join(base, name));
        }
        return list;
    }
    for (const QString &name : names)
        appendUnique(list, platform.join(platform.homeDir, name));
    appendUnique(list, platform.unixPath(QStringLiteral("/opt/conda")));
    for (const QString &name : names)
        appendUnique(list, platform.unixPath(QStringLiteral("/opt/") + name));
    return list;
}

QString condaExecutableInRoot(const Platform &platform, const QString &root)
{
    return platform.isWindows() ? platform.join(root, QStringLiteral("Scripts\\conda.exe"))
                                : platform.join(root, QStringLiteral("bin/conda"));
}

QString condaRootOfExecutable(const Platform &platform, const QString &executable)
{
    const QString dir = parentDir(platform, executable);
    const QString leaf = leafName(platform, dir).toLower();
    if (leaf == QStringLiteral("bin") || leaf == QStringLiteral("scripts") || leaf == QStringLiteral("condabin"))
        return parentDir(platform, dir);
    return dir;
}

QStringList condaExecutablesFromEnvironment(const Platform &platform)
{
    QStringList list;
    const QString condaExe = platform.env(QStringLiteral("CONDA_EXE"));
    if (!condaExe.isEmpty() && QFileInfo(condaExe).isFile())
        appendUnique(list, condaExe);
    for (const QString &onPath : platform.findAllInPath(QStringLiteral("conda")))
        appendUnique(list, onPath);
    if (platform.isWindows()) {
        for (const QString &dir : platform.pathDirectories()) {
            if (leafName(platform, dir).compare(QStringLiteral("condabin"), Qt::CaseInsensitive) != 0)
                continue;
            const QString exe = condaExecutableInRoot(platform, parentDir(platform, dir));
            if (QFileInfo(exe).isFile())
                appendUnique(list, exe);
        }
    }
    return list;
}

QString pythonInPrefix(const Platform &platform, const QString &prefix)
{
    return platform.isWindows() ? platform.join(prefix, QStringLiteral("python.exe"))
                                : platform.join(prefix, QStringLiteral("bin/python"));
}

QStringList condaActivationPath(const Platform &platform, const QString &prefix)
{
    if (!platform.isWindows())
        return {platform.join(prefix, QStringLiteral("bin"))};
    return {prefix,
            platform.join(prefix, QStringLiteral("Library\\mingw-w64\\bin")),
            platform.join(prefix, QStringLiteral("Library\\usr\\bin")),
            platform.join(prefix, QStringLiteral("Library\\bin")),
            platform.join(prefix, QStringLiteral("Scripts")),
            platform.join(prefix, QStringLiteral("bin"))};
}

QStringList pythonsOnPath(const Platform &platform)
{
    QStringList list;
    for (const QString &name : {QStringLiteral("python3"), QStringLiteral("python")}) {
        for (const QString &path : platform.findAllInPath(name)) {
            if (path.contains(QStringLiteral("WindowsApps"), Qt::CaseInsensitive))
                continue;
            appendUnique(list, path);
        }
    }
    return list;
}

QStringList cudaToolkitCandidates(const Platform &platform)
{
    QStringList list;
    appendUnique(list, platform.env(QStringLiteral("CUDA_PATH")));
    QStringList versioned;
    for (auto it = platform.environment.cbegin(); it != platform.environment.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("CUDA_PATH_V"), Qt::CaseInsensitive))
            versioned.append(it.value());
    }
    versioned.sort();
    for (const QString &path : versioned)
        appendUnique(list, path);
    appendUnique(list, platform.env(QStringLiteral("CUDA_HOME")));
    appendUnique(list, platform.env(QStringLiteral("CUDA_ROOT")));
    for (const QString &nvcc : platform.findAllInPath(QStringLiteral("nvcc")))
        appendUnique(list, parentDir(platform, parentDir(platform, nvcc)));
    if (platform.isWindows()) {
        const QString base
            = platform.join(programFiles(platform), QStringLiteral("NVIDIA GPU Computing Toolkit\\CUDA"));
        for (const QString &dir : globDirectories(platform, base, QStringLiteral("v*")))
            appendUnique(list, dir);
    } else {
        appendUnique(list, platform.unixPath(QStringLiteral("/usr/local/cuda")));
        for (const QString &dir :
             globDirectories(platform, platform.unixPath(QStringLiteral("/usr/local")), QStringLiteral("cuda-*")))
            appendUnique(list, dir);
        appendUnique(list, platform.unixPath(QStringLiteral("/opt/cuda")));
    }
    return list;
}

QStringList cudnnHeaderCandidates(const Platform &platform)
{
    QStringList list;
    if (platform.isWindows()) {
        const QString base = platform.join(programFiles(platform), QStringLiteral("NVIDIA\\CUDNN"));
        for (const QString &version : globDirectories(platform, base, QStringLiteral("v*"))) {
            const QString include = platform.join(version, QStringLiteral("include"));
            appendUnique(list, platform.join(include, QStringLiteral("cudnn_version.h")));
            for (const QString &cuda : globDirectories(platform, include, QStringLiteral("*")))
                appendUnique(list, platform.join(cuda, QStringLiteral("cudnn_version.h")));
        }
        return list;
    }
    for (const char *dir : {"/usr/include", "/usr/include/x86_64-linux-gnu", "/usr/include/aarch64-linux-gnu"}) {
        const QString include = platform.unixPath(QString::fromLatin1(dir));
        appendUnique(list, platform.join(include, QStringLiteral("cudnn_version.h")));
        const QStringList versioned
            = QDir(include).entryList({QStringLiteral("cudnn_version_v*.h")}, QDir::Files, QDir::Name);
        for (const QString &name : versioned)
            appendUnique(list, platform.join(include, name));
        appendUnique(list, platform.join(include, QStringLiteral("cudnn.h")));
    }
    return list;
}

QStringList cudnnHeadersInToolkit(const Platform &platform, const QString &toolkitRoot)
{
    return {platform.join(toolkitRoot, QStringLiteral("include/cudnn_version.h")),
            platform.join(toolkitRoot, QStringLiteral("include/cudnn.h"))};
}

bool looksLikeToolkit(const Platform &platform, const QString &root)
{
    if (!QFileInfo(root).isDir())
        return false;
    for (const char *marker : {"version.json", "version.txt", "include/cuda.h", "include/cuda_runtime.h"}) {
        if (QFileInfo::exists(platform.join(root, QString::fromLatin1(marker))))
            return true;
    }
    return false;
}

QStringList nvccInPrefix(const Platform &platform, const QString &prefix)
{
    const QStringList relative
        = platform.isWindows() ? QStringList{QStringLiteral("Library\\bin\\nvcc.exe"), QStringLiteral("bin\\nvcc.exe")}
                               : QStringList{QStringLiteral("bin/nvcc")};
    QStringList found;
    for (const QString &r : relative) {
        const QString path = platform.join(prefix, r);
        if (QFileInfo(path).isFile())
            found.append(path);
    }
    return found;
}

QString canonicalKey(Platform::Os os, const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString key = canonical.isEmpty() ? path : canonical;
    return os == Platform::Os::Windows ? key.toLower() : key;
}

} // namespace tgs::Locations
