#include <core/install/mirrorprobe.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace tgs {

MirrorProbe::MirrorProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void MirrorProbe::start(const QList<Mirror> &mirrors, int timeoutMs)
{
    cancel();
    m_results.clear();
    m_pending = 0;
    m_timeoutMs = timeoutMs;
    const quint64 generation = m_generation;
    for (const Mirror &mirror : mirrors) {
        m_results.append({mirror.id, false, -1, QString()});
        if (mirror.probeUrl.isEmpty()) {
            m_results.last().error = QStringLiteral("no probe address");
            continue;
        }
        ++m_pending;
        QNetworkRequest request{QUrl(mirror.probeUrl)};
        request.setTransferTimeout(timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = m_network->get(request);
        const qsizetype slot = m_results.size() - 1;
        connect(reply, &QNetworkReply::finished, this, [this, reply, clock, slot, generation] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            MirrorLatency &result = m_results[slot];
            result.ms = clock->elapsed();
            result.reachable = reply->error() == QNetworkReply::NoError;
            // Qt reports its transfer time-out as "Operation canceled": say what happened.
            result.timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            if (result.timedOut)
                result.error = tr("no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000);
            else if (!result.reachable)
                result.error = reply->errorString();
            if (--m_pending == 0)
                emit finished(m_results);
        });
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_results); }, Qt::QueuedConnection);
}

void MirrorProbe::cancel()
{
    ++m_generation;
    m_pending = 0;
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>())
        reply->abort();
}

QList<MirrorLatency> MirrorProbe::run(const QList<Mirror> &mirrors, int timeoutMs)
{
    MirrorProbe probe;
    QList<MirrorLatency> results;
    QEventLoop loop;
    connect(&probe, &MirrorProbe::finished, &loop, [&](const QList<MirrorLatency> &r) {
        results = r;
        loop.quit();
    });
    probe.start(mirrors, timeoutMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return results;
}

QString MirrorProbe::fastest(const QList<MirrorLatency> &results)
{
    const MirrorLatency *best = nullptr;
    for (const MirrorLatency &r : results) {
        if (r.reachable && (!best || r.ms < best->ms))
            best = &r;
    }
    return best ? best->id : QString();
}

} // namespace tgs
