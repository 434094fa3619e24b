#include <core/process/processtree.h>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <dirent.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

namespace tgs {

namespace {
constexpr char kMarkVariable[] = "TGS_PROCESS_TREE";
} // namespace

QString ProcessTree::markVariable()
{
    return QLatin1String(kMarkVariable);
}

#ifdef Q_OS_LINUX

namespace {

// Everything below runs in the guard too, a fork of a program with threads: system calls and stack buffers
// only, nothing that allocates or locks.

std::size_t appendNumber(char *buffer, std::size_t at, unsigned long long value)
{
    char digits[24];
    std::size_t n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        buffer[at++] = digits[--n];
    return at;
}

// Whether an entry of the process's environment starts with `needle` (give the terminating '\0' in the needle
// to ask for the whole entry). The environment is read in pieces, so its size does not matter.
bool environmentHas(const char *pidName, const char *needle, std::size_t length)
{
    char path[64] = "/proc/";
    std::size_t at = 6;
    for (const char *c = pidName; *c != '\0' && at < sizeof path - 10; ++c)
        path[at++] = *c;
    const char tail[] = "/environ";
    for (const char c : tail)
        path[at++] = c;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // gone, or not ours to read
    char buffer[4096];
    std::size_t inEntry = 0;
    bool matching = true;
    bool found = false;
    ssize_t n;
    while (!found && (n = ::read(fd, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < n && !found; ++i) {
            const char c = buffer[i];
            if (matching && inEntry < length) {
                if (c != needle[inEntry])
                    matching = false;
                else if (inEntry + 1 == length)
                    found = true;
            }
            if (c == '\0') {
                inEntry = 0;
                matching = true;
            } else {
                ++inEntry;
            }
        }
    }
    ::close(fd);
    return found;
}

struct LinuxDirent
{
    unsigned long long inode;
    long long offset;
    unsigned short length;
    unsigned char type;
    char name[1];
};

// Process ids allocated after `after` up to `last` (the kernel hands them out in increasing order, wrapping
// around at pid_max): where the descendants of a child with id `after` can be. Both 0: every process.
struct PidRange
{
    pid_t after = 0;
    pid_t last = 0;
    bool contains(pid_t pid) const
    {
        if (after == 0 && last == 0)
            return true;
        return after < last ? pid > after && pid <= last : pid > after || pid <= last;
    }
};

// One pass over /proc: sends `signal` to every process (but us) in the range whose environment has the needle.
// Returns how many it signalled.
int signalMarked(const char *needle, std::size_t length, int signal, PidRange range = {})
{
    const int proc = ::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (proc < 0)
        return 0;
    const pid_t self = ::getpid();
    int signalled = 0;
    alignas(8) char entries[8192];
    long n;
    while ((n = ::syscall(SYS_getdents64, proc, entries, sizeof entries)) > 0) {
        for (long at = 0; at < n;) {
            const auto *entry = reinterpret_cast<const LinuxDirent *>(entries + at);
            at += entry->length;
            pid_t pid = 0;
            const char *c = entry->name;
            for (; *c >= '0' && *c <= '9'; ++c)
                pid = pid * 10 + (*c - '0');
            if (*c != '\0' || pid <= 0 || pid == self || !range.contains(pid))
                continue;
            if (environmentHas(entry->name, needle, length) && ::kill(pid, signal) == 0)
                ++signalled;
        }
    }
    ::close(proc);
    return signalled;
}

// Until nothing with the mark is left (a tree that forks while we kill it needs a second pass), at most a few
// passes.
void killMarked(const char *needle, std::size_t length, PidRange range = {})
{
    for (int pass = 0; pass < 8 && signalMarked(needle, length, SIGKILL, range) > 0; ++pass) {
    }
}

// The process id the kernel handed out last in our namespace, or 0.
pid_t lastPid()
{
    const int fd = ::open("/proc/sys/kernel/ns_last_pid", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char text[16] = {};
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    pid_t pid = 0;
    for (ssize_t i = 0; i < n && text[i] >= '0' && text[i] <= '9'; ++i)
        pid = pid * 10 + (text[i] - '0');
    return pid;
}

[[noreturn]] void guardMain(int pipe, const char *prefix, std::size_t length)
{
    ::setsid(); // no signal meant for the terminal's foreground group reaches the guard
    ::prctl(PR_SET_NAME, "tgs-guard");
    [[maybe_unused]] const int ignored = ::chdir("/");
    // Out of the way first: with a closed stdin the pipe may be descriptor 0.
    const int kept = ::fcntl(pipe, F_DUPFD, 100);
    const int null = ::open("/dev/null", O_RDWR);
    for (int fd = 0; fd < 3; ++fd)
        ::dup2(null, fd);
    ::dup2(kept >= 0 ? kept : pipe, 3);
    if (::syscall(SYS_close_range, 4U, ~0U, 0U) != 0) {
        for (int fd = 4; fd < 4096; ++fd)
            ::close(fd);
    }
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD})
        ::sigaction(signal, &action, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    // The guard is a copy of us and has our environment, with the mark of whoever started us (in the tests, a
    // runner of ours): drop it, so that that runner does not end the guard before it has done its work.
    for (char **entry = environ; entry && *entry; ++entry) {
        char *text = *entry;
        std::size_t i = 0;
        while (kMarkVariable[i] != '\0' && text[i] == kMarkVariable[i])
            ++i;
        if (kMarkVariable[i] == '\0' && text[i] == '=')
            text[0] = '_';
    }
    char byte;
    while (true) {
        const ssize_t n = ::read(3, &byte, 1);
        if (n == 0 || (n < 0 && errno != EINTR))
            break;
    }
    killMarked(prefix, length);
    ::_exit(0);
}

// Started at the first child: from then on, whatever way this program ends, the guard ends what it started.
void ensureGuard()
{
    static bool started = false;
    if (started)
        return;
    started = true;
    char prefix[64];
    std::size_t length = 0;
    for (const char c : kMarkVariable)
        if (c != '\0')
            prefix[length++] = c;
    prefix[length++] = '=';
    length = appendNumber(prefix, length, static_cast<unsigned long long>(::getpid()));
    prefix[length++] = '.';
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return;
    const pid_t pid = ::fork();
    if (pid == 0)
        guardMain(fds[0], prefix, length);
    ::close(fds[0]);
    if (pid < 0)
        ::close(fds[1]);
    // Otherwise the write end stays open, unused, until this program ends: then the guard reads end of file.
}

} // namespace

#endif // Q_OS_LINUX

ProcessTree::~ProcessTree()
{
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job); // kill-on-close: nothing of the tree outlives its runner
#endif
}

QString ProcessTree::prepare()
{
#ifdef Q_OS_LINUX
    ensureGuard();
    static unsigned long long serial = 0;
    char value[48];
    std::size_t length = appendNumber(value, 0, static_cast<unsigned long long>(::getpid()));
    value[length++] = '.';
    length = appendNumber(value, length, ++serial);
    m_mark = QByteArray(kMarkVariable) + '=' + QByteArray(value, qsizetype(length));
    m_clock.start();
    return QString::fromLatin1(value, qsizetype(length));
#else
    return {};
#endif
}

#ifdef Q_OS_UNIX
void ProcessTree::setUpChild(qint64 parent)
{
    ::setpgid(0, 0);
#ifdef Q_OS_LINUX
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != pid_t(parent))
        ::_exit(127); // we ended before the death signal was set: it will never come
#else
    (void)parent;
#endif
}
#endif

