#include "interrupt.h"

#ifdef Q_OS_WIN
#include <QMetaObject>
#include <QPointer>
#include <qt_windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace tgs::app {

#ifdef Q_OS_WIN

namespace {
QPointer<InterruptWatcher> g_watcher;
HANDLE g_finished = nullptr; // set when the watcher goes, that is when the install has written its outcome

BOOL WINAPI onConsoleControl(DWORD type)
{
    InterruptWatcher *watcher = g_watcher.data();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(watcher, &InterruptWatcher::interrupted, Qt::QueuedConnection);
    if (type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT)
        return TRUE;
    // The console is closing, or the user logs off: Windows ends the process as soon as this returns (and at
    // the latest after 5 s), so wait here while the main thread cancels the step and writes the log's end.
    if (type == CTRL_CLOSE_EVENT || type == CTRL_LOGOFF_EVENT || type == CTRL_SHUTDOWN_EVENT) {
        WaitForSingleObject(g_finished, 4500);
        return TRUE;
    }
    return FALSE;
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    g_watcher = this;
    connect(this, &InterruptWatcher::interrupted, this, [this] { m_fired = true; });
    g_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
}

InterruptWatcher::~InterruptWatcher()
{
    if (g_finished)
        SetEvent(g_finished);
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
}

InterruptWatcher *InterruptWatcher::current()
{
    return g_watcher.data();
}

#else

namespace {
int g_pipe[2] = {-1, -1};
InterruptWatcher *g_current = nullptr;

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1); // async-signal-safe
}
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_pipe[0], &byte, 1);
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    // Ctrl+\ : a core dump of the program would leave the step running and the log without its end.
    sigaction(SIGQUIT, &action, nullptr);
    g_current = this;
    connect(this, &InterruptWatcher::interrupted, this, [this] { m_fired = true; });
}

InterruptWatcher *InterruptWatcher::current()
{
    return g_current;
}

InterruptWatcher::~InterruptWatcher()
{
    g_current = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGHUP, SIG_DFL);
    std::signal(SIGQUIT, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
}

#endif

} // namespace tgs::app
