#pragma once

#include <core/base/transferguard.h>
#include <core/kb/knowledgebase.h>

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace tgs {

// Where the knowledge base comes from: the embedded copy, or a newer one downloaded earlier
// into the user's data folder. A cached file that is broken or not newer is ignored.
class KnowledgeBaseStore
{
    Q_DECLARE_TR_FUNCTIONS(tgs::KnowledgeBaseStore)

public:
    static QString defaultCacheDir();
    static QString cachedFile(const QString &cacheDir);
    static Result<KnowledgeBase> best(const QString &cacheDir);
    // The URL set with --kb-url or TGS_KB_URL; empty (no update) when neither is set.
    static QUrl configuredUrl(const QString &commandLineUrl);
};

struct KbUpdateResult
{
    enum class Status { Updated, UpToDate, Failed };
    Status status = Status::Failed;
    QString message;
    QString dataDate;
};

// Fetches a knowledge base from URL and its SHA-256 from URL + ".sha256" (the sha256sum
// format), and caches it only if the hash matches, it validates, and it is newer than the one
// in use. Any failure leaves the cache as it was; the caller goes on with what it has.
class KnowledgeBaseUpdater : public QObject
{
    Q_OBJECT

public:
    explicit KnowledgeBaseUpdater(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_limits.idleMs = ms; }
    // Each of the two files: a size cap, the idle time-out, an overall deadline.
    void setLimits(const TransferLimits &limits) { m_limits = limits; }
    void fetch(const QUrl &url, const QString &cacheDir, const QString &currentDataDate);

    static KbUpdateResult fetchBlocking(const QUrl &url, const QString &cacheDir, const QString &currentDataDate,
                                        int timeoutMs = 8000);

signals:
    void finished(const tgs::KbUpdateResult &result);

private:
    void finishWith(KbUpdateResult::Status status, const QString &message, const QString &dataDate = {});
    void evaluate();

    QNetworkAccessManager *m_network;
    TransferLimits m_limits = TransferLimits::smallFile();
    QUrl m_url;
    QString m_cacheDir;
    QString m_currentDate;
    QByteArray m_body;
    QByteArray m_hash;
    int m_pending = 0;
    QString m_error;
};

} // namespace tgs
