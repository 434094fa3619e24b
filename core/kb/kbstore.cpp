#include <core/kb/kbstore.h>

#include <core/base/boundedfile.h>
#include <core/kb/kbsignature.h>

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>

namespace tgs {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}

} // namespace

KbTrust KbTrust::publisher()
{
    return KbTrust{KbSignature::publisherKeys(), false};
}

QString KnowledgeBaseStore::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/kb");
}

QString KnowledgeBaseStore::cachedFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/compat.json");
}

QString KnowledgeBaseStore::cachedSignature(const QString &cacheDir)
{
    return cachedFile(cacheDir) + QStringLiteral(".sig");
}

bool KnowledgeBaseStore::datedInFuture(const QString &dataDate, QDate todayUtc)
{
    if (!todayUtc.isValid())
        todayUtc = QDateTime::currentDateTimeUtc().date();
    const QDate date = QDate::fromString(dataDate, Qt::ISODate);
    // An impossible date (2026-02-31) is no date; the loader checks only its form.
    return !date.isValid() || date > todayUtc.addDays(1);
}

Result<KnowledgeBase> KnowledgeBaseStore::best(const QString &cacheDir, const KbTrust &trust)
{
    Result<KnowledgeBase> embedded = KnowledgeBase::embedded();
    if (!embedded)
        return embedded;
    if (cacheDir.isEmpty() || !QFile::exists(cachedFile(cacheDir)))
        return embedded;
    // A damaged, unsigned, stale or future-dated download never wins over the program's own copy.
    const Result<QByteArray> bytes = BoundedFile::read(cachedFile(cacheDir), 1024 * 1024);
    const Result<QByteArray> sigFile
        = BoundedFile::read(cachedSignature(cacheDir), KbSignature::kMaxSignatureFileBytes);
    if (!bytes || !sigFile)
        return embedded;
    const Result<QByteArray> signature = KbSignature::parse(*sigFile);
    if (!signature || !KbSignature::verify(*bytes, *signature, trust.keys))
        return embedded;
    Result<KnowledgeBase> cached = KnowledgeBase::fromJson(*bytes, QFileInfo(cachedFile(cacheDir)).fileName());
    if (cached && cached->dataDate > embedded->dataDate && !datedInFuture(cached->dataDate))
        return cached;
    return embedded;
}

QUrl KnowledgeBaseStore::configuredUrl(const QString &commandLineUrl)
{
    const QString text = commandLineUrl.isEmpty()
                             ? QProcessEnvironment::systemEnvironment().value(QStringLiteral("TGS_KB_URL"))
                             : commandLineUrl;
    return text.isEmpty() ? QUrl() : QUrl(text);
}

KnowledgeBaseUpdater::KnowledgeBaseUpdater(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

bool KnowledgeBaseUpdater::schemeAllowed(const QUrl &url) const
{
    if (url.scheme() == QStringLiteral("https"))
        return true;
    if (!m_trust.loopbackHttp || url.scheme() != QStringLiteral("http"))
        return false;
    return url.host() == QStringLiteral("localhost") || QHostAddress(url.host()).isLoopback();
}

void KnowledgeBaseUpdater::fetch(const QUrl &url, const QString &cacheDir, const QString &currentDataDate)
{
    m_url = url;
    m_cacheDir = cacheDir;
    m_currentDate = currentDataDate;
    m_body.clear();
    m_signature.clear();
    m_error.clear();
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        finishWith(KbUpdateResult::Status::Failed, tr("No valid update address is set."));
        return;
    }
    if (!schemeAllowed(url)) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The knowledge-base address %1 does not start with https://; updates are only downloaded "
                      "over HTTPS. The knowledge base in use stays.")
                       .arg(url.toDisplayString()));
        return;
    }
    QUrl sigUrl = url;
    sigUrl.setPath(url.path() + QStringLiteral(".sig"));
    m_pending = 2;
    for (const QUrl &target : {url, sigUrl}) {
        QNetworkRequest request(target);
        // Every redirect is checked in watchRedirects: within the same scheme, host and port only.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        watchRedirects(reply, target);
        TransferGuard *guard = TransferGuard::watch(reply, m_limits);
        const bool isBody = target == url;
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard, isBody, target] {
            reply->deleteLater();
            const QString limitHit = guard->stopReason();
            if (!limitHit.isEmpty() || reply->error() != QNetworkReply::NoError) {
                if (m_error.isEmpty())
                    m_error = isBody ? tr("%1: %2").arg(target.toDisplayString(),
                                                        limitHit.isEmpty() ? reply->errorString() : limitHit)
                                     : tr("it has no signature (%1: %2)")
                                           .arg(target.toDisplayString(),
                                                limitHit.isEmpty() ? reply->errorString() : limitHit);
            } else if (isBody) {
                m_body = reply->readAll();
            } else {
                m_signature = reply->read(KbSignature::kMaxSignatureFileBytes + 1);
            }
            if (--m_pending == 0)
                evaluate();
        });
    }
}

