// Fetching a newer knowledge base, against a small HTTP server inside the test (loopback only):
// a good file, a truncated one, a tampered one, an older one, a missing hash, no server at all.
#include <core/kb/kbstore.h>
#include <tinyhttpserver.h>

#include <nlohmann/json.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;
using json = nlohmann::json;

namespace {

QByteArray kbWithDate(const QString &date, int schema = 1)
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/kb/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("minimal.json missing");
    const QByteArray bytes = file.readAll();
    json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    doc["data_date"] = date.toStdString();
    doc["schema_version"] = schema;
    return QByteArray::fromStdString(doc.dump(1));
}

QByteArray sha256Line(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + "  compat.json\n";
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKbUpdater : public QObject
{
    Q_OBJECT

private slots:
    void goodDownloadIsCachedAndUsed();
    void truncatedDownloadIsDiscarded();
    void tamperedDownloadIsDiscarded();
    void invalidButMatchingHashIsDiscarded();
    void olderIsNotCached();
    void missingHashIsDiscarded();
    void offlineFallsBackQuietly();
};

void TestKbUpdater::goodDownloadIsCachedAndUsed()
{
    TinyHttpServer server;
    const QByteArray body = kbWithDate(QStringLiteral("2099-01-01"));
    server.routes.insert("/kb/compat.json", {body});
    server.routes.insert("/kb/compat.json.sha256", {sha256Line(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(
        server.url(QStringLiteral("/kb/compat.json")), cache.path(), KnowledgeBase::embedded()->dataDate, 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Updated));
    QCOMPARE(result.dataDate, QStringLiteral("2099-01-01"));
    QCOMPARE(readAll(KnowledgeBaseStore::cachedFile(cache.path())), body);
    QCOMPARE(KnowledgeBaseStore::best(cache.path())->dataDate, QStringLiteral("2099-01-01"));
}

void TestKbUpdater::truncatedDownloadIsDiscarded()
{
    TinyHttpServer server;
    const QByteArray body = kbWithDate(QStringLiteral("2099-01-01"));
    server.routes.insert("/compat.json", {body, 200, true});
    server.routes.insert("/compat.json.sha256", {sha256Line(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(server.url(QStringLiteral("/compat.json")),
                                                                      cache.path(), QStringLiteral("2026-01-01"), 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
    QCOMPARE(KnowledgeBaseStore::best(cache.path())->dataDate, KnowledgeBase::embedded()->dataDate);
}

void TestKbUpdater::tamperedDownloadIsDiscarded()
{
    TinyHttpServer server;
    const QByteArray original = kbWithDate(QStringLiteral("2099-01-01"));
    QByteArray tampered = original;
    tampered.replace("\"0.20.1\"", "\"0.99.0\""); // still valid JSON, still a valid knowledge base
    QVERIFY(tampered != original);
    server.routes.insert("/compat.json", {tampered});
    server.routes.insert("/compat.json.sha256", {sha256Line(original)});
    QTemporaryDir cache;
    // A good cache from before must survive a bad download untouched.
    const QByteArray before = kbWithDate(QStringLiteral("2098-01-01"));
    QFile file(KnowledgeBaseStore::cachedFile(cache.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(before);
    file.close();
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(server.url(QStringLiteral("/compat.json")),
                                                                      cache.path(), QStringLiteral("2098-01-01"), 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(result.message.contains(QStringLiteral("SHA-256")));
    QCOMPARE(readAll(KnowledgeBaseStore::cachedFile(cache.path())), before);
}

void TestKbUpdater::invalidButMatchingHashIsDiscarded()
{
    TinyHttpServer server;
    const QByteArray body = kbWithDate(QStringLiteral("2099-01-01"), 7);
    server.routes.insert("/compat.json", {body});
    server.routes.insert("/compat.json.sha256", {sha256Line(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(server.url(QStringLiteral("/compat.json")),
                                                                      cache.path(), QStringLiteral("2026-01-01"), 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("/schema_version")), qPrintable(result.message));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::olderIsNotCached()
{
    TinyHttpServer server;
    const QByteArray body = kbWithDate(QStringLiteral("2001-01-01"));
    server.routes.insert("/compat.json", {body});
    server.routes.insert("/compat.json.sha256", {sha256Line(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(
        server.url(QStringLiteral("/compat.json")), cache.path(), KnowledgeBase::embedded()->dataDate, 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::UpToDate));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::missingHashIsDiscarded()
{
    TinyHttpServer server;
    server.routes.insert("/compat.json", {kbWithDate(QStringLiteral("2099-01-01"))});
    QTemporaryDir cache;
    const KbUpdateResult result = KnowledgeBaseUpdater::fetchBlocking(server.url(QStringLiteral("/compat.json")),
                                                                      cache.path(), QStringLiteral("2026-01-01"), 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::offlineFallsBackQuietly()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    } // nothing listens there any more
    QTemporaryDir cache;
    const KbUpdateResult result
        = KnowledgeBaseUpdater::fetchBlocking(QUrl(QStringLiteral("http://127.0.0.1:%1/compat.json").arg(closedPort)),
                                              cache.path(), QStringLiteral("2026-01-01"), 5000);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(KnowledgeBaseStore::best(cache.path())->dataDate, KnowledgeBase::embedded()->dataDate);
}

QTEST_GUILESS_MAIN(TestKbUpdater)
#include "tst_kbupdater.moc"
