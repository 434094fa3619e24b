#pragma once

#include <core/base/transferguard.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace tgs {

// Downloads a file to `destination` through `destination.part`, hashing as it goes, and moves
// it into place only if its SHA-256 is the expected one: a bad file is deleted, never kept
// where it could be run. URLs are tried in order until one works. Each source gets the limits
// (installer-sized by default: a size cap, an idle time-out, a minimum average rate); one that
// passes a limit is abandoned for the next, and the error names the limit.
class Downloader : public QObject
{
    Q_OBJECT

public:
    explicit Downloader(QObject *parent = nullptr);
    ~Downloader() override;

    void start(const QStringList &urls, const QString &sha256, const QString &destination);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    void setTransferTimeoutMs(int ms) { m_limits.idleMs = ms; }
    void setLimits(const TransferLimits &limits) { m_limits = limits; }
    const TransferLimits &limits() const { return m_limits; }

signals:
    // Bytes of the current source; total is -1 while the server has not said.
    void progress(qint64 received, qint64 total);
    void message(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void tryNext();
    void onFinished();
    void fail(const QString &text);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPointer<TransferGuard> m_guard;
    QStringList m_urls;
    QString m_sha256;
    QString m_destination;
    QFile m_part;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QStringList m_errors;
    TransferLimits m_limits = TransferLimits::installer();
    bool m_canceled = false;
};

} // namespace tgs
