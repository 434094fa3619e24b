#include <core/base/transferguard.h>

#include <core/base/bytesize.h>

#include <QNetworkReply>

namespace tgs {

TransferLimits TransferLimits::smallFile()
{
    TransferLimits limits;
    limits.maxBytes = 1024 * 1024;
    limits.idleMs = 8000;
    limits.deadlineMs = 30000;
    return limits;
}

TransferLimits TransferLimits::installer()
{
    TransferLimits limits;
    limits.maxBytes = 512LL * 1024 * 1024;
    limits.idleMs = 60000;
    limits.minBytesPerSecond = 32 * 1024;
    limits.rateGraceMs = 60000;
    return limits;
}

TransferGuard *TransferGuard::watch(QNetworkReply *reply, const TransferLimits &limits)
{
    return new TransferGuard(reply, limits);
}

TransferGuard::TransferGuard(QNetworkReply *reply, const TransferLimits &limits)
    : QObject(reply)
    , m_reply(reply)
    , m_limits(limits)
{
    m_clock.start();
    for (QTimer *timer : {&m_idle, &m_deadline, &m_rate})
        timer->setSingleShot(true);
    connect(reply, &QNetworkReply::downloadProgress, this, &TransferGuard::onProgress);
    // The announced size, before any of the body is read.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            onProgress(m_received, length.toLongLong());
    });
    connect(reply, &QNetworkReply::finished, this, [this] {
        m_idle.stop();
        m_deadline.stop();
        m_rate.stop();
    });
    connect(&m_idle, &QTimer::timeout, this, [this] {
        stop(tr("no data for %n second(s); check the network connection, or try another mirror", nullptr,
                qMax(1, m_limits.idleMs / 1000)));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString got
            = m_total > 0 ? tr("%1 of %2").arg(formatBytes(m_received), formatBytes(m_total)) : formatBytes(m_received);
        stop(tr("not finished within the limit of %n second(s) (%1 received); the server or the network is too "
                "slow: check the connection, or try another mirror",
                nullptr, qMax(1, m_limits.deadlineMs / 1000))
                 .arg(got));
    });
    connect(&m_rate, &QTimer::timeout, this, &TransferGuard::checkRate);
    if (m_limits.idleMs > 0)
        m_idle.start(m_limits.idleMs);
    if (m_limits.deadlineMs > 0)
        m_deadline.start(m_limits.deadlineMs);
    if (m_limits.minBytesPerSecond > 0)
        m_rate.start(m_limits.rateGraceMs);
}

void TransferGuard::onProgress(qint64 received, qint64 total)
{
    if (!m_reason.isEmpty())
        return;
    const bool moved = received > m_received;
    m_received = received;
    m_total = total;
    // Announced or not, more than the cap is not the file we expect: stop before holding it.
    if (m_limits.maxBytes > 0 && (total > m_limits.maxBytes || received > m_limits.maxBytes)) {
        if (total > m_limits.maxBytes)
            stop(tr("larger than the limit of %1 for this download (%2 announced); it is not the expected file: "
                    "try another mirror")
                     .arg(formatBytes(m_limits.maxBytes), formatBytes(total)));
        else
            stop(tr("larger than the limit of %1 for this download (%2 received); it is not the expected file: "
                    "try another mirror")
                     .arg(formatBytes(m_limits.maxBytes), formatBytes(received)));
        return;
    }
    emit progress(received, total);
    if (moved && m_limits.idleMs > 0 && m_reply->isRunning())
        m_idle.start(m_limits.idleMs);
    if (m_limits.minBytesPerSecond > 0 && m_clock.elapsed() >= m_limits.rateGraceMs)
        checkRate();
}

void TransferGuard::checkRate()
{
    if (!m_reason.isEmpty() || !m_reply->isRunning())
        return;
    const qint64 elapsedMs = qMax<qint64>(1, m_clock.elapsed());
    const qint64 rate = m_received * 1000 / elapsedMs;
    if (rate >= m_limits.minBytesPerSecond) {
        // Judged again when the next bytes come, or in a second if none do.
        m_rate.start(1000);
        return;
    }
    stop(tr("too slow: %1/s on average, below the minimum of %2/s (%3 in %4 s); try another mirror, or check the "
            "network connection")
             .arg(formatBytes(rate), formatBytes(m_limits.minBytesPerSecond), formatBytes(m_received))
             .arg(double(elapsedMs) / 1000, 0, 'f', 1));
}

void TransferGuard::stop(const QString &reason)
{
    if (!m_reason.isEmpty())
        return;
    // Set even when the reply has just ended (its last progress comes after isRunning() is false):
    // the one who reads it refuses the transfer all the same.
    m_reason = reason;
    m_idle.stop();
    m_deadline.stop();
    m_rate.stop();
    if (m_reply->isRunning())
        m_reply->abort(); // finished() comes now; nothing of this object is touched after it
}

} // namespace tgs
