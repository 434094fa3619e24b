#pragma once

#include <QObject>

namespace tgs::app {

// Turns Ctrl+C, termination and a closed terminal (SIGINT, SIGTERM, SIGHUP and SIGQUIT on Unix, the console control
// handler on Windows) into a Qt signal delivered on the main thread, so every command can end its child processes
// and `install` can cancel cleanly instead of dying. One at a time: the command line makes it for the whole run.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // The watcher of this run, if there is one.
    static InterruptWatcher *current();
    // Whether an interrupt came.
    bool fired() const { return m_fired; }

signals:
    void interrupted();

private:
    bool m_fired = false;
};

// While one exists, interrupts are the install runner's to handle (it cancels its step and writes the log's end);
// the run's watcher leaves the processes alone.
class InterruptTakeover
{
public:
    InterruptTakeover() { s_active = true; }
    ~InterruptTakeover() { s_active = false; }
    InterruptTakeover(const InterruptTakeover &) = delete;
    InterruptTakeover &operator=(const InterruptTakeover &) = delete;
    static bool active() { return s_active; }

private:
    static inline bool s_active = false;
};

} // namespace tgs::app
