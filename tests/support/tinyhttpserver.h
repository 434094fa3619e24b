#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

// A small HTTP server for tests, on 127.0.0.1 only: answers GET requests from a table of
// routes, one request per connection; a route can drop the connection half-way, answer late, or
// drip its body one byte at a time.
struct Route
{
    QByteArray body;
    int status = 200;
    bool truncate = false; // announce the whole body, send half, then drop the connection
    int delayMs = 0;       // answer only after this long
    QByteArray location{}; // with a 3xx status: where the redirect points
    int dripMs = 0;        // after the headers, send the body one byte every dripMs
};

// Answers GET requests from a table of routes; one request per connection.
class TinyHttpServer : public QObject
{
public:
    TinyHttpServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QHash<QByteArray, Route> routes;
    int requests = 0;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        ++requests;
        const QByteArray path = buffer.split(' ').value(1);
        m_buffers.remove(socket);
        const auto it = routes.constFind(path);
        const Route route = it == routes.cend() ? Route{"not found", 404, false, 0, {}, 0} : *it;
        const QByteArray reason = route.status == 200 ? " OK" : route.status / 100 == 3 ? " Found" : " Not Found";
        QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) + reason
                              + "\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(route.body.size()) + "\r\nConnection: close\r\n";
        if (!route.location.isEmpty())
            response += "Location: " + route.location + "\r\n";
        response += "\r\n";
        if (route.dripMs > 0) {
            socket->write(response);
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket, drip, body = route.body, sent = qsizetype(0)]() mutable {
                if (sent == body.size()) {
                    drip->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(body.mid(sent++, 1));
                socket->flush();
            });
            drip->start(route.dripMs);
            return;
        }
        response += route.truncate ? route.body.left(route.body.size() / 2) : route.body;
        auto send = [socket, response, route] {
            socket->write(response);
            socket->flush();
            if (route.truncate)
                socket->abort();
            else
                socket->disconnectFromHost();
        };
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, socket, send);
        else
            send();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
