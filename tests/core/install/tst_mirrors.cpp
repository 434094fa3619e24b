// The mirror list (resources/mirrors.json, or TGS_MIRRORS_FILE) is read as strictly as the
// knowledge base, with the same reader: file, JSON pointer and reason for what is wrong.
#include <core/install/mirrors.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTest>

#include <functional>

using namespace tgs;
using json = nlohmann::json;

namespace {

json builtIn()
{
    QFile file(QStringLiteral(TGS_SOURCE_DIR "/resources/mirrors.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("resources/mirrors.json missing");
    const QByteArray bytes = file.readAll();
    return json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

using Mutation = std::function<void(json &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestMirrors : public QObject
{
    Q_OBJECT

private slots:
    void builtInListLoads();
    void brokenLists_data();
    void brokenLists();
};

void TestMirrors::builtInListLoads()
{
    const Result<MirrorCatalog> catalog = MirrorCatalog::embedded();
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
    QCOMPARE(catalog->mirrors.first().id, QStringLiteral("official"));
    const Mirror *tuna = catalog->mirror(QStringLiteral("tuna"));
    QVERIFY(tuna);
    QVERIFY(!tuna->name.zhCN.isEmpty());
    QVERIFY(tuna->channel(QStringLiteral("nvidia")).isEmpty()); // null in the list: not carried
    QCOMPARE(catalog->miniforgeLinux.sha256.size(), 64);
}

void TestMirrors::brokenLists_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("pointer");
    QTest::newRow("not an object") << Mutation([](json &d) { d = json::array(); }) << "origin.json: /:";
    QTest::newRow("unknown top-level key") << Mutation([](json &d) { d["mirorrs"] = json::array(); }) << "/mirorrs";
    QTest::newRow("schema version that narrows to 1")
        << Mutation([](json &d) { d["schema_version"] = 4294967297ULL; }) << "/schema_version";
    QTest::newRow("mirror with a misspelt key")
        << Mutation([](json &d) { d["mirrors"][1]["pypi_idx"] = "x"; }) << "/mirrors/1/pypi_idx";
    QTest::newRow("name without Chinese")
        << Mutation([](json &d) { d["mirrors"][2]["name"].erase("zh_CN"); }) << "/mirrors/2/name";
    QTest::newRow("channel that is a number")
        << Mutation([](json &d) { d["mirrors"][1]["conda_channels"]["main"] = 3; }) << "/mirrors/1/conda_channels/main";
    QTest::newRow("official not first") << Mutation([](json &d) { std::swap(d["mirrors"][0], d["mirrors"][1]); })
                                        << "/mirrors/0/id";
    QTest::newRow("Miniforge file without its hash")
        << Mutation([](json &d) { d["miniforge"]["files"]["windows"].erase("sha256"); }) << "/miniforge/files/windows";
}

void TestMirrors::brokenLists()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, pointer);
    json doc = builtIn();
    mutation(doc);
    const std::string text = doc.dump();
    const Result<MirrorCatalog> catalog
        = MirrorCatalog::fromJson(QByteArray::fromStdString(text), QStringLiteral("origin.json"));
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.error().message.contains(pointer), qPrintable(catalog.error().message));
    QVERIFY(catalog.error().message.startsWith(QStringLiteral("origin.json: ")));
}

QTEST_GUILESS_MAIN(TestMirrors)
#include "tst_mirrors.moc"
