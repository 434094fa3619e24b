// A small program the tests run instead of real tools, on Linux and on Windows (under Wine too).
//
// 1. Helper modes, chosen on its command line (the process-runner tests): exit codes, crashes, sleeps, floods of
//    output, partial lines, GBK bytes, a grandchild that must die with its parent and a daemon (setsid) that must
//    too.
// 2. Fake tools: tests/support/faketools.cpp copies this program to a tool's name (bin/nvidia-smi,
//    …/envs/gpu/python.exe) and writes "<that path>.fake" beside it, a list of responses chosen by the
//    arguments. A copy that finds its .fake file logs its argv and answers as told. Fakes are real programs,
//    not shell scripts, so that they work the same on Windows.
//
// Plain C++ and the C runtime / Win32 only: it must not depend on the code under test.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#ifdef _WIN32
#include <windows.h>

#include <fcntl.h>
#include <io.h>
#include <shellapi.h>
#else
#include <csignal>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

using Args = std::vector<std::string>;

void sleepMs(long ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

void out(const char *bytes, std::size_t size)
{
    std::fwrite(bytes, 1, size, stdout);
    std::fflush(stdout);
}

void err(const char *bytes, std::size_t size)
{
    std::fwrite(bytes, 1, size, stderr);
    std::fflush(stderr);
}

void out(const std::string &text)
{
    out(text.data(), text.size());
}

#ifdef _WIN32
std::wstring wide(const std::string &utf8)
{
    const int n = MultiByteToWideChar(CP_UTF8, 0, utf8.c_str(), -1, nullptr, 0);
    std::wstring result(n > 0 ? std::size_t(n - 1) : 0, L'\0');
    if (n > 1)
        MultiByteToWideChar(CP_UTF8, 0, utf8.c_str(), -1, result.data(), n);
    return result;
}

std::string utf8(const wchar_t *text)
{
    const int n = WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    std::string result(n > 0 ? std::size_t(n - 1) : 0, '\0');
    if (n > 1)
        WideCharToMultiByte(CP_UTF8, 0, text, -1, result.data(), n, nullptr, nullptr);
    return result;
}
#endif

// Paths and arguments are UTF-8 everywhere in this program.
std::FILE *openFile(const std::string &path, const char *mode)
{
#ifdef _WIN32
    return _wfopen(wide(path).c_str(), wide(mode).c_str());
#else
    return std::fopen(path.c_str(), mode);
#endif
}

bool fileExists(const std::string &path)
{
    std::FILE *f = openFile(path, "rb");
    if (f)
        std::fclose(f);
    return f != nullptr;
}

bool readFile(const std::string &path, std::string &content)
{
    std::FILE *f = openFile(path, "rb");
    if (!f)
        return false;
    char buffer[65536];
    std::size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
        content.append(buffer, n);
    std::fclose(f);
    return true;
}

void writeText(const std::string &path, const std::string &text, const char *mode = "wb")
{
    if (std::FILE *f = openFile(path, mode)) {
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
}

void makeDirs(const std::string &path)
{
    for (std::size_t i = 1; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/' && path[i] != '\\')
            continue;
        const std::string part = path.substr(0, i);
#ifdef _WIN32
        CreateDirectoryW(wide(part).c_str(), nullptr);
#else
        ::mkdir(part.c_str(), 0755);
#endif
    }
}

long currentPid()
{
#ifdef _WIN32
    return long(GetCurrentProcessId());
#else
    return long(::getpid());
#endif
}

// Ends like a crash: a signal on Unix, an access-violation status on Windows (what QProcess calls a crash),
// without Wine's crash dialog.
[[noreturn]] void crash()
{
#ifdef _WIN32
    TerminateProcess(GetCurrentProcess(), 0xC0000005u);
#endif
    std::abort();
}

// The program's own path and its arguments, as UTF-8.
std::string selfPath(const char *argv0)
{
#ifdef _WIN32
    (void)argv0;
    wchar_t buffer[32768];
    const DWORD n = GetModuleFileNameW(nullptr, buffer, DWORD(std::size(buffer)));
    return n > 0 ? utf8(buffer) : std::string();
#else
    if (std::strchr(argv0, '/'))
        return argv0; // the path the fake was started by, as the test wrote it
    char buffer[4096];
    const ssize_t n = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, std::size_t(n)) : std::string(argv0);
#endif
}

Args arguments(int argc, char **argv)
{
    Args args;
#ifdef _WIN32
    (void)argc;
    (void)argv;
    int count = 0;
    if (wchar_t **list = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 1; i < count; ++i)
            args.push_back(utf8(list[i]));
        LocalFree(list);
    }
#else
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
#endif
    return args;
}

