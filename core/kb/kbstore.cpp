#include <core/kb/kbstore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QStandardPaths>

namespace tgs {

QString KnowledgeBaseStore::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/kb");
}

QString KnowledgeBaseStore::cachedFile(const QString &cacheDir)
{
    return cacheDir + QStringLiteral("/compat.json");
}

Result<KnowledgeBase> KnowledgeBaseStore::best(const QString &cacheDir)
{
    Result<KnowledgeBase> embedded = KnowledgeBase::embedded();
    if (!embedded)
        return embedded;
    if (cacheDir.isEmpty() || !QFile::exists(cachedFile(cacheDir)))
        return embedded;
    Result<KnowledgeBase> cached = KnowledgeBase::fromFile(cachedFile(cacheDir));
    // A damaged or stale download never wins over the program's own copy.
    if (cached && cached->dataDate > embedded->dataDate)
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

void KnowledgeBaseUpdater::fetch(const QUrl &url, const QString &cacheDir, const QString &currentDataDate)
{
    m_url = url;
    m_cacheDir = cacheDir;
    m_currentDate = currentDataDate;
    m_body.clear();
    m_hash.clear();
    m_error.clear();
    if (!url.isValid() || url.scheme().isEmpty()) {
        finishWith(KbUpdateResult::Status::Failed, tr("No valid update address is set."));
        return;
    }
    QUrl hashUrl = url;
    hashUrl.setPath(url.path() + QStringLiteral(".sha256"));
    m_pending = 2;
    for (const QUrl &target : {url, hashUrl}) {
        QNetworkRequest request(target);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        TransferGuard *guard = TransferGuard::watch(reply, m_limits);
        const bool isBody = target == url;
        connect(reply, &QNetworkReply::finished, this, [this, reply, guard, isBody] {
            reply->deleteLater();
            const QString limitHit = guard->stopReason();
            if (!limitHit.isEmpty() || reply->error() != QNetworkReply::NoError) {
                if (m_error.isEmpty())
                    m_error = tr("%1: %2").arg(reply->url().toDisplayString(),
                                               limitHit.isEmpty() ? reply->errorString() : limitHit);
            } else if (isBody) {
                m_body = reply->readAll();
            } else {
                m_hash = reply->readAll();
            }
            if (--m_pending == 0)
                evaluate();
        });
    }
}

void KnowledgeBaseUpdater::evaluate()
{
    if (!m_error.isEmpty()) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The knowledge base could not be downloaded (%1); the built-in one is used.").arg(m_error));
        return;
    }
    // "<64 hex digits>  compat.json", as sha256sum writes it.
    const QByteArray expected = m_hash.trimmed().split(' ').value(0).toLower();
    const QByteArray actual = QCryptographicHash::hash(m_body, QCryptographicHash::Sha256).toHex();
    if (expected.size() != 64 || expected != actual) {
        finishWith(KbUpdateResult::Status::Failed, tr("The downloaded knowledge base does not match its SHA-256 "
                                                      "(damaged or tampered with); it was discarded."));
        return;
    }
    const Result<KnowledgeBase> kb
        = KnowledgeBase::fromJson(m_body, m_url.fileName().isEmpty() ? m_url.toDisplayString() : m_url.fileName());
    if (!kb) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The downloaded knowledge base is not valid: %1").arg(kb.error().message));
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
    QSaveFile file(KnowledgeBaseStore::cachedFile(m_cacheDir));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_body) != m_body.size() || !file.commit()) {
        finishWith(KbUpdateResult::Status::Failed,
                   tr("The knowledge base could not be saved in %1: %2").arg(m_cacheDir, file.errorString()));
        return;
    }
    finishWith(KbUpdateResult::Status::Updated, tr("Knowledge base updated to %1.").arg(kb->dataDate), kb->dataDate);
}

void KnowledgeBaseUpdater::finishWith(KbUpdateResult::Status status, const QString &message, const QString &dataDate)
{
    emit finished(KbUpdateResult{status, message, dataDate});
}

KbUpdateResult KnowledgeBaseUpdater::fetchBlocking(const QUrl &url, const QString &cacheDir,
                                                   const QString &currentDataDate, int timeoutMs)
{
    KnowledgeBaseUpdater updater;
    updater.setTimeoutMs(timeoutMs);
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
