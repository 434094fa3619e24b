#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QNetworkReply;

namespace tgs {

// The bounds of one download. A server that drips one byte every few seconds never trips an
// idle time-out, so a small file also gets an overall deadline and a large one a minimum
// average rate (judged only after a grace period: a connection may start slowly). Every
// download has a size cap. 0 turns a bound off.
struct TransferLimits
{
    qint64 maxBytes = 0;
    int idleMs = 0;     // no byte for this long
    int deadlineMs = 0; // the whole transfer, from the request on
    qint64 minBytesPerSecond = 0;
    int rateGraceMs = 0;

    // A file of a few hundred KB (the knowledge base and its .sha256): done in 30 s, or not at all.
    static TransferLimits smallFile();
    // An installer of about 100 MB (Miniforge): at least 32 KiB/s on average after the first minute.
    static TransferLimits installer();
};

// Watches one QNetworkReply (and becomes its child): aborts it the moment a limit is passed, and
// says which one in words a user can act on. Whoever handles the reply's finished() asks
// stopReason() first: an aborted reply only says "Operation canceled".
class TransferGuard : public QObject
{
    Q_OBJECT

public:
    static TransferGuard *watch(QNetworkReply *reply, const TransferLimits &limits);

    // Empty unless a limit stopped the transfer.
    QString stopReason() const { return m_reason; }

signals:
    void progress(qint64 received, qint64 total);

private:
    TransferGuard(QNetworkReply *reply, const TransferLimits &limits);
    void onProgress(qint64 received, qint64 total);
    void checkRate();
    void stop(const QString &reason);

    QNetworkReply *m_reply;
    TransferLimits m_limits;
    QElapsedTimer m_clock;
    QTimer m_idle;
    QTimer m_deadline;
    QTimer m_rate;
    qint64 m_received = 0;
    qint64 m_total = -1;
    QString m_reason;
};

} // namespace tgs
