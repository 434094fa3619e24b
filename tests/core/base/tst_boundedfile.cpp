// The files the program's data comes from are read only when they are regular files of a
// sensible size: a device that never ends (/dev/zero), a folder or an oversized file is refused
// at once with a message that names the limit, and nothing is read whole.
#include <core/base/boundedfile.h>
#include <core/install/mirrors.h>
#include <core/kb/knowledgebase.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;

class TestBoundedFile : public QObject
{
    Q_OBJECT

private slots:
    void regularFileIsRead();
    void notARegularFile();
    void tooLarge();
    void knowledgeBaseFileIsBounded();
    void mirrorFileIsBounded();
};

void TestBoundedFile::regularFileIsRead()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    const Result<QByteArray> bytes = BoundedFile::read(file.fileName(), 16);
    QVERIFY(bytes.ok());
    QCOMPARE(*bytes, QByteArray("{}"));
}

void TestBoundedFile::notARegularFile()
{
    QTemporaryDir dir;
    const Result<QByteArray> folder = BoundedFile::read(dir.path(), 1024);
    QVERIFY(!folder.ok());
    QVERIFY2(folder.error().message.contains(QStringLiteral("not a regular file")), qPrintable(folder.error().message));
#ifdef Q_OS_LINUX
    const Result<QByteArray> zero = BoundedFile::read(QStringLiteral("/dev/zero"), 1024);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().message.contains(QStringLiteral("not a regular file")), qPrintable(zero.error().message));
#endif
    QVERIFY(!BoundedFile::read(dir.filePath(QStringLiteral("missing")), 1024).ok());
}

void TestBoundedFile::tooLarge()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("big.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, ' '));
    file.close();
    const Result<QByteArray> bytes = BoundedFile::read(file.fileName(), 2048);
    QVERIFY(!bytes.ok());
    QVERIFY2(bytes.error().message.contains(QStringLiteral("2 KiB")), qPrintable(bytes.error().message));
}

void TestBoundedFile::knowledgeBaseFileIsBounded()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("kb.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2 * 1024 * 1024, ' '));
    file.close();
    const Result<KnowledgeBase> kb = KnowledgeBase::fromFile(file.fileName());
    QVERIFY(!kb.ok());
    QVERIFY2(kb.error().message.contains(QStringLiteral("1024 KiB")), qPrintable(kb.error().message));
    QVERIFY(!KnowledgeBase::fromFile(dir.path()).ok());
}

void TestBoundedFile::mirrorFileIsBounded()
{
    QTemporaryDir dir;
    qputenv("TGS_MIRRORS_FILE", dir.path().toLocal8Bit());
    const Result<MirrorCatalog> catalog = MirrorCatalog::load();
    qunsetenv("TGS_MIRRORS_FILE");
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().message.startsWith(QStringLiteral("TGS_MIRRORS_FILE: ")),
             qPrintable(catalog.error().message));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
