#pragma once

#include <core/base/platform.h>
#include <core/process/textdecoder.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

// Fake command-line tools for end-to-end tests: copies of the test helper program (tests/helper) in a temporary
// folder that answer by argument pattern with recorded real output, an exit code and a delay, and log every argv
// they were called with. Being real programs, they behave the same on Linux and on Windows.
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

    QString argsPattern; // a shell `case` pattern ('*', '?') matched against the arguments joined by spaces
    QByteArray out;
    QByteArray err;
    int exitCode = 0;
    double sleepSeconds = 0;

    // Optional behaviour, in the order the fake carries it out.
    QString onlyIfExists;   // this response applies only while that file exists
    QString pidFile;        // write the fake's own process id there
    QString touch;          // create that (empty) file
    int mkdirArgument = -1; // create the folder named by that argument (0 = first) + mkdirSuffix
    QString mkdirSuffix;
    QString childPidFile;        // start a child that would sleep for a minute, write its pid there, and wait for it
    QString daemonPidFile;       // start a daemon (setsid, re-parented away) that would sleep a minute; its pid there
    QStringList printEnv;        // after `out`, print "NAME=[value] NAME2=[value]" on one line
    bool crash = false;          // end with a crash instead of the exit code
    double hangAfterSeconds = 0; // after printing, sleep this long (a program that hangs half-way)
    QString waitFor;             // before answering, wait until that file exists (at most a minute): a slow tool
                                 // whose answer the test releases when it has seen what it wanted in the meantime

    FakeResponse &ifExists(const QString &path) { return onlyIfExists = path, *this; }
    FakeResponse &writingPid(const QString &path) { return pidFile = path, *this; }
    FakeResponse &touching(const QString &path) { return touch = path, *this; }
    FakeResponse &makingFolderOfArgument(int index, const QString &suffix = {})
    {
        mkdirArgument = index;
        mkdirSuffix = suffix;
        return *this;
    }
    FakeResponse &withSleepingChild(const QString &pidPath) { return childPidFile = pidPath, *this; }
    FakeResponse &withDaemon(const QString &pidPath) { return daemonPidFile = pidPath, *this; }
    FakeResponse &printingEnvironment(const QStringList &names) { return printEnv = names, *this; }
    FakeResponse &crashing() { return crash = true, *this; }
    FakeResponse &hangingAfterOutput(double seconds) { return hangAfterSeconds = seconds, *this; }
    FakeResponse &waitingFor(const QString &path) { return waitFor = path, *this; }
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

    // A tool in bin/ (on the fake PATH), or at any path below root(). The path is used as given ("conda" stays
    // "conda" on Windows too, as the Unix rules of platform() expect); name a Windows tool "conda.exe".
    QString addTool(const QString &name, const QList<FakeResponse> &responses);
    QString addToolAt(const QString &relativePath, const QList<FakeResponse> &responses);
    void writeFile(const QString &relativePath, const QByteArray &content);
    // The argv lines a tool was called with, one call a line (line breaks inside an argument as "\n").
    QStringList calls(const QString &toolPath) const;
    // Windows only: the command lines a tool got, after its own name, exactly as they came.
    QStringList rawCommandLines(const QString &toolPath) const;

    // Linux rules, PATH = bin/ only, HOME and the file-system root inside the temporary folder.
    tgs::Platform platform() const;
    // For the real program, which applies the rules of the system it runs on: PATH = bin/, the home folder and the
    // data folders inside the temporary folder (HOME, XDG_DATA_HOME; USERPROFILE, LOCALAPPDATA on Windows).
    QMap<QString, QString> programEnvironment() const;
    // Where a conda root keeps its conda program on this system: "bin/conda", or "Scripts/conda.exe".
    static QString condaInRoot();

    static QByteArray fixture(const QString &relativePath);
    // What resources/torch_probe.py prints, for a fake Python.
    static QByteArray probeOutput(const QString &executable, const QString &version,
                                  const QString &torchJson = QStringLiteral("null"),
                                  const QString &torchError = QStringLiteral("null"));

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

// How output of a tool on Chinese Windows (code page 936, GBK) is decoded on this system: by name where Qt has a
// GBK codec (Linux, ICU), and as the system's ANSI code page on Windows (Qt without ICU), which is GBK only where
// that code page is 936 (under Wine: LC_ALL=zh_CN.UTF-8). Nothing where it is another code page.
std::optional<tgs::TextEncoding> chineseWindowsEncoding();

// Process facts the tests need on both systems.
namespace testprocess {
// Whether a process with that id is still running (not yet ended; a zombie counts as ended).
bool alive(qint64 pid);
// The pid written to a file, or 0.
qint64 pidFrom(const QString &path);
} // namespace testprocess
