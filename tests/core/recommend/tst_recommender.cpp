// The recommender: rules on a small knowledge base of real data (tests/fixtures/kb/minimal.json),
// then real situations from public issues (tests/fixtures/situations.json) on the embedded one.
#include <core/base/version.h>
#include <core/kb/knowledgebase.h>
#include <core/recommend/recommender.h>

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTest>

using namespace tgs;
using json = nlohmann::json;

namespace {

const KnowledgeBase &minimalKb()
{
    static const KnowledgeBase kb = [] {
        QFile file(QStringLiteral(TGS_FIXTURES_DIR "/kb/minimal.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("minimal.json missing");
        Result<KnowledgeBase> r = KnowledgeBase::fromJson(file.readAll(), QStringLiteral("minimal.json"));
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }();
    return kb;
}

Facts facts(Platform::Os os, const QString &driver, const QStringList &caps, const QString &python)
{
    Facts f;
    f.os = os;
    f.driver = driver;
    f.driverSource = QStringLiteral("test");
    for (const QString &cc : caps)
        f.gpus.append({QString(), cc});
    f.python = python;
    return f;
}

Recommendation recommend(const Facts &f, const Wishes &w = {})
{
    const Result<Recommendation> r = Recommender(minimalKb()).recommend(f, w);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return r.value();
}

QString all(const QStringList &lines)
{
    return lines.join(u'\n');
}

QString warningCodes(const Recommendation &r)
{
    QStringList codes;
    for (const Warning &w : r.warnings)
        codes << w.code;
    return codes.join(u',');
}

const auto Linux = Platform::Os::Linux;
const auto Windows = Platform::Os::Windows;

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void versions();
    void archFit_data();
    void archFit();
    void noGpuGetsCpuBuild();
    void pythonLimitsTorch();
    void minorCompatibilityDriver();
    void newestCudaTheDriverRuns();
    void pascalNeedsOlderCuda();
    void oldDriverFallsBackToCuda11();
    void driverTooOldForAnything();
    void mixedGpus();
    void wishedCudaTooNewForDriver();
    void wishedCudaMissingArch();
    void condaLegacyRoute();
    void condaForgeRoute();
    void unsupportedPython();
    void wishedTorchWithoutPythonWheel();
    void gpuWithoutDriver();
    void badWishes();
    void situations_data();
    void situations();
};

void TestRecommender::versions()
{
    QVERIFY(Version(QStringLiteral("2.10.0")) > Version(QStringLiteral("2.9.1")));
    QVERIFY(Version(QStringLiteral("535.104.05")) > Version(QStringLiteral("535.54.3")));
    QVERIFY(Version(QStringLiteral("12.10")) > Version(QStringLiteral("12.9")));
    QVERIFY(Version(QStringLiteral("2.5.1+cu124")) == Version(QStringLiteral("2.5.1")));
    QVERIFY(Version(QStringLiteral("1.13.0a0")) == Version(QStringLiteral("1.13.0")));
    QVERIFY(Version(QStringLiteral("12.4")) == Version(QStringLiteral("12.4.0")));
    QCOMPARE(Version(QStringLiteral("3.11.7")).majorMinor(), QStringLiteral("3.11"));
}

void TestRecommender::archFit_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("cc");
    QTest::addColumn<int>("fit");
    using F = Recommender::ArchFit;
    QTest::newRow("Ada on cu124 (8.6 SASS runs on 8.9)") << "2.5.1/cu124"
                                                         << "8.9" << int(F::Native);
    QTest::newRow("Pascal 6.1 on cu124 (6.0 SASS)") << "2.5.1/cu124"
                                                    << "6.1" << int(F::Native);
    QTest::newRow("Blackwell on cu124 (no 12.x, no PTX)") << "2.5.1/cu124"
                                                          << "12.0" << int(F::Missing);
    QTest::newRow("Blackwell on cu128") << "2.9.0/cu128"
                                        << "12.0" << int(F::Native);
    QTest::newRow("Pascal on cu128") << "2.9.0/cu128"
                                     << "6.1" << int(F::Missing);
    QTest::newRow("sm_121 on cu130 (12.0 SASS)") << "2.9.0/cu130"
                                                 << "12.1" << int(F::Native);
    QTest::newRow("future 13.0 GPU through cu130's PTX") << "2.9.0/cu130"
                                                         << "13.0" << int(F::Ptx);
    QTest::newRow("unknown capability") << "2.9.0/cu130"
                                        << "" << int(F::Unknown);
    QTest::newRow("CPU build") << "2.9.0/cpu"
                               << "8.6" << int(F::Missing);
}

void TestRecommender::archFit()
{
    QFETCH(QString, variant);
    QFETCH(QString, cc);
    QFETCH(int, fit);
    const PipVariant *v = minimalKb().release(variant.section(u'/', 0, 0))->variant(variant.section(u'/', 1, 1));
    QVERIFY(v);
    QCOMPARE(int(Recommender::archFit(*v, cc)), fit);
}

void TestRecommender::noGpuGetsCpuBuild()
{
    const Recommendation r = recommend(facts(Linux, QString(), {}, QStringLiteral("3.11")));
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
    QVERIFY(r.recommended.cuda.isEmpty());
    QCOMPARE(r.recommended.variant, QStringLiteral("cpu"));
    QVERIFY(all(r.reasons).contains(QStringLiteral("No NVIDIA GPU")));
    QVERIFY(r.warnings.isEmpty());
}

void TestRecommender::pythonLimitsTorch()
{
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("550.54.14"), {QStringLiteral("8.6")}, QStringLiteral("3.8")));
    QCOMPARE(r.recommended.torch, QStringLiteral("2.4.1"));
    QCOMPARE(r.recommended.cuda, QStringLiteral("12.4"));
    QCOMPARE(r.recommended.python, QStringLiteral("3.8"));
    QVERIFY2(all(r.reasons).contains(QStringLiteral("Python 3.8 (test): the newest torch with a wheel for it is 2.4.1"))
                 || all(r.reasons).contains(QStringLiteral("the newest torch with a wheel for it is 2.4.1")),
             qPrintable(all(r.reasons)));
    QVERIFY2(all(r.whyNotNewer).contains(QStringLiteral("torch 2.5 and newer have no wheel for Python 3.8")),
             qPrintable(all(r.whyNotNewer)));
}

