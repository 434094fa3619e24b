#include <core/install/downloader.h>

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace tgs {

Downloader::Downloader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

Downloader::~Downloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_part.isOpen()) {
        m_part.close();
        m_part.remove();
    }
}

void Downloader::start(const QStringList &urls, const QString &sha256, const QString &destination)
{
    m_urls = urls;
    m_sha256 = sha256.toLower();
    m_destination = destination;
    m_errors.clear();
    m_canceled = false;
    QDir().mkpath(QFileInfo(destination).absolutePath());
    tryNext();
}

void Downloader::cancel()
{
    m_canceled = true;
    if (m_reply)
        m_reply->abort();
}

void Downloader::tryNext()
{
    if (m_urls.isEmpty()) {
        fail(tr("The download failed: %1").arg(m_errors.join(QStringLiteral("; "))));
        return;
    }
    const QUrl url(m_urls.takeFirst());
    m_part.setFileName(m_destination + QStringLiteral(".part"));
    if (!m_part.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(tr("%1 cannot be written: %2").arg(m_part.fileName(), m_part.errorString()));
        return;
    }
    m_hash.reset();
    emit message(tr("Downloading %1").arg(url.toDisplayString()));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    // The guard's idle time-out replaces QNetworkRequest's, which only says "Operation canceled".
    m_guard = TransferGuard::watch(m_reply, m_limits);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_reply->readAll();
        m_hash.addData(chunk);
        m_part.write(chunk);
    });
    connect(m_guard, &TransferGuard::progress, this, &Downloader::progress);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onFinished);
}

void Downloader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    m_hash.addData(rest);
    m_part.write(rest);
    m_part.close();
    if (m_canceled) {
        m_part.remove();
        emit finished(false, tr("The download was canceled."));
        return;
    }
    const QString limitHit = m_guard ? m_guard->stopReason() : QString();
    if (!limitHit.isEmpty() || reply->error() != QNetworkReply::NoError) {
        m_part.remove();
        m_errors << QStringLiteral("%1: %2").arg(reply->url().toDisplayString(),
                                                 limitHit.isEmpty() ? reply->errorString() : limitHit);
        tryNext();
        return;
    }
    const QString actual = QString::fromLatin1(m_hash.result().toHex());
    if (actual != m_sha256) {
        m_part.remove();
        // A wrong file from one source is not retried from another: it may be tampered with.
        fail(tr("The downloaded file's SHA-256 is %1, not the published %2: it was deleted and will not be run.")
                 .arg(actual, m_sha256));
        return;
    }
    QFile::remove(m_destination);
    if (!m_part.rename(m_destination)) {
        m_part.remove();
        fail(tr("%1 cannot be moved into place: %2").arg(m_destination, m_part.errorString()));
        return;
    }
    emit finished(true,
                  tr("Downloaded and verified %1 (SHA-256 %2).").arg(QFileInfo(m_destination).fileName(), actual));
}

void Downloader::fail(const QString &text)
{
    emit finished(false, text);
}

} // namespace tgs
