#pragma once

#include <QObject>

namespace tgs::app {

// Turns Ctrl+C (SIGINT / SIGTERM on Unix, the console control handler on Windows) into a Qt
// signal delivered on the main thread, so `install` can cancel cleanly instead of dying.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();
};

} // namespace tgs::app