void TestRecommender::minorCompatibilityDriver()
{
    // Driver 536.23 reports CUDA 12.2 at most, but CUDA 12.x wheels run on >= 528.33 on Windows.
    const Recommendation r
        = recommend(facts(Windows, QStringLiteral("536.23"), {QStringLiteral("8.9")}, QStringLiteral("3.11")));
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu128"));
    QVERIFY(all(r.reasons).contains(QStringLiteral("cu128 builds need driver 528.33 or newer")));
    QVERIFY(all(r.reasons).contains(QStringLiteral("cu128 wheels contain sm_80, sm_86, which runs on sm_89")));
    QVERIFY2(all(r.whyNotNewer).contains(QStringLiteral("cu130 needs driver 580.88 or newer; this one is 536.23")),
             qPrintable(all(r.whyNotNewer)));
    QCOMPARE(r.alternatives.first().variant, QStringLiteral("cu126"));
    QCOMPARE(r.alternatives.last().variant, QStringLiteral("cpu"));
}

void TestRecommender::newestCudaTheDriverRuns()
{
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("580.95.05"), {QStringLiteral("12.0")}, QStringLiteral("3.12")));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu130"));
    QCOMPARE(r.recommended.cudnn, QStringLiteral("9.13.0.50"));
    QVERIFY(all(r.reasons).contains(QStringLiteral("Blackwell")));
}

void TestRecommender::pascalNeedsOlderCuda()
{
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("580.95.05"), {QStringLiteral("6.1")}, QStringLiteral("3.12")));
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu126"));
    QVERIFY2(all(r.whyNotNewer).contains(QStringLiteral("cu130 has no code for sm_61")),
             qPrintable(all(r.whyNotNewer)));
    QVERIFY(all(r.whyNotNewer).contains(QStringLiteral("cu128 has no code for sm_61")));
}

void TestRecommender::oldDriverFallsBackToCuda11()
{
    // Driver 470 (CUDA 11.4 at most): no 12.x wheel, but 11.x wheels run on >= 450.80.02.
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("470.256.02"), {QStringLiteral("8.6")}, QStringLiteral("3.11")));
    QCOMPARE(r.recommended.torch, QStringLiteral("2.5.1"));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu118"));
    QVERIFY2(
        all(r.whyNotNewer)
            .contains(QStringLiteral("torch 2.9's CUDA builds (cu130, cu128, cu126) need driver 525.60.13 or newer")),
        qPrintable(all(r.whyNotNewer)));
}

void TestRecommender::driverTooOldForAnything()
{
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("418.87.01"), {QStringLiteral("7.0")}, QStringLiteral("3.11")));
    QCOMPARE(r.recommended.variant, QStringLiteral("cpu"));
    QVERIFY(r.hasWarning(WarningCode::DriverTooOld));
}

