// The Miniforge download, against a local HTTP server (loopback only): a good file, a wrong
// hash, a broken connection, a mirror that lacks the file, a server that drips, stalls or sends
// too much. A bad file is never left behind. The limits are small so that each test is quick.
#include <core/install/downloader.h>
#include <tinyhttpserver.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;

namespace {

QByteArray installer()
{
    // Something shaped like an installer: a script header and 3 MiB of payload.
    QByteArray bytes = "#!/bin/sh\necho Miniforge3 installer\nexit 0\n";
    bytes += QByteArray(3 * 1024 * 1024, 'x');
    return bytes;
}

QString sha(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct Outcome
{
    bool ok = false;
    QString message;
    qint64 lastProgress = 0;
    qint64 lastTotal = 0;
};

TransferLimits idleOnly()
{
    TransferLimits limits = TransferLimits::installer();
    limits.idleMs = 5000;
    return limits;
}

// Waits far longer than any limit of these tests and far shorter than a dripping body takes.
Outcome download(const QStringList &urls, const QString &sha256, const QString &destination,
                 const TransferLimits &limits = idleOnly())
{
    Downloader downloader;
    downloader.setLimits(limits);
    Outcome outcome;
    QSignalSpy finished(&downloader, &Downloader::finished);
    QObject::connect(&downloader, &Downloader::progress, [&outcome](qint64 received, qint64 total) {
        outcome.lastProgress = received;
        outcome.lastTotal = total;
    });
    downloader.start(urls, sha256, destination);
    if (!finished.wait(20000))
        qFatal("download did not finish");
    outcome.ok = finished.first().at(0).toBool();
    outcome.message = finished.first().at(1).toString();
    return outcome;
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT

private slots:
    void goodFile();
    void wrongHashIsDeleted();
    void brokenConnectionLeavesNothing();
    void fallsBackToTheNextSource();
    void everySourceFails();
    void drippingServerMeetsTheDeadline();
    void drippingServerIsBelowTheMinimumRate();
    void silentServerMeetsTheIdleTimeout();
    void fileLargerThanTheCapIsRefused();
    void slowSourceIsLeftForTheNext();
    void limitsForTheKnowledgeBaseAndTheInstaller();
};

namespace {

// 1000 bytes at one byte every 50 ms: 50 s if nothing stops it.
Route dripping()
{
    Route route;
    route.body = QByteArray(1000, 'd');
    route.dripMs = 50;
    return route;
}

void verifyNothingLeft(const QString &destination)
{
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + QStringLiteral(".part")));
}

} // namespace

void TestDownloader::goodFile()
{
    TinyHttpServer server;
    server.routes.insert("/Miniforge3-Linux-x86_64.sh", {installer()});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("安装 包/Miniforge3-Linux-x86_64.sh"));
    const Outcome outcome = download({server.url(QStringLiteral("/Miniforge3-Linux-x86_64.sh")).toString()},
                                     sha(installer()), destination);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QFile file(destination);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), installer());
    QCOMPARE(outcome.lastProgress, qint64(installer().size()));
    QCOMPARE(outcome.lastTotal, qint64(installer().size()));
    QVERIFY(!QFile::exists(destination + QStringLiteral(".part")));
}

void TestDownloader::wrongHashIsDeleted()
{
    TinyHttpServer server;
    QByteArray tampered = installer();
    tampered.replace("exit 0", "rm -rf");
    server.routes.insert("/m.sh", {tampered});
    server.routes.insert("/good/m.sh", {installer()});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    // The tampered file comes first; a good copy elsewhere must not be fetched to "fix" it.
    const Outcome outcome = download(
        {server.url(QStringLiteral("/m.sh")).toString(), server.url(QStringLiteral("/good/m.sh")).toString()},
        sha(installer()), destination);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("SHA-256")));
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + QStringLiteral(".part")));
    QCOMPARE(server.requests, 1);
}

void TestDownloader::brokenConnectionLeavesNothing()
{
    TinyHttpServer server;
    server.routes.insert("/m.sh", {installer(), 200, true});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    const Outcome outcome = download({server.url(QStringLiteral("/m.sh")).toString()}, sha(installer()), destination);
    QVERIFY(!outcome.ok);
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + QStringLiteral(".part")));
}

void TestDownloader::fallsBackToTheNextSource()
{
    TinyHttpServer mirror; // its folder holds only a newer release: 404
    TinyHttpServer github;
    github.routes.insert("/m.sh", {installer()});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    const Outcome outcome
        = download({mirror.url(QStringLiteral("/m.sh")).toString(), github.url(QStringLiteral("/m.sh")).toString()},
                   sha(installer()), destination);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(mirror.requests, 1);
    QCOMPARE(github.requests, 1);
}

