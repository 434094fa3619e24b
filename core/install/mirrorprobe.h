#pragma once

#include <core/install/mirrors.h>

#include <QObject>

class QNetworkAccessManager;

namespace tgs {

struct MirrorLatency
{
    QString id;
    bool reachable = false;
    qint64 ms = -1;
    QString error;
    bool timedOut = false;
};

// Measures, in parallel and with a short time-out, whether each mirror answers and how fast,
// by fetching its small probe file.
class MirrorProbe : public QObject
{
    Q_OBJECT

public:
    explicit MirrorProbe(QObject *parent = nullptr);

    void start(const QList<Mirror> &mirrors, int timeoutMs = 4000);
    // Ends every check now; finished() is not emitted for them.
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    static QList<MirrorLatency> run(const QList<Mirror> &mirrors, int timeoutMs = 4000);
    // The fastest mirror that answered, or empty if none did.
    static QString fastest(const QList<MirrorLatency> &results);

signals:
    void finished(const QList<tgs::MirrorLatency> &results);

private:
    QNetworkAccessManager *m_network;
    QList<MirrorLatency> m_results;
    int m_pending = 0;
    int m_timeoutMs = 4000;
    quint64 m_generation = 0; // replies of a canceled round are ignored
};

} // namespace tgs