void ProcessTree::adopt(qint64 pid, void *suspendedThread)
{
#ifdef Q_OS_WIN
    if (m_job)
        CloseHandle(m_job);
    m_job = CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits, sizeof limits);
        HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(pid));
        if (process) {
            AssignProcessToJobObject(m_job, process);
            CloseHandle(process);
        }
    }
    if (suspendedThread)
        ResumeThread(HANDLE(suspendedThread));
#else
    (void)suspendedThread;
    m_group = pid; // the child made itself a process group leader before exec
#endif
}

void ProcessTree::terminate()
{
#ifdef Q_OS_UNIX
    if (m_group > 0)
        ::kill(-pid_t(m_group), SIGTERM);
#endif
#ifdef Q_OS_LINUX
    if (!m_mark.isEmpty())
        signalMarked(m_mark.constData(), std::size_t(m_mark.size()) + 1, SIGTERM);
#endif
}

void ProcessTree::kill()
{
#ifdef Q_OS_WIN
    if (m_job)
        TerminateJobObject(m_job, 1);
#else
    if (m_group > 0)
        ::kill(-pid_t(m_group), SIGKILL);
#endif
#ifdef Q_OS_LINUX
    if (!m_mark.isEmpty())
        killMarked(m_mark.constData(), std::size_t(m_mark.size()) + 1); // with its '\0': the whole entry
#endif
}

void ProcessTree::release()
{
#ifdef Q_OS_WIN
    if (m_job) {
        CloseHandle(m_job);
        m_job = nullptr;
    }
#else
    if (m_group > 0)
        ::kill(-pid_t(m_group), SIGKILL);
#ifdef Q_OS_LINUX
    if (!m_mark.isEmpty()) {
        // Every probe ends here, so the pass over /proc is kept short: a child that ran briefly can only have
        // descendants with ids handed out after its own (a wrap of every id in a few seconds is not plausible);
        // after a longer run, every process is looked at (about 20 µs a process).
        PidRange range;
        const pid_t last = m_group > 0 && m_clock.elapsed() < 10000 ? lastPid() : 0;
        if (last > 0)
            range = {pid_t(m_group), last};
        killMarked(m_mark.constData(), std::size_t(m_mark.size()) + 1, range);
    }
    m_mark.clear();
#endif
    m_group = 0;
#endif
}

} // namespace tgs
