#include <core/base/platform.h>

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace tgs {

Platform Platform::current()
{
    Platform platform;
#if defined(Q_OS_WIN)
    platform.os = Os::Windows;
#elif defined(Q_OS_MACOS)
    platform.os = Os::MacOS;
#else
    platform.os = Os::Linux;
#endif
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString &key : system.keys())
        platform.environment.insert(key, system.value(key));
    platform.homeDir = QDir::homePath();
    return platform;
}

QString Platform::osId(Os os)
{
    switch (os) {
    case Os::Windows:
        return QStringLiteral("windows");
    case Os::Linux:
        return QStringLiteral("linux");
    case Os::MacOS:
        return QStringLiteral("macos");
    }
    return {};
}

QString Platform::env(const QString &name) const
{
    if (!isWindows())
        return environment.value(name);
    // Windows environment names are case-insensitive (Path vs PATH).
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

namespace {

// Whether the file system this program runs on marks programs as executable. Windows has no execute bit (Qt
// derives it from the name's extension), so where Unix rules are applied to Windows files, as the tests do
// under Wine, any regular file of that name counts.
bool hostMarksExecutables()
{
#ifdef Q_OS_WIN
    return false;
#else
    return true;
#endif
}

// Whether absolute paths on this system can start with a drive ("C:/…"). Where Unix rules meet such paths (the
// tests under Wine), a PATH split at ':' gives "C" and "/…", which are one folder.
bool hostHasDriveLetters()
{
    return !hostMarksExecutables();
}

} // namespace

QStringList Platform::pathDirectories() const
{
    QStringList dirs;
    for (QString dir : env(QStringLiteral("PATH")).split(pathListSeparator(), Qt::SkipEmptyParts)) {
        if (isWindows() && dir.size() > 1 && dir.startsWith(u'"') && dir.endsWith(u'"'))
            dir = dir.mid(1, dir.size() - 2);
        if (dir.isEmpty())
            continue;
        if (!isWindows() && hostHasDriveLetters() && !dirs.isEmpty() && dirs.last().size() == 1
            && dirs.last().at(0).isLetter() && (dir.startsWith(u'/') || dir.startsWith(u'\\')))
            dirs.last() += u':' + dir;
        else
            dirs.append(dir);
    }
    return dirs;
}

QString Platform::executableName(const QString &baseName) const
{
    if (isWindows() && !baseName.endsWith(QStringLiteral(".exe"), Qt::CaseInsensitive))
        return baseName + QStringLiteral(".exe");
    return baseName;
}

QStringList Platform::findAllInPath(const QString &baseName) const
{
    QStringList found;
    const QString name = executableName(baseName);
    for (const QString &dir : pathDirectories()) {
        const QString candidate = join(dir, name);
        const QFileInfo info(candidate);
        if (info.isFile() && (isWindows() || !hostMarksExecutables() || info.isExecutable())
            && !found.contains(candidate))
            found.append(candidate);
    }
    return found;
}

QString Platform::findInPath(const QString &baseName) const
{
    const QStringList all = findAllInPath(baseName);
    return all.isEmpty() ? QString() : all.first();
}

QString Platform::unixPath(const QString &absolutePath) const
{
    if (fsRoot.isEmpty())
        return absolutePath;
    return QDir::cleanPath(fsRoot + u'/' + absolutePath);
}

QString Platform::join(const QString &base, const QString &relative) const
{
    if (base.isEmpty())
        return relative;
    const QChar separator = isWindows() ? u'\\' : u'/';
    QString rel = relative;
    if (isWindows())
        rel.replace(u'/', u'\\');
    if (base.endsWith(u'/') || base.endsWith(u'\\'))
        return base + rel;
    return base + separator + rel;
}

} // namespace tgs
