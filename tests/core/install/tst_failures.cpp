// FailureRecognizer fed with verbatim outputs of failed (and a few harmless) install steps:
// tests/fixtures/install-errors, sources in its SOURCES.md. The expected id of each file was read
// off its text by hand; an empty id means the output must not be taken for a failure.
#include <core/install/failures.h>
#include <core/install/mirrors.h>

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace tgs;

namespace {

const QString fixtureFolder = QStringLiteral(TGS_FIXTURES_DIR "/install-errors");

const QMap<QString, QString> &expectedIds()
{
    static const QMap<QString, QString> ids{
        {"conda-errno28-linux.txt", "disk_full"},
        {"conda-http000-current-repodata-windows.txt", "conda_http_error"},
        {"conda-http000-repodata-linux.txt", "conda_http_error"},
        {"conda-http403-pytorch-mutex.txt", "conda_http_error"},
        {"conda-http404-pytorch-0.4.0-linux.txt", "conda_http_error"},
        {"conda-http404-tuna-nvidia-noarch-windows.txt", "conda_http_error"},
        {"conda-libmamba-unsatisfiable-pytorch-gpu-linux.txt", "conda_unsatisfiable"},
        {"conda-libmamba-unsatisfiable-torchaudio.txt", "conda_unsatisfiable"},
        {"conda-packages-not-found-cudatoolkit-windows.txt", "conda_packages_not_found"},
        {"conda-packages-not-found-pytorch-cuda-12.1-linux.txt", "conda_packages_not_found"},
        {"conda-proxy-error-retries-windows.txt", "conda_proxy_error"},
        {"conda-proxy-error-update.txt", "conda_proxy_error"},
        {"conda-ssl-cadata-windows.txt", "conda_ssl_error"},
        {"conda-ssl-module-unavailable-windows.txt", "conda_ssl_error"},
        {"conda-tos-miniconda-windows.txt", "conda_tos_not_accepted"},
        {"conda-tos-new-format.txt", "conda_tos_not_accepted"},
        {"conda-tos-update-linux.txt", "conda_tos_not_accepted"},
        {"conda-unsatisfiable-classic-cudatoolkit-windows.txt", "conda_unsatisfiable"},
        {"conda-verification-corrupt-pytorch-linux.txt", "conda_corrupt_package"},
        {"conda-verification-corrupt-pytorch-windows.txt", "conda_corrupt_package"},
        {"pip-errno28-cusparse-linux.txt", "disk_full"},
        {"pip-errno28-torch-linux.txt", "disk_full"},
        {"pip-no-matching-torch-0.3.1-windows.txt", "pip_no_matching_distribution"},
        {"pip-no-matching-torch-1.9.0-cu102.txt", "pip_no_matching_distribution"},
        {"pip-no-matching-torch-2.0.0-cu118-linux.txt", "pip_no_matching_distribution"},
        {"pip-oserror-access-denied-windows.txt", "pip_permission_denied"},
        {"pip-read-timeout-docker.txt", "pip_network"},
        {"pip-retry-connect-timeout-windows.txt", "pip_network"},
        {"pip-retry-getaddrinfo-windows.txt", "pip_network"},
        {"pip-retry-network-unreachable-linux.txt", "pip_network"},
        {"ok-conda-then-pip-cu118-windows.txt", ""},
        {"ok-pip-dependency-resolver-conflict-linux.txt", ""},
        {"ok-pip-script-not-on-path-windows.txt", ""},
    };
    return ids;
}

QString fixtureText(const QString &name)
{
    QFile file(fixtureFolder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestFailures : public QObject
{
    Q_OBJECT

private slots:
    void everyFixtureHasAnExpectation();
    void fixtures_data();
    void fixtures();
    void emptyOutput();
    void laterFailureWins();
    void retriesBeforeNoVersionsMeanNetwork();
    void requirementInTitle_data();
    void requirementInTitle();
    void windowsDiskFull();
    void httpCodeInTitle();
    void adviceFitsTheSource_data();
    void adviceFitsTheSource();
};

void TestFailures::everyFixtureHasAnExpectation()
{
    const QStringList files = QDir(fixtureFolder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), expectedIds().size());
    for (const QString &file : files)
        QVERIFY2(expectedIds().contains(file), qPrintable(file));
    QSet<QString> covered;
    for (const QString &id : expectedIds())
        covered.insert(id);
    for (const char *id : {"conda_http_error", "conda_packages_not_found", "conda_unsatisfiable",
                           "conda_tos_not_accepted", "pip_no_matching_distribution", "disk_full", "pip_network"})
        QVERIFY2(covered.contains(QString::fromLatin1(id)), id);
}

void TestFailures::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("id");
    for (auto it = expectedIds().cbegin(); it != expectedIds().cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
}

void TestFailures::fixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QString, id);
    const QString text = fixtureText(fixture);
    const auto failure = FailureRecognizer::recognize(text);
    if (id.isEmpty()) {
        QVERIFY2(!failure, failure ? qPrintable(failure->id + u' ' + failure->evidence) : "");
        return;
    }
    QVERIFY(failure);
    QCOMPARE(failure->id, id);
    QVERIFY(!failure->title.isEmpty());
    QVERIFY(!failure->advice.isEmpty());
    QVERIFY(!failure->evidence.isEmpty());
    QVERIFY2(text.contains(failure->evidence), qPrintable(failure->evidence));
    bool isWholeLine = false;
    for (const QString &line : text.split(u'\n'))
        isWholeLine = isWholeLine || line.trimmed() == failure->evidence;
    QVERIFY2(isWholeLine, qPrintable(failure->evidence));
}