void TestRecommender::mixedGpus()
{
    const Recommendation r = recommend(facts(Linux, QStringLiteral("580.95.05"),
                                             {QStringLiteral("6.1"), QStringLiteral("12.0")}, QStringLiteral("3.12")));
    QVERIFY(r.hasWarning(WarningCode::NoSingleBuild));
    QVERIFY(!r.recommended.cuda.isEmpty());
}

void TestRecommender::wishedCudaTooNewForDriver()
{
    const Recommendation r
        = recommend(facts(Windows, QStringLiteral("536.23"), {QStringLiteral("8.9")}, QStringLiteral("3.11")),
                    {QString(), QStringLiteral("cu130"), Route::Pip});
    // The wish breaks a constraint: a warning says so, and the nearest build that works is recommended.
    QCOMPARE(warningCodes(r), WarningCode::DriverTooOld);
    QVERIFY(r.warnings.first().text.contains(QStringLiteral("580.88")));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu128"));
    QVERIFY(all(r.reasons).contains(QStringLiteral("Your choice does not work here")));
}

void TestRecommender::wishedCudaMissingArch()
{
    const Recommendation r
        = recommend(facts(Linux, QStringLiteral("570.124.06"), {QStringLiteral("12.0")}, QStringLiteral("3.11")),
                    {QStringLiteral("2.5.1"), QStringLiteral("12.4"), Route::Pip});
    QCOMPARE(warningCodes(r), WarningCode::ArchMissing);
    QVERIFY(r.warnings.first().text.contains(QStringLiteral("no kernel image")));
    // No 2.5.1 build and no CUDA 12.4 build has sm_120: the newest release's build that does.
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu128"));
}

void TestRecommender::condaLegacyRoute()
{
    // The guide: Python 3.8, pytorch-cuda 11.8.
    Recommendation r
        = recommend(facts(Windows, QStringLiteral("536.23"), {QStringLiteral("8.6")}, QStringLiteral("3.8")),
                    {QString(), QStringLiteral("11.8"), Route::CondaLegacy});
    QCOMPARE(r.recommended.torch, QStringLiteral("2.4.1"));
    QCOMPARE(r.recommended.cuda, QStringLiteral("11.8"));
    QCOMPARE(r.recommended.route, Route::CondaLegacy);
    QVERIFY(r.hasWarning(WarningCode::CondaChannelFrozen));

    r = recommend(facts(Linux, QStringLiteral("570.124.06"), {QStringLiteral("8.6")}, QStringLiteral("3.11")),
                  {QStringLiteral("2.9.0"), QString(), Route::CondaLegacy});
    QCOMPARE(r.recommended.torch, QStringLiteral("2.5.1"));
    QCOMPARE(r.recommended.cuda, QStringLiteral("12.4"));
    QVERIFY(r.hasWarning(WarningCode::CondaChannelFrozen));
}

void TestRecommender::condaForgeRoute()
{
    const Recommendation r
        = recommend(facts(Windows, QStringLiteral("576.80"), {QStringLiteral("8.6")}, QStringLiteral("3.12")),
                    {QString(), QString(), Route::CondaForge});
    QCOMPARE(r.recommended.route, Route::CondaForge);
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
    // conda-forge builds Windows with CUDA 12.8 where Linux gets 12.9 (the feedstock's win_64 variant files).
    QCOMPARE(r.recommended.cuda, QStringLiteral("12.8"));
    // 2.4.1 has conda-forge builds for Linux only.
    const Recommendation old
        = recommend(facts(Windows, QStringLiteral("576.80"), {QStringLiteral("8.6")}, QStringLiteral("3.8")),
                    {QString(), QString(), Route::CondaForge});
    QVERIFY(old.hasWarning(WarningCode::PythonUnsupported));
}

void TestRecommender::unsupportedPython()
{
    const Recommendation r = recommend(facts(Linux, QString(), {}, QStringLiteral("3.15")));
    QVERIFY(r.hasWarning(WarningCode::PythonUnsupported));
    QCOMPARE(r.recommended.python, QStringLiteral("3.14"));
}

void TestRecommender::wishedTorchWithoutPythonWheel()
{
    const Recommendation r = recommend(facts(Linux, QString(), {}, QStringLiteral("3.13")),
                                       {QStringLiteral("2.4"), QString(), Route::Pip});
    QCOMPARE(warningCodes(r), WarningCode::PythonUnsupported);
    QCOMPARE(r.recommended.torch, QStringLiteral("2.9.0"));
}

void TestRecommender::gpuWithoutDriver()
{
    const Recommendation r = recommend(facts(Windows, QString(), {QStringLiteral("8.6")}, QStringLiteral("3.12")));
    QVERIFY(r.hasWarning(WarningCode::DriverMissing));
    QCOMPARE(r.recommended.variant, QStringLiteral("cu130"));
}