// Starts this program again as "--tgs-helper sleep 60000" (a child that would outlive us), returns its pid. On
// Unix the child ignores SIGTERM: only a kill of the whole process group ends it. On Windows only the job
// object the runner puts us in ends it.
long startSleepingChild(const std::string &self)
{
#ifdef _WIN32
    std::wstring command = L"\"" + wide(self) + L"\" --tgs-helper sleep 60000";
    STARTUPINFOW startup = {};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info = {};
    if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup, &info))
        return -1;
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return long(info.dwProcessId);
#else
    (void)self;
    const pid_t pid = fork();
    if (pid == 0) {
        std::signal(SIGTERM, SIG_IGN);
        sleepMs(60000);
        _exit(0);
    }
    return long(pid);
#endif
}

// Starts a process that leaves us the way a daemon does, returns its pid. Unix: fork, setsid, fork again and the
// middle process exits, so it is in a session and process group of its own, re-parented away from us, and it
// ignores SIGTERM and SIGHUP; only something that finds it by other means than our process group ends it.
// Windows: it asks to break away from our job object (CREATE_BREAKAWAY_FROM_JOB); where the job does not allow
// that, CreateProcess refuses and it starts as an ordinary (detached) child instead.
long startDaemon(const std::string &self)
{
#ifdef _WIN32
    std::wstring command = L"\"" + wide(self) + L"\" --tgs-helper sleep 60000";
    STARTUPINFOW startup = {};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION info = {};
    const DWORD detached = DETACHED_PROCESS | CREATE_NEW_PROCESS_GROUP;
    if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, detached | CREATE_BREAKAWAY_FROM_JOB, nullptr,
                        nullptr, &startup, &info)
        && !CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, detached, nullptr, nullptr, &startup,
                           &info))
        return -1;
    CloseHandle(info.hThread);
    CloseHandle(info.hProcess);
    return long(info.dwProcessId);
#else
    (void)self;
    int fds[2];
    if (::pipe(fds) != 0)
        return -1;
    const pid_t middle = fork();
    if (middle == 0) {
        ::setsid();
        const pid_t daemon = fork();
        if (daemon == 0) {
            ::close(fds[0]);
            ::close(fds[1]);
            std::signal(SIGTERM, SIG_IGN);
            std::signal(SIGHUP, SIG_IGN);
            sleepMs(60000);
            _exit(0);
        }
        [[maybe_unused]] const ssize_t written = ::write(fds[1], &daemon, sizeof daemon);
        _exit(0);
    }
    ::close(fds[1]);
    pid_t daemon = -1;
    if (middle < 0 || ::read(fds[0], &daemon, sizeof daemon) != ssize_t(sizeof daemon))
        daemon = -1;
    ::close(fds[0]);
    if (middle > 0)
        ::waitpid(middle, nullptr, 0);
    return long(daemon);
#endif
}

void waitForChildren()
{
#ifdef _WIN32
    sleepMs(60000); // the job object ends us; Windows has no "wait for any child"
#else
    while (::wait(nullptr) > 0) {
    }
#endif
}

