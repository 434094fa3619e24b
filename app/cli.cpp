#include "cli.h"

#include "appoptions.h"

#include <detector.h>
#include <kb/kbstore.h>
#include <recommendationreport.h>
#include <recommender.h>
#include <report.h>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tgs::app {

namespace {

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int Cli::detect(bool json)
{
    if (!json)
        writeOut(tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
    const Environment environment = Detector::detect(defaultDetectionOptions());
    if (json)
        writeOut(QString::fromStdString(environmentToJson(environment).dump(2)) + u'\n');
    else
        writeOut(EnvironmentReport::toText(environment));
    return 0;
}

int Cli::recommend(const RecommendOptions &o)
{
    // The knowledge base: the file asked for, else the newest of the built-in and the cached one.
    Result<KnowledgeBase> kb = Error{};
    if (!o.kbFile.isEmpty()) {
        kb = KnowledgeBase::fromFile(o.kbFile);
    } else {
        const QString cacheDir = KnowledgeBaseStore::defaultCacheDir();
        const QUrl url = KnowledgeBaseStore::configuredUrl(o.kbUrl);
        if (!url.isEmpty()) {
            const Result<KnowledgeBase> current = KnowledgeBaseStore::best(cacheDir);
            const KbUpdateResult update = KnowledgeBaseUpdater::fetchBlocking(url, cacheDir, current ? current->dataDate : QString());
            if (update.status == KbUpdateResult::Status::Failed)
                writeErr(update.message + u'\n'); // offline or a bad download: go on with what we have
        }
        kb = KnowledgeBaseStore::best(cacheDir);
    }
    if (!kb) {
        writeErr(kb.error().message + u'\n');
        return 2;
    }

    Platform::Os os = Platform::current().os;
    if (o.os == QStringLiteral("windows"))
        os = Platform::Os::Windows;
    else if (o.os == QStringLiteral("linux"))
        os = Platform::Os::Linux;
    else if (!o.os.isEmpty()) {
        writeErr(tr("Unknown --os \"%1\": use windows or linux.").arg(o.os) + u'\n');
        return 2;
    }

    // Facts that are given replace detected ones; with driver and Python both given nothing is detected.
    Facts facts;
    facts.os = os;
    if (o.driver.isEmpty() || o.python.isEmpty()) {
        if (!o.json)
            writeOut(tr("Detecting the GPU, driver, conda, Python, CUDA and cuDNN…") + u'\n');
        facts = Facts::fromEnvironment(Detector::detect(defaultDetectionOptions()), os);
    }
    const QString given = tr("given on the command line");
    if (o.driver == QStringLiteral("none")) {
        facts.driver.clear();
        facts.driverCuda.clear();
        if (o.computeCaps.isEmpty())
            facts.gpus.clear();
    } else if (!o.driver.isEmpty()) {
        facts.driver = o.driver;
        facts.driverSource = given;
        facts.driverCuda.clear(); // the detected driver's CUDA belongs to the detected driver
    }
    if (!o.computeCaps.isEmpty()) {
        facts.gpus.clear();
        for (const QString &cc : o.computeCaps)
            facts.gpus.append({QString(), cc});
        facts.gpuSource = given;
    }
    if (!o.python.isEmpty()) {
        facts.python = o.python;
        facts.pythonSource = given;
    }

    const Result<Recommendation> recommendation = Recommender(*kb).recommend(facts, {o.torch, o.cuda, o.route});
    if (!recommendation) {
        writeErr(recommendation.error().message + u'\n');
        return 2;
    }
    if (o.json)
        writeOut(QString::fromStdString(recommendationToJson(*recommendation, *kb).dump(2)) + u'\n');
    else
        writeOut(RecommendationReport::toText(*recommendation, *kb));
    return 0;
}

} // namespace tgs::app