void KnowledgeBaseUpdater::watchRedirects(QNetworkReply *reply, const QUrl &requested)
{
    connect(reply, &QNetworkReply::redirected, this, [this, reply, requested](const QUrl &to) {
        const QUrl target = reply->url().resolved(to);
        if (sameOrigin(target, requested)) {
            emit reply->redirectAllowed();
            return;
        }
        if (m_error.isEmpty())
            m_error = tr("%1 redirects to %2, another host or scheme; updates are only taken from the address "
                         "that was asked for")
                          .arg(requested.toDisplayString(), target.toDisplayString());
        reply->abort();
    });
}

void KnowledgeBaseUpdater::evaluate()
{
    if (!m_error.isEmpty()) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The knowledge base could not be downloaded (%1); the one in use stays.").arg(m_error));
        return;
    }
    const Result<QByteArray> signature = KbSignature::parse(m_signature);
    if (!signature || !KbSignature::verify(m_body, *signature, m_trust.keys)) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The downloaded knowledge base is not signed by its publisher (damaged, tampered with, or "
                      "from someone else: %1); it was discarded and the one in use stays.")
                       .arg(signature ? tr("the signature does not match") : signature.error().message));
        return;
    }
    const Result<KnowledgeBase> kb
        = KnowledgeBase::fromJson(m_body, m_url.fileName().isEmpty() ? m_url.toDisplayString() : m_url.fileName());
    if (!kb) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The downloaded knowledge base is not valid: %1").arg(kb.error().message));
        return;
    }
    if (KnowledgeBaseStore::datedInFuture(kb->dataDate)) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The downloaded knowledge base is dated %1, more than a day from now; it was discarded and "
                      "the one in use stays.")
                       .arg(kb->dataDate));
        return;
    }
    if (!(kb->dataDate > m_currentDate)) {
        finishWith(KbUpdateResult::Status::UpToDate,
                   tr("The published knowledge base (%1) is not newer than the one in use (%2).")
                       .arg(kb->dataDate, m_currentDate),
                   kb->dataDate);
        return;
    }
    QDir().mkpath(m_cacheDir);
    QString error;
    // The signature first: a file without its matching signature is never used (KnowledgeBaseStore::best).
    if (!save(KnowledgeBaseStore::cachedSignature(m_cacheDir), m_signature, &error)
        || !save(KnowledgeBaseStore::cachedFile(m_cacheDir), m_body, &error)) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The knowledge base could not be saved in %1: %2").arg(m_cacheDir, error));
        return;
    }
    finishWith(KbUpdateResult::Status::Updated, tr("Knowledge base updated to %1.").arg(kb->dataDate), kb->dataDate);
}

bool KnowledgeBaseUpdater::save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

void KnowledgeBaseUpdater::finishWith(KbUpdateResult::Status status, const QString &message, const QString &dataDate)
{
    emit finished(KbUpdateResult{status, message, dataDate});
}

KbUpdateResult KnowledgeBaseUpdater::fetchBlocking(const QUrl &url, const QString &cacheDir,
                                                   const QString &currentDataDate, int timeoutMs, const KbTrust &trust)
{
    KnowledgeBaseUpdater updater;
    updater.setTimeoutMs(timeoutMs);
    updater.setTrust(trust);
    KbUpdateResult result;
    bool done = false;
    QEventLoop loop;
    connect(&updater, &KnowledgeBaseUpdater::finished, &loop, [&](const KbUpdateResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    updater.fetch(url, cacheDir, currentDataDate);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

} // namespace tgs
