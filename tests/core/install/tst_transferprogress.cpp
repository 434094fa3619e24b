// Download progress read from what pip and conda print (tests/fixtures/install-progress/SOURCES.md).
#include <core/install/transferprogress.h>
#include <core/process/linesplitter.h>

#include <QFile>
#include <QTest>

using namespace tgs;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/install-progress/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The tool's bytes, split the way the runner splits them, then read; only the lines that carried progress.
QList<TransferProgress> readAll(const QByteArray &bytes)
{
    LineSplitter splitter;
    TransferProgressReader reader;
    QList<TransferProgress> found;
    QList<OutputLine> lines = splitter.feed(bytes);
    lines += splitter.finish();
    for (const OutputLine &line : lines) {
        if (const std::optional<TransferProgress> p = reader.read(line))
            found << *p;
    }
    return found;
}

} // namespace

class TestTransferProgress : public QObject
{
    Q_OBJECT

private slots:
    void condaBarsAsATerminalGetsThem()
    {
        // A terminal gets each update after a bare \r: put them back that way.
        QByteArray bytes = fixture(QStringLiteral("conda-tqdm-pyg-3121.txt"));
        QVERIFY(!bytes.isEmpty());
        const qsizetype header = bytes.indexOf('\n') + 1;
        bytes = bytes.left(header) + bytes.mid(header).replace('\n', '\r');
        const QList<TransferProgress> found = readAll(bytes);
        QCOMPARE(found.size(), 24);
        QCOMPARE(found.first().item, QStringLiteral("pytorch-spline-conv-"));
        QCOMPARE(found.first().total, qint64(714 * 1024));
        QCOMPARE(found.first().percent, 0);
        QCOMPARE(found.at(1).percent, 100);
        const TransferProgress &last = found.last();
        QCOMPARE(last.item, QStringLiteral("pytorch-1.9.0"));
        QCOMPARE(last.percent, 5);
        QCOMPARE(last.total, qint64(871.6 * 1024 * 1024));
        QCOMPARE(last.done, last.total * 5 / 100);
    }
    void condaFinishedBarsOfAWideTerminal()
    {
        const QList<TransferProgress> found = readAll(fixture(QStringLiteral("conda-tqdm-aaw-1399.txt")));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(1).item, QStringLiteral("pytorch-1.12.1"));
        QCOMPARE(found.at(1).percent, 100);
        QCOMPARE(found.at(1).total, qint64(1.19 * 1024 * 1024 * 1024));
    }
    void pipRawProgressNamesTheWheel()
    {
        const QList<TransferProgress> found = readAll(fixture(QStringLiteral("pip-raw-progress.txt")));
        QCOMPARE(found.size(), 5);
        QCOMPARE(found.first().item, QStringLiteral("torch-2.1.2+cu118-cp311-cp311-win_amd64.whl"));
        QCOMPARE(found.first().total, qint64(2722700000)); // "(2722.7 MB)": pip counts in powers of 1000
        QCOMPARE(found.at(2).item, found.first().item);
        QCOMPARE(found.at(2).done, qint64(17825792));
        QCOMPARE(found.at(2).total, qint64(2722746368)); // the exact count replaces the rounded one
        QCOMPARE(found.at(3).percent, 50);
        QCOMPARE(found.last().percent, 100);
    }
    void pipHeadersOfARealLogWithoutRawMode()
    {
        // An older pip prints only the "Downloading … (size)" lines; each is still a start of a download.
        QFile log(QStringLiteral(TGS_FIXTURES_DIR "/install-errors/ok-conda-then-pip-cu118-windows.txt"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<TransferProgress> found = readAll(log.readAll());
        QVERIFY(found.size() >= 3);
        QCOMPARE(found.first().item, QStringLiteral("torch-2.1.2+cu118-cp311-cp311-win_amd64.whl"));
        QCOMPARE(found.first().percent, 0);
    }
    void notProgress_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("pip table row") << QStringLiteral("Package    Version");
        QTest::newRow("conda plan row") << QStringLiteral(
            "    pytorch-1.1.0              |py3.7_cuda100_cudnn7_1       496.0 MB  pytorch");
        QTest::newRow("percent over 100") << QStringLiteral("pytorch-1.9.0        | 871.6 MB  | 4          | 500% ");
        QTest::newRow("huge count") << QStringLiteral("Progress 99999999999999999999 of 1");
        QTest::newRow("no size unit") << QStringLiteral("  Downloading torch.whl (many)");
        QTest::newRow("empty") << QString();
    }
    void notProgress()
    {
        QFETCH(QString, line);
        TransferProgressReader reader;
        QVERIFY(!reader.read(OutputLine{line, false}).has_value());
    }
    void sizesAndTheirText()
    {
        QCOMPARE(TransferProgressReader::parseSize(QStringLiteral("31 kB"), 1000), qint64(31000));
        QCOMPARE(TransferProgressReader::parseSize(QStringLiteral("6.1 MB"), 1024), qint64(6.1 * 1024 * 1024));
        QCOMPARE(TransferProgressReader::parseSize(QStringLiteral("1 PB"), 1000), qint64(-1));
        QCOMPARE(formatBytes(2722746368), QStringLiteral("2.7 GB"));
        QCOMPARE(formatBytes(850000000), QStringLiteral("850 MB"));
        QCOMPARE(formatBytes(999), QStringLiteral("999 B"));
        QCOMPARE(formatBytes(1000), QStringLiteral("1.0 kB"));
        QCOMPARE(formatBytes(-1), QStringLiteral("?"));
        // Rounded before the unit is chosen: never "1000 kB" or "100.0 kB".
        QCOMPARE(formatBytes(999950), QStringLiteral("1.0 MB"));
        QCOMPARE(formatBytes(99960), QStringLiteral("100 kB"));
        QCOMPARE(formatBytes(99940), QStringLiteral("99.9 kB"));
        QCOMPARE(formatBytes(999499), QStringLiteral("999 kB"));
    }
};

QTEST_GUILESS_MAIN(TestTransferProgress)
#include "tst_transferprogress.moc"