// Shell `case` patterns: '*' and '?'; everything else stands for itself.
bool globMatch(const char *pattern, const char *text)
{
    if (*pattern == '\0')
        return *text == '\0';
    if (*pattern == '*')
        return globMatch(pattern + 1, text) || (*text != '\0' && globMatch(pattern, text + 1));
    if (*text == '\0')
        return false;
    return (*pattern == '?' || *pattern == *text) && globMatch(pattern + 1, text + 1);
}

// One answer of a fake tool. The .fake file is lines of "key value"; "response" starts a new answer.
struct Response
{
    std::string match = "*";
    std::string ifExists;
    std::string waitFor; // before answering: wait until this file exists (at most a minute)
    std::string outFile;
    std::string errFile;
    std::string touch;
    std::string pidFile;
    std::string childPidFile;
    std::string daemonPidFile;
    std::vector<std::string> printEnv;
    int mkdirArg = -1;
    std::string mkdirSuffix;
    long sleep = 0;
    long sleepAfter = 0; // after printing: a program that says something, then hangs
    int exitCode = 0;
    bool crashes = false;
};

struct FakeSpec
{
    std::string callsFile;
    std::vector<Response> responses;
};

std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find(' ', start);
        const std::string word = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!word.empty())
            result.push_back(word);
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return result;
}

void setField(Response &r, const std::string &key, const std::string &value)
{
    if (key == "match")
        r.match = value;
    else if (key == "if-exists")
        r.ifExists = value;
    else if (key == "wait-for")
        r.waitFor = value;
    else if (key == "out-file")
        r.outFile = value;
    else if (key == "err-file")
        r.errFile = value;
    else if (key == "touch")
        r.touch = value;
    else if (key == "pid-file")
        r.pidFile = value;
    else if (key == "child-pid-file")
        r.childPidFile = value;
    else if (key == "daemon-pid-file")
        r.daemonPidFile = value;
    else if (key == "print-env")
        r.printEnv = words(value);
    else if (key == "sleep-ms")
        r.sleep = std::atol(value.c_str());
    else if (key == "sleep-after-ms")
        r.sleepAfter = std::atol(value.c_str());
    else if (key == "exit")
        r.exitCode = std::atoi(value.c_str());
    else if (key == "crash")
        r.crashes = true;
    else if (key == "mkdir-arg") {
        const std::size_t space = value.find(' ');
        r.mkdirArg = std::atoi(value.substr(0, space).c_str());
        r.mkdirSuffix = space == std::string::npos ? std::string() : value.substr(space + 1);
    }
}

FakeSpec parseSpec(const std::string &text)
{
    FakeSpec spec;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::size_t space = line.find(' ');
        const std::string key = line.substr(0, space);
        const std::string value = space == std::string::npos ? std::string() : line.substr(space + 1);
        if (key == "calls")
            spec.callsFile = value;
        else if (key == "response")
            spec.responses.emplace_back();
        else if (!spec.responses.empty())
            setField(spec.responses.back(), key, value);
    }
    return spec;
}

// An environment variable as UTF-8 (on Windows not in the ANSI code page, which could not hold every name).
std::string environmentValue(const std::string &name, const std::string &unset)
{
#ifdef _WIN32
    const wchar_t *value = _wgetenv(wide(name).c_str());
    return value ? utf8(value) : unset;
#else
    const char *value = std::getenv(name.c_str());
    return value ? std::string(value) : unset;
#endif
}

void printFile(const std::string &path, bool toStdErr)
{
    std::string content;
    if (path.empty() || !readFile(path, content))
        return;
    if (toStdErr)
        err(content.data(), content.size());
    else
        out(content.data(), content.size());
}

