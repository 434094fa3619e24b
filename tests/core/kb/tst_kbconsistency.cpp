// The knowledge base against the tables derived from primary sources: every arch list of every
// wheel variant from 2.8 on, every Python per OS and per route, and every conda-forge build must
// match tests/fixtures/kb/derived.json, which scripts/kb/derive_kb.py writes from the cited
// upstream excerpts in tests/fixtures/kb/upstream/ (sources: resources/compat-SOURCES.md).
#include <core/base/version.h>
#include <core/kb/knowledgebase.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tgs;

namespace {

const KnowledgeBase &kb()
{
    static const KnowledgeBase loaded = [] {
        Result<KnowledgeBase> r = KnowledgeBase::fromFile(QStringLiteral(TGS_SOURCE_DIR "/resources/compat.json"));
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }();
    return loaded;
}

const QJsonObject &derived()
{
    static const QJsonObject object = [] {
        QFile file(QStringLiteral(TGS_FIXTURES_DIR "/kb/derived.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("derived.json missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

const QStringList kOses{QStringLiteral("linux"), QStringLiteral("windows")};

// The derived tables are keyed by minor release ("2.11"), except where a patch release differs
// (1.8.2, the LTS release, has no Python 3.9).
QJsonObject entryFor(const QJsonObject &table, const QString &version)
{
    if (table.contains(version))
        return table.value(version).toObject();
    return table.value(Version(version).majorMinor()).toObject();
}

} // namespace

class TestKbConsistency : public QObject
{
    Q_OBJECT

private slots:
    void wheelArchMatchesBuildScripts_data();
    void wheelArchMatchesBuildScripts();
    void everyDerivedArchListIsInTheKb();
    void pythonPerOsHasASource_data();
    void pythonPerOsHasASource();
    void condaForgeBuildsHaveASource_data();
    void condaForgeBuildsHaveASource();
};

void TestKbConsistency::wheelArchMatchesBuildScripts_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("variant");
    const QJsonObject table = derived().value(QStringLiteral("wheel_arch")).toObject();
    for (const TorchRelease &r : kb().torchReleases) {
        if (Version(r.version) < Version(QStringLiteral("2.8.0")))
            continue;
        for (const PipVariant &v : r.pip) {
            if (!v.isCpu())
                QTest::addRow("%s %s", qPrintable(r.version), qPrintable(v.id)) << r.version << v.id;
        }
    }
}

// A wrong list sends a GPU to a wheel without its kernels ("no kernel image is available").
void TestKbConsistency::wheelArchMatchesBuildScripts()
{
    QFETCH(QString, release);
    QFETCH(QString, variant);
    const PipVariant *v = kb().release(release)->variant(variant);
    const QJsonObject byCuda = entryFor(derived().value(QStringLiteral("wheel_arch")).toObject(), release);
    QVERIFY2(byCuda.contains(v->cuda),
             qPrintable(QStringLiteral("no derived arch list for torch %1 CUDA %2: add its build script to "
                                       "tests/fixtures/kb/upstream/manifest.json")
                            .arg(release, v->cuda)));
    const QJsonObject expected = byCuda.value(v->cuda).toObject();
    QCOMPARE(v->arch, strings(expected.value(QStringLiteral("arch"))));
    QCOMPARE(v->ptx, expected.value(QStringLiteral("ptx")).toString());
}

// The other direction: a variant of a derived release the knowledge base leaves out is at least
// noticed (each minor's patch releases may drop one, e.g. 2.12.0 has no cu129, so only the
// series as a whole is checked).
void TestKbConsistency::everyDerivedArchListIsInTheKb()
{
    const QJsonObject table = derived().value(QStringLiteral("wheel_arch")).toObject();
    for (auto it = table.constBegin(); it != table.constEnd(); ++it) {
        QStringList inKb;
        for (const TorchRelease &r : kb().torchReleases) {
            if (Version(r.version).majorMinor() != it.key())
                continue;
            for (const PipVariant &v : r.pip)
                inKb << v.cuda;
        }
        for (const QString &cuda : it.value().toObject().keys())
            QVERIFY2(
                inKb.contains(cuda),
                qPrintable(
                    QStringLiteral("torch %1 CUDA %2 is derived but not in the knowledge base").arg(it.key(), cuda)));
    }
}

void TestKbConsistency::pythonPerOsHasASource_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("os");
    for (const TorchRelease &r : kb().torchReleases) {
        for (const QString &os : kOses)
            QTest::addRow("%s %s", qPrintable(r.version), qPrintable(os)) << r.version << os;
    }
}

// No Python is offered for an OS or route without a source: the wheels per OS (2.5.x had no
// Python 3.13 wheel on Windows) and the pytorch conda channel (no Python 3.13 at all).
void TestKbConsistency::pythonPerOsHasASource()
{
    QFETCH(QString, release);
    QFETCH(QString, os);
    const TorchRelease *r = kb().release(release);
    const QJsonObject wheels = entryFor(derived().value(QStringLiteral("python")).toObject(), release);
    QVERIFY2(!wheels.isEmpty(), "no derived Python list for this release");
    QCOMPARE(r->pythonFor(os), strings(wheels.value(os)));

    const bool channel = !r->condaPytorchCuda.isEmpty() || !r->condaCudatoolkit.isEmpty();
    if (!channel)
        return;
    const QJsonObject conda = entryFor(derived().value(QStringLiteral("conda_pytorch_python")).toObject(), release);
    QCOMPARE(r->pythonFor(os, true), conda.isEmpty() ? strings(wheels.value(os)) : strings(conda.value(os)));
}

void TestKbConsistency::condaForgeBuildsHaveASource_data()
{
    QTest::addColumn<QString>("release");
    for (const TorchRelease &r : kb().torchReleases)
        QTest::addRow("%s", qPrintable(r.version)) << r.version;
}

// conda-forge's CUDA builds per OS are the feedstock's CI variant files for that version; a
// version the feedstock never had on its upload branches has none (null).
void TestKbConsistency::condaForgeBuildsHaveASource()
{
    QFETCH(QString, release);
    const TorchRelease *r = kb().release(release);
    const QJsonObject table = derived().value(QStringLiteral("conda_forge")).toObject();
    const QJsonObject entry = table.value(release).toObject();
    if (strings(entry.value(QStringLiteral("linux"))).isEmpty()
        && strings(entry.value(QStringLiteral("windows"))).isEmpty()) {
        QVERIFY2(!r->condaForge, "conda-forge builds listed for a version the feedstock never built");
        return;
    }
    QVERIFY(r->condaForge.has_value());
    for (const QString &os : kOses)
        QCOMPARE(r->condaForge->cudaFor(os), strings(entry.value(os)));
}

QTEST_GUILESS_MAIN(TestKbConsistency)
#include "tst_kbconsistency.moc"