void TestDownloader::everySourceFails()
{
    TinyHttpServer server;
    QTemporaryDir dir;
    const Outcome outcome
        = download({server.url(QStringLiteral("/a")).toString(), server.url(QStringLiteral("/b")).toString()},
                   sha(installer()), dir.filePath(QStringLiteral("m.sh")));
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.message.contains(QStringLiteral("/a")));
    QVERIFY(outcome.message.contains(QStringLiteral("/b")));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestDownloader::drippingServerMeetsTheDeadline()
{
    // One byte every 50 ms never trips a 5 s idle time-out: only the deadline ends it.
    TinyHttpServer server;
    server.routes.insert("/kb.json", dripping());
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("kb.json"));
    TransferLimits limits = idleOnly();
    limits.deadlineMs = 1000;
    const Outcome outcome
        = download({server.url(QStringLiteral("/kb.json")).toString()}, sha(dripping().body), destination, limits);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("not finished within the limit of 1 second")),
             qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("try another mirror")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("/kb.json")), qPrintable(outcome.message));
    verifyNothingLeft(destination);
}

void TestDownloader::drippingServerIsBelowTheMinimumRate()
{
    TinyHttpServer server;
    server.routes.insert("/m.sh", dripping());
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    TransferLimits limits = idleOnly();
    limits.minBytesPerSecond = 1000; // the drip gives 20 bytes/s at most
    limits.rateGraceMs = 300;
    const Outcome outcome
        = download({server.url(QStringLiteral("/m.sh")).toString()}, sha(dripping().body), destination, limits);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("too slow")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("below the minimum of 1.0 kB/s")), qPrintable(outcome.message));
    verifyNothingLeft(destination);
}

void TestDownloader::silentServerMeetsTheIdleTimeout()
{
    TinyHttpServer server;
    Route late;
    late.body = installer();
    late.delayMs = 60000;
    server.routes.insert("/m.sh", late);
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    TransferLimits limits = idleOnly();
    limits.idleMs = 500;
    const Outcome outcome
        = download({server.url(QStringLiteral("/m.sh")).toString()}, sha(installer()), destination, limits);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.message.contains(QStringLiteral("no data for 1 second")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("check the network connection")), qPrintable(outcome.message));
    verifyNothingLeft(destination);
}

void TestDownloader::fileLargerThanTheCapIsRefused()
{
    TinyHttpServer server;
    server.routes.insert("/m.sh", {installer()});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    TransferLimits limits = idleOnly();
    limits.maxBytes = 1000 * 1000;
    const Outcome outcome
        = download({server.url(QStringLiteral("/m.sh")).toString()}, sha(installer()), destination, limits);
    QVERIFY(!outcome.ok);
    // The cap and what the server announced (3 MiB and a little), in the error.
    QVERIFY2(outcome.message.contains(QStringLiteral("larger than the limit of 1.0 MB")), qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("3.1 MB announced")), qPrintable(outcome.message));
    QVERIFY(outcome.lastProgress <= limits.maxBytes);
    verifyNothingLeft(destination);
}

void TestDownloader::slowSourceIsLeftForTheNext()
{
    TinyHttpServer mirror;
    mirror.routes.insert("/m.sh", dripping());
    TinyHttpServer github;
    github.routes.insert("/m.sh", {dripping().body});
    QTemporaryDir dir;
    const QString destination = dir.filePath(QStringLiteral("m.sh"));
    TransferLimits limits = idleOnly();
    limits.deadlineMs = 3000; // 1000 bytes on loopback: far less, even under Wine on a busy machine
    const Outcome outcome
        = download({mirror.url(QStringLiteral("/m.sh")).toString(), github.url(QStringLiteral("/m.sh")).toString()},
                   sha(dripping().body), destination, limits);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(mirror.requests, 1);
    QCOMPARE(github.requests, 1);
    QFile file(destination);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), dripping().body);
}

void TestDownloader::limitsForTheKnowledgeBaseAndTheInstaller()
{
    // A knowledge base (< 1 MiB, see KnowledgeBase::fromFile) gets a deadline; Miniforge (about 100 MB) a
    // minimum rate after a grace period, and no deadline that a slow but steady line could not meet.
    const TransferLimits kb = TransferLimits::smallFile();
    QCOMPARE(kb.maxBytes, 1024 * 1024);
    QVERIFY(kb.deadlineMs > 0 && kb.deadlineMs <= 60000);
    QVERIFY(kb.idleMs > 0 && kb.idleMs < kb.deadlineMs);
    const TransferLimits miniforge = TransferLimits::installer();
    QVERIFY(miniforge.maxBytes >= 200 * 1000 * 1000);
    QCOMPARE(miniforge.deadlineMs, 0);
    QVERIFY(miniforge.minBytesPerSecond > 0 && miniforge.rateGraceMs > 0);
    QCOMPARE(Downloader().limits().minBytesPerSecond, miniforge.minBytesPerSecond);
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
