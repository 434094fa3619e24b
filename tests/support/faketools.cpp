#include "faketools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

FakeTools::FakeTools()
{
    QDir(root()).mkpath(QStringLiteral("bin"));
    QDir(root()).mkpath(QStringLiteral("home"));
    QDir(root()).mkpath(QStringLiteral("fs"));
    QDir(root()).mkpath(QStringLiteral("data"));
}

void FakeTools::writeFile(const QString &relativePath, const QByteArray &content)
{
    const QString path = root() + u'/' + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString FakeTools::addTool(const QString &name, const QList<FakeResponse> &responses)
{
    return addToolAt(QStringLiteral("bin/") + name, responses);
}

QString FakeTools::addToolAt(const QString &relativePath, const QList<FakeResponse> &responses)
{
    const QString path = root() + u'/' + relativePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path);
    if (!QFile::copy(QStringLiteral(TGS_TESTHELPER), path))
        qFatal("cannot copy the test helper to %s", qPrintable(path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QString spec = QStringLiteral("calls %1.calls\n").arg(path);
    for (const FakeResponse &r : responses) {
        const int id = ++m_counter;
        const QString outFile = QStringLiteral("data/%1.out").arg(id);
        const QString errFile = QStringLiteral("data/%1.err").arg(id);
        writeFile(outFile, r.out);
        writeFile(errFile, r.err);
        spec += QStringLiteral("response\nmatch %1\nout-file %2/%3\nerr-file %2/%4\nexit %5\n")
                    .arg(r.argsPattern, root(), outFile, errFile)
                    .arg(r.exitCode);
        if (r.sleepSeconds > 0)
            spec += QStringLiteral("sleep-ms %1\n").arg(qRound64(r.sleepSeconds * 1000));
        const auto line = [&spec](const char *key, const QString &value) {
            if (!value.isEmpty())
                spec += QLatin1String(key) + u' ' + value + u'\n';
        };
        line("if-exists", r.onlyIfExists);
        line("wait-for", r.waitFor);
        line("pid-file", r.pidFile);
        line("touch", r.touch);
        line("child-pid-file", r.childPidFile);
        line("daemon-pid-file", r.daemonPidFile);
        line("print-env", r.printEnv.join(u' '));
        if (r.mkdirArgument >= 0)
            spec += QStringLiteral("mkdir-arg %1 %2\n").arg(r.mkdirArgument).arg(r.mkdirSuffix);
        if (r.hangAfterSeconds > 0)
            spec += QStringLiteral("sleep-after-ms %1\n").arg(qRound64(r.hangAfterSeconds * 1000));
        if (r.crash)
            spec += QStringLiteral("crash\n");
    }
    QFile file(path + QStringLiteral(".fake"));
    if (!file.open(QIODevice::WriteOnly) || file.write(spec.toUtf8()) < 0)
        qFatal("cannot write %s.fake", qPrintable(path));
    return path;
}

QStringList FakeTools::calls(const QString &toolPath) const
{
    QFile file(toolPath + QStringLiteral(".calls"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList calls;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts))
        calls << line.mid(1, line.size() - 2); // each call is logged as [argv]
    return calls;
}

namespace {

// Windows itself needs these to start any program; they are no part of the rules under test.
void addWindowsEssentials(QMap<QString, QString> &environment)
{
#ifdef Q_OS_WIN
    for (const char *name : {"SystemRoot", "WINDIR", "TEMP", "TMP", "ComSpec"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            environment.insert(QLatin1String(name), value);
    }
#else
    Q_UNUSED(environment);
#endif
}

} // namespace

QStringList FakeTools::rawCommandLines(const QString &toolPath) const
{
    QFile file(toolPath + QStringLiteral(".cmdline"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

tgs::Platform FakeTools::platform() const
{
    tgs::Platform platform;
    platform.os = tgs::Platform::Os::Linux;
    platform.environment = {{QStringLiteral("PATH"), binDir()}, {QStringLiteral("HOME"), home()}};
    addWindowsEssentials(platform.environment);
    platform.homeDir = home();
    platform.fsRoot = fsRoot();
    return platform;
}

QMap<QString, QString> FakeTools::programEnvironment() const
{
    QMap<QString, QString> environment{{QStringLiteral("PATH"), QDir::toNativeSeparators(binDir())},
                                       {QStringLiteral("HOME"), home()},
                                       {QStringLiteral("XDG_DATA_HOME"), root() + QStringLiteral("/data")}};
#ifdef Q_OS_WIN
    // The program's own DLLs (Qt, the compiler's runtime) are found through PATH, as in a development build.
    QStringList path{QDir::toNativeSeparators(binDir())};
    for (const QString &dir : qEnvironmentVariable("PATH").split(u';', Qt::SkipEmptyParts)) {
        const QDir folder(dir);
        if (folder.exists(QStringLiteral("Qt6Core.dll")) || folder.exists(QStringLiteral("libstdc++-6.dll"))
            || folder.exists(QStringLiteral("libwinpthread-1.dll")))
            path << dir;
    }
    environment.insert(QStringLiteral("PATH"), path.join(u';'));
    environment.insert(QStringLiteral("USERPROFILE"), QDir::toNativeSeparators(home()));
    environment.insert(QStringLiteral("LOCALAPPDATA"), QDir::toNativeSeparators(root() + QStringLiteral("/data")));
#endif
    addWindowsEssentials(environment);
    return environment;
}

QString FakeTools::condaInRoot()
{
#ifdef Q_OS_WIN
    return QStringLiteral("Scripts/conda.exe");
#else
    return QStringLiteral("bin/conda");
#endif
}

QByteArray FakeTools::fixture(const QString &relativePath)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}

QByteArray FakeTools::probeOutput(const QString &executable, const QString &version, const QString &torchJson,
                                  const QString &torchError)
{
    return QStringLiteral("TGS-PROBE-JSON: {\"executable\": \"%1\", \"version\": \"%2\", \"bits\": 64, "
                          "\"torch\": %3, \"torch_error\": %4}\n")
        .arg(executable, version, torchJson, torchError)
        .toUtf8();
}

std::optional<tgs::TextEncoding> chineseWindowsEncoding()
{
#ifdef Q_OS_WIN
    if (GetACP() != 936)
        return std::nullopt;
    return tgs::TextEncoding::system();
#else
    return tgs::TextEncoding::named("GBK");
#endif
}

namespace testprocess {

bool alive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_WIN
    const HANDLE process = OpenProcess(SYNCHRONIZE | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

qint64 pidFrom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
}

} // namespace testprocess
