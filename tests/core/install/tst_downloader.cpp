// The Miniforge download, against a local HTTP server (loopback only): a good file, a wrong
// hash, a broken connection, a mirror that lacks the file. A bad file is never left behind.
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
};

Outcome download(const QStringList &urls, const QString &sha256, const QString &destination)
{
    Downloader downloader;
    downloader.setTransferTimeoutMs(5000);
    Outcome outcome;
    QSignalSpy finished(&downloader, &Downloader::finished);
    QObject::connect(&downloader, &Downloader::progress,
                     [&outcome](qint64 received, qint64) { outcome.lastProgress = received; });
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
};

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

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
