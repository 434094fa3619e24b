#include "faketools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

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
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

QString FakeTools::addTool(const QString &name, const QList<FakeResponse> &responses)
{
    return addToolAt(QStringLiteral("bin/") + name, responses);
}

QString FakeTools::addToolAt(const QString &relativePath, const QList<FakeResponse> &responses)
{
    const QString path = root() + u'/' + relativePath;
    QString script = QStringLiteral("#!/bin/sh\nprintf '[%s]\\n' \"$*\" >> '%1.calls'\ncase \"$*\" in\n").arg(path);
    for (const FakeResponse &response : responses) {
        const int id = ++m_counter;
        const QString outFile = QStringLiteral("data/%1.out").arg(id);
        const QString errFile = QStringLiteral("data/%1.err").arg(id);
        writeFile(outFile, response.out);
        writeFile(errFile, response.err);
        // Spaces in a `case` pattern must be escaped; '*' stays a wildcard.
        script += QStringLiteral("  %1)\n").arg(QString(response.argsPattern).replace(u' ', QStringLiteral("\\ ")));
        if (response.sleepSeconds > 0)
            script += QStringLiteral("    /bin/sleep %1\n").arg(response.sleepSeconds);
        script += QStringLiteral("    /bin/cat '%1/%2'\n    /bin/cat '%1/%3' >&2\n    exit %4\n    ;;\n")
                      .arg(root(), outFile, errFile)
                      .arg(response.exitCode);
    }
    script += QStringLiteral("esac\necho \"fake tool: no response for $*\" >&2\nexit 99\n");
    writeFile(relativePath, script.toUtf8());
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
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

tgs::Platform FakeTools::platform() const
{
    tgs::Platform platform;
    platform.os = tgs::Platform::Os::Linux;
    platform.environment = {{QStringLiteral("PATH"), binDir()}, {QStringLiteral("HOME"), home()}};
    platform.homeDir = home();
    platform.fsRoot = fsRoot();
    return platform;
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