int answer(const Response &r, const Args &args, const std::string &self)
{
    if (!r.pidFile.empty())
        writeText(r.pidFile, std::to_string(currentPid()) + "\n");
    if (!r.touch.empty())
        writeText(r.touch, "");
    if (r.mkdirArg >= 0 && std::size_t(r.mkdirArg) < args.size())
        makeDirs(args[std::size_t(r.mkdirArg)] + r.mkdirSuffix);
    const long child = r.childPidFile.empty() ? 0 : startSleepingChild(self);
    if (child != 0)
        writeText(r.childPidFile, std::to_string(child) + "\n");
    if (!r.daemonPidFile.empty())
        writeText(r.daemonPidFile, std::to_string(startDaemon(self)) + "\n");
    if (r.sleep > 0)
        sleepMs(r.sleep);
    for (int waited = 0; !r.waitFor.empty() && !fileExists(r.waitFor) && waited < 60000; waited += 20)
        sleepMs(20);
    printFile(r.outFile, false);
    if (!r.printEnv.empty()) {
        std::string line;
        for (const std::string &name : r.printEnv) {
            line += (line.empty() ? "" : " ") + name + "=[" + environmentValue(name, "") + "]";
        }
        out(line + "\n");
    }
    printFile(r.errFile, true);
    if (r.sleepAfter > 0)
        sleepMs(r.sleepAfter);
    if (r.crashes)
        crash();
    if (child != 0)
        waitForChildren();
    return r.exitCode;
}

int runFake(const std::string &specText, const Args &args, const std::string &self)
{
    const FakeSpec spec = parseSpec(specText);
    std::string joined;
    for (const std::string &arg : args)
        joined += (joined.empty() ? "" : " ") + arg;
    if (!spec.callsFile.empty()) {
        // One call a line: line breaks inside arguments (a script given with -c) are written as "\n".
        std::string logged;
        for (const char c : joined)
            logged += c == '\n' ? std::string("\\n") : c == '\r' ? std::string() : std::string(1, c);
        writeText(spec.callsFile, "[" + logged + "]\n", "ab");
    }
#ifdef _WIN32
    // Windows programs get one command line, not an argv: keep it as it came, after the program's own name, for
    // the tests of arguments passed verbatim (the Miniforge installer's unquoted /D=).
    std::wstring line = GetCommandLineW();
    const std::size_t end = line.empty() ? 0 : line[0] == L'"' ? line.find(L'"', 1) : line.find(L' ');
    line = end == std::wstring::npos ? std::wstring() : line.substr(end + 1);
    line.erase(0, line.find_first_not_of(L' '));
    writeText(self + ".cmdline", utf8(line.c_str()) + "\n", "ab");
#endif
    for (const Response &r : spec.responses) {
        if (globMatch(r.match.c_str(), joined.c_str()) && (r.ifExists.empty() || fileExists(r.ifExists)))
            return answer(r, args, self);
    }
    const std::string message = "fake tool: no response for " + joined + "\n";
    err(message.data(), message.size());
    return 99;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: tgs_testhelper exit N | crash | sleep MS | flood BYTES | interleave N | "
                 "partial | progress | gbk | crlf | env NAME | stdin | grandchild PIDFILE | daemon PIDFILE [hang] | "
                 "ignore-term\n");
    return 64;
}