void TestFailures::emptyOutput()
{
    QVERIFY(!FailureRecognizer::recognize(QString()));
    QVERIFY(!FailureRecognizer::recognize("\n\r\n  \n"));
    QVERIFY(!FailureRecognizer::recognize("Successfully installed torch-2.5.1+cu121 torchvision-0.20.1+cu121\n"));
}

void TestFailures::laterFailureWins()
{
    const QString ssl = fixtureText("conda-ssl-module-unavailable-windows.txt");
    const QString tos = fixtureText("conda-tos-new-format.txt");
    QCOMPARE(FailureRecognizer::recognize(ssl + tos)->id, QStringLiteral("conda_tos_not_accepted"));
    QCOMPARE(FailureRecognizer::recognize(tos + ssl)->id, QStringLiteral("conda_ssl_error"));

    const QString disk = fixtureText("pip-errno28-torch-linux.txt");
    const QString noMatch = fixtureText("pip-no-matching-torch-1.9.0-cu102.txt");
    QCOMPARE(FailureRecognizer::recognize(disk + noMatch)->id, QStringLiteral("pip_no_matching_distribution"));
    const auto diskLast = FailureRecognizer::recognize(noMatch + disk);
    QCOMPARE(diskLast->id, QStringLiteral("disk_full"));
    QCOMPARE(diskLast->evidence,
             QStringLiteral("ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"));
}

void TestFailures::retriesBeforeNoVersionsMeanNetwork()
{
    const QString output
        = fixtureText("pip-retry-getaddrinfo-windows.txt")
          + "ERROR: Could not find a version that satisfies the requirement torch (from versions: none)\n"
            "ERROR: No matching distribution found for torch\n";
    const auto failure = FailureRecognizer::recognize(output);
    QVERIFY(failure);
    QCOMPARE(failure->id, QStringLiteral("pip_network"));
    QVERIFY(failure->evidence.startsWith("WARNING: Retrying (Retry(total=4,"));

    // Versions were listed, so the index was reached: the version itself is missing.
    const auto listed = FailureRecognizer::recognize(fixtureText("pip-retry-getaddrinfo-windows.txt")
                                                     + fixtureText("pip-no-matching-torch-1.9.0-cu102.txt"));
    QCOMPARE(listed->id, QStringLiteral("pip_no_matching_distribution"));
}

void TestFailures::requirementInTitle_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("requirement");
    QTest::newRow("linux cu118") << "pip-no-matching-torch-2.0.0-cu118-linux.txt"
                                 << "torch==2.0.0+cu118";
    QTest::newRow("windows 0.3.1") << "pip-no-matching-torch-0.3.1-windows.txt"
                                   << "torch==0.3.1";
    QTest::newRow("cu102") << "pip-no-matching-torch-1.9.0-cu102.txt"
                           << "torch==1.9.0+cu102";
}

