#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tgs {

// The platform facts detection depends on, as one value: which OS rules apply, the
// environment, the home folder and where the file system starts. Tests build one for
// Windows on Linux, or point the file-system root at a temporary folder.
struct Platform
{
    enum class Os { Windows, Linux, MacOS };

    Os os = Os::Linux;
    QMap<QString, QString> environment;
    QString homeDir;
    // Prefix for absolute Unix locations such as /usr/local/cuda or /proc/driver/nvidia.
    QString fsRoot;

    static Platform current();

    bool isWindows() const { return os == Os::Windows; }
    QString osId() const { return osId(os); }
    // "windows", "linux", "macos": the identifiers of the JSON and the knowledge base.
    static QString osId(Os os);
    QString env(const QString &name) const;
    QStringList pathDirectories() const;
    QChar pathListSeparator() const { return isWindows() ? u';' : u':'; }
    // "conda" → "conda.exe" on Windows.
    QString executableName(const QString &baseName) const;
    // The first executable of that name on PATH, or empty. Only real executables count:
    // batch files would run through cmd.exe and its own quoting rules.
    QString findInPath(const QString &baseName) const;
    // Every executable of that name on PATH, in PATH order.
    QStringList findAllInPath(const QString &baseName) const;
    // fsRoot + an absolute Unix path.
    QString unixPath(const QString &absolutePath) const;
    // Joins path parts with the OS separator ('\' on Windows).
    QString join(const QString &base, const QString &relative) const;
};

} // namespace tgs
