#pragma once

#include <core/base/transferguard.h>
#include <core/kb/knowledgebase.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace tgs {

// Whose knowledge-base updates the program takes, and how they may travel. The program always uses
// KbTrust::publisher(): signed with a key built into it (KbSignature), over https. Tests make their own key
// pair and, because their server speaks plain HTTP on 127.0.0.1, allow http to the loopback address; nothing
// else sets this (no option, no environment variable), so a user's setting cannot weaken it.
struct KbTrust
{
    QList<QByteArray> keys;    // Ed25519 public keys, 32 bytes each
    bool loopbackHttp = false; // tests only: http://127.0.0.1 and http://localhost

    static KbTrust publisher();
};

// Where the knowledge base comes from: the embedded copy, or a newer one downloaded earlier into the user's
// data folder. A cached file is used only with its publisher's signature (compat.json.sig beside it), when it
// is valid, newer than the embedded copy and not dated in the future: a cache written by an older version of
// the program, or edited on disk, is ignored.
class KnowledgeBaseStore
{
    Q_DECLARE_TR_FUNCTIONS(tgs::KnowledgeBaseStore)

public:
    static QString defaultCacheDir();
    static QString cachedFile(const QString &cacheDir);
    static QString cachedSignature(const QString &cacheDir);
    static Result<KnowledgeBase> best(const QString &cacheDir, const KbTrust &trust = KbTrust::publisher());
    // The URL set with --kb-url or TGS_KB_URL; empty (no update) when neither is set.
    static QUrl configuredUrl(const QString &commandLineUrl);
    // A knowledge base may be dated at most one day after today (UTC): clocks and time zones differ by less.
    // A later date would stay "newest" and shut out every genuine update until that day.
    static bool datedInFuture(const QString &dataDate, QDate todayUtc = {});
};

struct KbUpdateResult
{
    enum class Status { Updated, UpToDate, Failed };
    Status status = Status::Failed;
    QString message;
    QString dataDate;
};

// Fetches a knowledge base from an https URL and its Ed25519 signature from URL + ".sig" (one line of base64,
// as scripts/kb/sign-kb.py writes it), and caches both only if the signature verifies with a trusted key, the
// file validates (KbText included), is newer than the one in use and not dated in the future. A redirect is
// followed only within the same scheme, host and port. Any failure leaves the cache as it was; the caller goes
// on with what it has.
class KnowledgeBaseUpdater : public QObject
{
    Q_OBJECT

public:
    explicit KnowledgeBaseUpdater(QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_limits.idleMs = ms; }
    // Each of the two files: a size cap, the idle time-out, an overall deadline.
    void setLimits(const TransferLimits &limits) { m_limits = limits; }
    void setTrust(const KbTrust &trust) { m_trust = trust; }
    void fetch(const QUrl &url, const QString &cacheDir, const QString &currentDataDate);

    static KbUpdateResult fetchBlocking(const QUrl &url, const QString &cacheDir, const QString &currentDataDate,
                                        int timeoutMs = 8000, const KbTrust &trust = KbTrust::publisher());

signals:
    void finished(const tgs::KbUpdateResult &result);

private:
    bool schemeAllowed(const QUrl &url) const;
    void watchRedirects(QNetworkReply *reply, const QUrl &requested);
    void finishWith(KbUpdateResult::Status status, const QString &message, const QString &dataDate = {});
    void evaluate();
    bool save(const QString &path, const QByteArray &bytes, QString *error);

    QNetworkAccessManager *m_network;
    TransferLimits m_limits = TransferLimits::smallFile();
    KbTrust m_trust = KbTrust::publisher();
    QUrl m_url;
    QString m_cacheDir;
    QString m_currentDate;
    QByteArray m_body;
    QByteArray m_signature;
    int m_pending = 0;
    QString m_error;
};

} // namespace tgs