void TestFailures::requirementInTitle()
{
    QFETCH(QString, fixture);
    QFETCH(QString, requirement);
    const auto failure = FailureRecognizer::recognize(fixtureText(fixture));
    QVERIFY(failure);
    QCOMPARE(failure->id, QStringLiteral("pip_no_matching_distribution"));
    QVERIFY2(failure->title.contains(requirement), qPrintable(failure->title));
    QVERIFY(failure->evidence.contains(requirement));
}

// No verbatim public log with WinError 112 from pip or conda was found; this is the message
// Windows gives for ERROR_DISK_FULL as Python formats it.
void TestFailures::windowsDiskFull()
{
    const auto failure = FailureRecognizer::recognize(
        "Collecting torch\n"
        "ERROR: Could not install packages due to an OSError: [WinError 112] There is not enough space on the disk\n");
    QVERIFY(failure);
    QCOMPARE(failure->id, QStringLiteral("disk_full"));
}

void TestFailures::httpCodeInTitle()
{
    const auto forbidden = FailureRecognizer::recognize(fixtureText("conda-http403-pytorch-mutex.txt"));
    QVERIFY(forbidden->title.contains("403"));
    const auto notFound = FailureRecognizer::recognize(fixtureText("conda-http404-tuna-nvidia-noarch-windows.txt"));
    QVERIFY(notFound->title.contains("404"));
    QVERIFY(notFound->evidence.startsWith("CondaHTTPError: HTTP 404 NOT FOUND"));
    const auto offline = FailureRecognizer::recognize(fixtureText("conda-http000-repodata-linux.txt"));
    QVERIFY(!offline->title.contains("000"));
    QVERIFY(offline->evidence.startsWith("CondaHTTPError: HTTP 000 CONNECTION FAILED"));
}