void TestRecommender::badWishes()
{
    const Recommender recommender(minimalKb());
    const Facts f = facts(Linux, QString(), {}, QStringLiteral("3.11"));
    QVERIFY(!routeFromId(QStringLiteral("brew"))); // the command line refuses it before recommending
    QVERIFY(!recommender.recommend(f, {QString(), QStringLiteral("twelve"), Route::Pip}).ok());
    // Versions that do not exist are warned about, and the rule decides.
    Result<Recommendation> r = recommender.recommend(f, {QStringLiteral("9.9"), QString(), Route::Pip});
    QVERIFY(r.ok());
    QCOMPARE(warningCodes(*r), WarningCode::NoSuchRelease);
    r = recommender.recommend(f, {QString(), QStringLiteral("10.2"), Route::Pip});
    QVERIFY(r.ok());
    QVERIFY(r->hasWarning(WarningCode::NoSuchVariant));
}

void TestRecommender::situations_data()
{
    QTest::addColumn<QByteArray>("situation");
    QFile file(QStringLiteral(TGS_FIXTURES_DIR "/situations.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const json doc = json::parse(bytes.constData(), bytes.constData() + bytes.size());
    QVERIFY2(doc.size() >= 25, "the issue asks for at least 25 real situations");
    for (const json &s : doc)
        QTest::newRow(s.at("id").get<std::string>().c_str()) << QByteArray::fromStdString(s.dump());
}

void TestRecommender::situations()
{
    QFETCH(QByteArray, situation);
    const json s = json::parse(situation.constData(), situation.constData() + situation.size());
    const Result<KnowledgeBase> kb = KnowledgeBase::embedded();
    QVERIFY(kb.ok());
    auto str = [](const json &o, const char *key) {
        return o.contains(key) && o.at(key).is_string() ? QString::fromStdString(o.at(key).get<std::string>())
                                                        : QString();
    };
    const json &f = s.at("facts");
    Facts facts;
    facts.os = str(f, "os") == QStringLiteral("windows") ? Platform::Os::Windows : Platform::Os::Linux;
    facts.driver = str(f, "driver") == QStringLiteral("none") ? QString() : str(f, "driver");
    facts.driverSource = QStringLiteral("the report");
    for (const json &cc : f.value("compute_caps", json::array()))
        facts.gpus.append({QString(), QString::fromStdString(cc.get<std::string>())});
    facts.python = str(f, "python");
    const json w = s.value("wishes", json::object());
    const Wishes wishes{str(w, "torch"), str(w, "cuda"), routeFromId(str(w, "route")).value_or(Route::Pip)};

    const Result<Recommendation> result = Recommender(*kb).recommend(facts, wishes);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const Recommendation &r = *result;
    const QByteArray context = (QStringLiteral("%1 → torch %2 %3; warnings [%4]; source %5")
                                    .arg(QString::fromStdString(s.at("summary").get<std::string>()),
                                         r.recommended.torch, r.recommended.variant, warningCodes(r), str(s, "source")))
                                   .toUtf8();
    const json &e = s.at("expect");
    if (e.contains("cpu"))
        QVERIFY2(r.recommended.cuda.isEmpty() == e.at("cpu").get<bool>(), context.constData());
    const Version cuda(r.recommended.cuda);
    if (e.contains("cuda_min"))
        QVERIFY2(!r.recommended.cuda.isEmpty() && cuda >= Version(str(e, "cuda_min")), context.constData());
    if (e.contains("cuda_max"))
        QVERIFY2(!r.recommended.cuda.isEmpty() && cuda <= Version(str(e, "cuda_max")), context.constData());
    if (e.contains("torch_min"))
        QVERIFY2(Version(r.recommended.torch) >= Version(str(e, "torch_min")), context.constData());
    if (e.contains("torch_max"))
        QVERIFY2(Version(r.recommended.torch) <= Version(str(e, "torch_max")), context.constData());
    if (e.contains("route"))
        QVERIFY2(routeId(r.recommended.route) == str(e, "route"), context.constData());
    if (e.contains("variant"))
        QVERIFY2(r.recommended.variant == str(e, "variant"), context.constData());
    if (e.contains("python"))
        QVERIFY2(r.recommended.python == str(e, "python"), context.constData());
    if (e.contains("cudnn"))
        QVERIFY2(r.recommended.cudnn == str(e, "cudnn"), context.constData());
    for (const json &code : e.value("warnings", json::array()))
        QVERIFY2(r.hasWarning(QString::fromStdString(code.get<std::string>())), context.constData());
    QVERIFY(!r.reasons.isEmpty());
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
