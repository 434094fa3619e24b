// Benchmark, not a test: framing time of 50 MB of output read in 64 KiB pieces (what a pipe
// gives a reader), as one line without a newline (quadratic framing took 21 s here) and as short
// lines. Linear framing takes well under a second for either. Run it with scripts/bench.sh.
#include <core/process/linesplitter.h>

#include <QElapsedTimer>

#include <cstdio>

using namespace tgs;

namespace {

constexpr qsizetype kTotal = 50 * 1024 * 1024;
constexpr qsizetype kRead = 64 * 1024;

void run(const char *name, const QByteArray &read, const QByteArray &end)
{
    QElapsedTimer clock;
    clock.start();
    LineSplitter splitter;
    qsizetype lines = 0;
    qsizetype kept = 0;
    for (qsizetype fed = 0; fed < kTotal; fed += read.size()) {
        for (const OutputLine &line : splitter.feed(read))
            ++lines, kept += line.text.size();
    }
    QList<OutputLine> last = splitter.feed(end);
    last += splitter.finish();
    for (const OutputLine &line : last)
        ++lines, kept += line.text.size();
    std::printf("%-34s %6lld ms  %9lld line(s)  %10lld characters kept\n", name, qint64(clock.elapsed()), qint64(lines),
                qint64(kept));
}

} // namespace

int main()
{
    run("50 MB, one line without newline", QByteArray(kRead, 'x'), QByteArray());
    run("50 MB, one line, then a newline", QByteArray(kRead, 'x'), QByteArray("\n"));
    QByteArray shortLines;
    while (shortLines.size() + 80 <= kRead)
        shortLines += QByteArray(79, 'y') + '\n';
    run("50 MB of 80-character lines", shortLines, QByteArray());
    QByteArray progress;
    while (progress.size() + 40 <= kRead)
        progress += QByteArray(" 42%|#########               |\r").leftJustified(40, ' ');
    run("50 MB of progress updates", progress, QByteArray("\n"));
    return 0;
}
