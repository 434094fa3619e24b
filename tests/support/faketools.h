#pragma once

#include <core/base/platform.h>

#include <QList>
#include <QString>
#include <QTemporaryDir>

// Fake command-line tools for end-to-end tests: small /bin/sh scripts in a temporary folder
// that answer by argument pattern with recorded real output, an exit code and a delay, and
// log every argv they were called with.
struct FakeResponse
{
    FakeResponse(const QString &pattern, const QByteArray &stdOut, const QByteArray &stdErr = {}, int exit = 0,
                 double sleep = 0)
        : argsPattern(pattern)
        , out(stdOut)
        , err(stdErr)
        , exitCode(exit)
        , sleepSeconds(sleep)
    {}

    QString argsPattern; // a shell `case` pattern matched against "$*"
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
    double sleepSeconds = 0;
};

class FakeTools
{
public:
    FakeTools();

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path(); }
    QString binDir() const { return root() + QStringLiteral("/bin"); }
    QString home() const { return root() + QStringLiteral("/home"); }
    QString fsRoot() const { return root() + QStringLiteral("/fs"); }

    // A tool in bin/ (on the fake PATH), or at any path below root().
    QString addTool(const QString &name, const QList<FakeResponse> &responses);
    QString addToolAt(const QString &relativePath, const QList<FakeResponse> &responses);
    void writeFile(const QString &relativePath, const QByteArray &content);
    // The argv lines a tool was called with, one call a line.
    QStringList calls(const QString &toolPath) const;

    // Linux rules, PATH = bin/ only, HOME and the file-system root inside the temporary folder.
    tgs::Platform platform() const;

    static QByteArray fixture(const QString &relativePath);
    // What resources/torch_probe.py prints, for a fake Python.
    static QByteArray probeOutput(const QString &executable, const QString &version,
                                  const QString &torchJson = QStringLiteral("null"),
                                  const QString &torchError = QStringLiteral("null"));

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};