int helperMode(const Args &args, const std::string &self)
{
    const std::string mode = args.empty() ? std::string() : args[0];
    const char *param = args.size() > 1 ? args[1].c_str() : nullptr;
    if (mode == "exit" && param) {
        out("exiting with " + args[1] + "\n");
        return std::atoi(param);
    }
    if (mode == "crash") {
        out("about to crash\n");
        crash();
    }
    if (mode == "keeper" && param) {
#ifdef _WIN32
        // Under Wine, the first program that asks for the desktop window starts explorer.exe /desktop, which then
        // holds that program's output pipe for as long as it runs: ask now, from a program whose output goes nowhere.
        GetDesktopWindow();
#endif
        sleepMs(std::atol(param));
        return 0;
    }
    if (mode == "sleep" && param) {
        out("sleeping\n");
        sleepMs(std::atol(param));
        out("woke up\n");
        return 0;
    }
    if (mode == "flood" && param) {
        // BYTES of numbered 100-byte lines on stdout.
        const long total = std::atol(param);
        char line[128];
        for (long written = 0, n = 0; written < total; written += 100, ++n) {
            std::snprintf(line, sizeof line, "%010ld %088d\n", n, 0);
            std::fwrite(line, 1, 100, stdout);
        }
        std::fflush(stdout);
        return 0;
    }
    if (mode == "interleave" && param) {
        const int count = std::atoi(param);
        for (int i = 0; i < count; ++i) {
            std::string o = "out " + std::to_string(i) + "\n";
            std::string e = "err " + std::to_string(i) + "\n";
            out(o.data(), o.size());
            err(e.data(), e.size());
        }
        return 0;
    }
    if (mode == "partial") {
        // One line written in three pieces with pauses, so the reader sees partial reads.
        out("hel", 3);
        sleepMs(150);
        out("lo wor", 6);
        sleepMs(150);
        out("ld\nsecond line without newline", 30);
        return 0;
    }
    if (mode == "progress") {
        // A progress bar drawn with bare carriage returns, then a normal line.
        for (int p = 0; p <= 100; p += 50) {
            out("\rDownloading: " + std::to_string(p) + "%");
            sleepMs(50);
        }
        out("\ndone\r\n", 7);
        return 0;
    }
    if (mode == "gbk") {
        // "你好，世界" (hello, world) and "下载完成" (download complete) in GBK, split mid-character.
        static const unsigned char first[] = {0xC4, 0xE3, 0xBA, 0xC3, 0xA3, 0xAC, 0xCA};
        static const unsigned char second[]
            = {0xC0, 0xBD, 0xE7, '\r', '\n', 0xCF, 0xC2, 0xD4, 0xD8, 0xCD, 0xEA, 0xB3, 0xC9, '\n'};
        out(reinterpret_cast<const char *>(first), sizeof first);
        sleepMs(150);
        out(reinterpret_cast<const char *>(second), sizeof second);
        return 0;
    }
    if (mode == "crlf") {
        out("one\r\ntwo\r\n\r\nfour\r\n", 18);
        return 0;
    }
    if (mode == "env" && param) {
        out(args[1] + "=" + environmentValue(args[1], "<unset>") + "\n");
        return 0;
    }
    if (mode == "stdin") {
        // Must see end-of-file at once: the runner never leaves stdin open.
        char buffer[64];
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stdin);
        out("read " + std::to_string(n) + " bytes then eof\n");
        return 0;
    }
    if (mode == "grandchild" && param) {
        // Starts a child that would sleep for a minute, records its pid, then waits itself.
        const long pid = startSleepingChild(self);
        writeText(args[1], std::to_string(pid) + "\n");
        out("grandchild " + std::to_string(pid) + " started\n");
        sleepMs(60000);
        return 0;
    }
    if (mode == "daemon" && param) {
        // Leaves a daemon behind (its pid in the file), then exits at once, or hangs with "hang".
        const long pid = startDaemon(self);
        writeText(args[1], std::to_string(pid) + "\n");
        out("daemon " + std::to_string(pid) + " started\n");
        if (args.size() > 2 && args[2] == "hang")
            sleepMs(60000);
        return 0;
    }
    if (mode == "ignore-term") {
#ifndef _WIN32
        std::signal(SIGTERM, SIG_IGN);
#endif // a Windows console program has no SIGTERM to ignore: only TerminateProcess ends it
        out("ignoring SIGTERM\n");
        sleepMs(60000);
        return 0;
    }
    return usage();
}

} // namespace

int main(int argc, char **argv)
{
#ifdef _WIN32
    // Bytes out as they are: no "\n" → "\r\n" translation.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    _setmode(_fileno(stdin), _O_BINARY);
#endif
    const std::string self = selfPath(argv[0]);
    Args args = arguments(argc, argv);
    if (!args.empty() && args[0] == "--tgs-helper") {
        args.erase(args.begin());
        return helperMode(args, self);
    }
    std::string spec;
    if (readFile(self + ".fake", spec))
        return runFake(spec, args, self);
    return helperMode(args, self);
}
