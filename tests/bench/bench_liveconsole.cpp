// Benchmark (not a test): the install page's live console under a flood of output.
//   bench_liveconsole [LINES]
// Lines arrive in bursts of 2,000 from the event loop, as a runner's readyRead would deliver them; a 5 ms timer
// measures how late the event loop gets to it (a stall). Target: ≥ 100,000 lines/s with no stall over 50 ms, and
// a view that stays bounded (the newest 20,000 lines). Beyond what can be drawn (2,500 lines per update, 25
// updates a second) the view shows the newest lines and a marker with the count of those it skipped; the log file
// keeps every line.
#include <liveconsole.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 500000;
    constexpr int burst = 2000;
    tgs::ui::LiveConsole console;
    console.resize(800, 400);
    console.show();

    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 worstStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstStall = qMax(worstStall, now - lastTick);
        lastTick = now;
    });

    int sent = 0;
    QTimer feeder;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        for (int i = 0; i < burst && sent < total; ++i, ++sent) {
            if (sent % 50 == 49)
                console.appendLine(QStringLiteral("Progress %1 of 2722746368").arg(sent), true);
            else
                console.appendLine(
                    QStringLiteral("  Downloading nvidia_cudnn_cu12-9.1.0.70 line %1 of the output").arg(sent));
        }
        if (sent >= total) {
            feeder.stop();
            QTimer::singleShot(100, &app, &QCoreApplication::quit); // the last batch is shown by the view's timer
        }
    });
    clock.start();
    heartbeat.start(5);
    feeder.start(0);
    app.exec();
    const double seconds = (clock.elapsed() - 100) / 1000.0;
    std::printf("live console: %d lines in %.2f s = %.0f lines/s; worst event-loop stall %lld ms (target <= 50); "
                "view holds %d lines (bounded)\n",
                total, seconds, total / seconds, static_cast<long long>(worstStall), console.blockCount());
    return 0;
}