// The advice names the controls the reader has (this page, --mirror) and never suggests the source in use: "choose
// a mirror such as TUNA" to someone on TUNA sends them in a circle.
void TestFailures::adviceFitsTheSource_data()
{
    using S = FailureContext::Surface;
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("surface");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("automatic");
    QTest::addColumn<QStringList>("says");
    QTest::addColumn<QStringList>("never");
    const QString network = QStringLiteral("pip-retry-getaddrinfo-windows.txt");
    QTest::newRow("network, wizard, TUNA")
        << network << int(S::Wizard) << "tuna" << false
        << QStringList{"already the mirror Tsinghua University TUNA", "on this page", "Fastest (tested now)"}
        << QStringList{"for example TUNA", "go back"};
    QTest::newRow("network, wizard, TUNA chosen as the fastest")
        << network << int(S::Wizard) << "tuna" << true
        << QStringList{"\"Fastest (tested now)\" chose the mirror Tsinghua University TUNA",
                       "another source on this page"}
        << QStringList{"measures them all", "for example TUNA"};
    QTest::newRow("network, wizard, official")
        << network << int(S::Wizard) << "official" << false
        << QStringList{"official servers are slow", "Fastest (tested now)", "on this page"} << QStringList{"already"};
    QTest::newRow("network, wizard, official chosen as the fastest")
        << network << int(S::Wizard) << "official" << true
        << QStringList{"\"Fastest (tested now)\" chose the official servers", "for example TUNA"}
        << QStringList{"choose \"Fastest"};
    QTest::newRow("network, command line, USTC")
        << network << int(S::CommandLine) << "ustc" << false
        << QStringList{"already the mirror University of Science and Technology of China (USTC)", "--mirror official",
                       "--mirror auto"}
        << QStringList{"for example TUNA"};
    QTest::newRow("network, command line, official")
        << network << int(S::CommandLine) << "official" << false << QStringList{"--mirror auto", "--mirror tuna"}
        << QStringList{"already"};
    QTest::newRow("network, command line, official chosen by auto")
        << network << int(S::CommandLine) << "official" << true
        << QStringList{"--mirror auto chose the official servers", "--mirror tuna"}
        << QStringList{"again with --mirror auto"};
    QTest::newRow("network, a log read later")
        << network << int(S::Any) << "" << false << QStringList{"for example TUNA, USTC or BFSU"}
        << QStringList{"already", "on this page", "--mirror", "go back"};
    QTest::newRow("404 on TUNA, wizard")
        << "conda-http404-tuna-nvidia-noarch-windows.txt" << int(S::Wizard) << "tuna" << false
        << QStringList{"The mirror Tsinghua University TUNA probably does not carry it",
                       "official servers as the download source on this page"}
        << QStringList{"If the download source was a mirror", "go back"};
    QTest::newRow("404 on the official servers")
        << "conda-http404-pytorch-0.4.0-linux.txt" << int(S::Wizard) << "official" << false
        << QStringList{"official servers do not have it"} << QStringList{"mirror"};
    QTest::newRow("404 on the official servers, command line")
        << "conda-http404-pytorch-0.4.0-linux.txt" << int(S::CommandLine) << "official" << false
        << QStringList{"official servers do not have it", "recommended PyTorch version"} << QStringList{"mirror"};
    QTest::newRow("not found on BFSU, command line")
        << "conda-packages-not-found-pytorch-cuda-12.1-linux.txt" << int(S::CommandLine) << "bfsu" << false
        << QStringList{"The mirror Beijing Foreign Studies University (BFSU)", "--mirror official"} << QStringList{};
    QTest::newRow("proxy, wizard") << "conda-proxy-error-update.txt" << int(S::Wizard) << "official" << false
                                   << QStringList{"choose a download source on this page"} << QStringList{};
    QTest::newRow("SSL, command line") << "conda-ssl-cadata-windows.txt" << int(S::CommandLine) << "official" << false
                                       << QStringList{"Run the step again"} << QStringList{};
    QTest::newRow("unsatisfiable, command line")
        << "conda-libmamba-unsatisfiable-torchaudio.txt" << int(S::CommandLine) << "official" << false
        << QStringList{"recommended combination"} << QStringList{};
    QTest::newRow("access denied, command line") << "pip-oserror-access-denied-windows.txt" << int(S::CommandLine)
                                                 << "official" << false << QStringList{"user folder"} << QStringList{};
    QTest::newRow("no matching build, official")
        << "pip-no-matching-torch-1.9.0-cu102.txt" << int(S::CommandLine) << "official" << false
        << QStringList{"64-bit Python"} << QStringList{"mirror"};
    QTest::newRow("no matching build, on Aliyun")
        << "pip-no-matching-torch-1.9.0-cu102.txt" << int(S::Wizard) << "aliyun" << false
        << QStringList{"64-bit Python", "when the mirror Alibaba Cloud (Aliyun) lacks PyTorch's CUDA builds",
                       "choose the official servers as the download source on this page"}
        << QStringList{"for example a mirror", "nvidia channel"};
}

void TestFailures::adviceFitsTheSource()
{
    QFETCH(QString, fixture);
    QFETCH(int, surface);
    QFETCH(QString, source);
    QFETCH(bool, automatic);
    QFETCH(QStringList, says);
    QFETCH(QStringList, never);
    const Result<MirrorCatalog> catalog = MirrorCatalog::embedded();
    QVERIFY(catalog);
    const FailureContext context = FailureContext::forSource(FailureContext::Surface(surface), source,
                                                             source.isEmpty() ? nullptr : &*catalog, automatic);
    const auto failure = FailureRecognizer::recognize(fixtureText(fixture), context);
    QVERIFY(failure);
    // The context shapes the words only: the same failure is recognised as without it.
    QCOMPARE(failure->id, FailureRecognizer::recognize(fixtureText(fixture))->id);
    // Each reader is sent to the controls they have.
    if (context.surface == FailureContext::Surface::CommandLine)
        never << QStringLiteral("wizard") << QStringLiteral("on this page") << QStringLiteral("go back");
    if (context.surface == FailureContext::Surface::Wizard)
        never << QStringLiteral("--mirror") << QStringLiteral("go back");
    for (const QString &text : says)
        QVERIFY2(failure->advice.contains(text), qPrintable(failure->advice + "\n  lacks: " + text));
    for (const QString &text : never)
        QVERIFY2(!failure->advice.contains(text), qPrintable(failure->advice + "\n  has: " + text));
}

QTEST_GUILESS_MAIN(TestFailures)
#include "tst_failures.moc"
