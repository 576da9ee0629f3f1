// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <demo/demohttpconnection.h>

#include <QIODevice>
#include <QTcpSocket>
#include <QUrl>
#include <algorithm>

namespace LicenseCore {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;
constexpr qint64 SocketHighWater = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 556:
        return "Upgrade In Progress";
    default:
        return "Status";
    }
}
} // namespace

DemoHttpHead parseDemoHttpHead(const QByteArray &buffer, qint64 maxHeaderBytes)
{
    DemoHttpHead head;
    // The head ends with an empty line; RFC 9112 §2.2 lets a server take a bare LF as a line end.
    qsizetype end = -1;
    qsizetype lineStart = 0;
    while (lineStart < buffer.size()) {
        const qsizetype newline = buffer.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        const qsizetype length = newline - lineStart;
        if (length == 0 || (length == 1 && buffer.at(lineStart) == '\r')) {
            end = lineStart;
            break;
        }
        lineStart = newline + 1;
    }
    if (end < 0 ? buffer.size() > maxHeaderBytes : end > maxHeaderBytes) {
        head.state = DemoHttpHead::State::TooLarge;
        return head;
    }
    if (end < 0)
        return head;
    QList<QByteArray> lines = buffer.left(end).split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        head.state = DemoHttpHead::State::Malformed;
        return head;
    }
    DemoHttpRequest &request = head.request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    const QUrl url(QStringLiteral("http://demo") + QString::fromLatin1(request.target));
    request.path = url.path();
    request.query = QUrlQuery(url.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(std::max<qsizetype>(colon, 0)).trimmed().toLower();
        if (!name.isEmpty()) // " : x" names nothing
            request.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    head.state = DemoHttpHead::State::Complete;
    return head;
}

DemoHttpConnection::DemoHttpConnection(QTcpSocket *socket, QObject *parent, int headTimeoutMs)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // A client that never finishes its request must not hold the connection (and a slot of the server) forever.
    m_headTimer.setSingleShot(true);
    connect(&m_headTimer, &QTimer::timeout, this, &DemoHttpConnection::onHeadTimeout);
    m_headTimer.start(std::max(1, headTimeoutMs));
    m_trickleTimer.setSingleShot(false);
    connect(&m_trickleTimer, &QTimer::timeout, this, &DemoHttpConnection::writeMore);
    connect(m_socket, &QTcpSocket::readyRead, this, &DemoHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64) {
        if (m_body && !m_bodyDone && m_options.trickleBytes <= 0)
            writeMore();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    // Data may have arrived before this object connected (TLS sockets after the handshake).
    QTimer::singleShot(0, this, &DemoHttpConnection::onReadyRead);
}

DemoHttpConnection::~DemoHttpConnection() = default;

qint64 DemoHttpConnection::bodyBytesSent() const
{
    return m_sent;
}

void DemoHttpConnection::onHeadTimeout()
{
    if (m_requestSeen)
        return;
    m_requestSeen = true;
    sendResponse(408, {}, "The request did not arrive in time\n");
}

void DemoHttpConnection::onReadyRead()
{
    if (m_requestSeen) {
        m_socket->readAll(); // one request per connection; the rest is ignored
        return;
    }
    // Never more than the cap (plus one byte, to tell "too large"), however much the client sends.
    m_buffer.append(m_socket->read(MaxHeaderBytes + 1 - m_buffer.size()));
    DemoHttpHead head = parseDemoHttpHead(m_buffer, MaxHeaderBytes);
    switch (head.state) {
    case DemoHttpHead::State::Incomplete:
        return;
    case DemoHttpHead::State::TooLarge:
        m_requestSeen = true;
        m_headTimer.stop();
        sendResponse(431, {}, {});
        return;
    case DemoHttpHead::State::Malformed:
        m_requestSeen = true;
        m_headTimer.stop();
        sendResponse(400, {}, "Malformed request line\n");
        return;
    case DemoHttpHead::State::Complete:
        break;
    }
    m_requestSeen = true;
    m_headTimer.stop();
    const DemoHttpRequest request = std::move(head.request);
    m_buffer.clear();
    Q_EMIT requestReceived(request);
}

void DemoHttpConnection::writeHead(int status, const DemoHttpHeaders &headers, qint64 contentLength, bool chunked)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Server: license-usage-demo-cluster\r\nConnection: close\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void DemoHttpConnection::sendResponse(int status, const DemoHttpHeaders &headers, const QByteArray &body)
{
    if (m_responding)
        return;
    m_responding = true;
    m_headTimer.stop();
    writeHead(status, headers, body.size(), false);
    m_socket->write(body);
    m_sent = body.size();
    closeGracefully();
}

void DemoHttpConnection::sendBody(int status, const DemoHttpHeaders &headers, std::unique_ptr<QIODevice> body,
                                  const DemoBodyOptions &options)
{
    if (m_responding)
        return;
    m_responding = true;
    m_headTimer.stop();
    m_body = std::move(body);
    m_options = options;
    const bool withoutLength = options.chunked || options.closeDelimited;
    writeHead(status, headers, withoutLength ? -1 : m_body->size(), options.chunked && !options.closeDelimited);
    if (m_options.trickleBytes > 0)
        m_trickleTimer.start(std::max(1, m_options.trickleIntervalMs));
    writeMore();
}

void DemoHttpConnection::writeMore()
{
    if (!m_body || m_bodyDone)
        return;
    const bool trickle = m_options.trickleBytes > 0;
    // A client that does not read must not make the socket's buffer grow: a trickle tick skips its piece then.
    while (m_socket->bytesToWrite() < SocketHighWater) {
        qint64 want = trickle ? m_options.trickleBytes : ChunkBytes;
        if (m_options.stallAfter >= 0)
            want = std::min(want, m_options.stallAfter - m_sent);
        if (m_options.dropAfter >= 0)
            want = std::min(want, m_options.dropAfter - m_sent);
        if (m_options.stallAfter >= 0 && want <= 0) {
            // Stalled: nothing more, ever; the connection stays open until the client gives up.
            m_trickleTimer.stop();
            m_bodyDone = true;
            return;
        }
        if (m_options.dropAfter >= 0 && want <= 0) {
            m_trickleTimer.stop();
            m_bodyDone = true;
            closeGracefully();
            return;
        }
        const QByteArray data = m_body->read(want);
        if (data.isEmpty()) {
            finishBody();
            return;
        }
        if (m_options.chunked && !m_options.closeDelimited)
            m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        else
            m_socket->write(data);
        m_sent += data.size();
        if (trickle)
            return; // the timer sends the next piece
    }
}

void DemoHttpConnection::finishBody()
{
    m_trickleTimer.stop();
    m_bodyDone = true;
    if (m_options.chunked && !m_options.closeDelimited)
        m_socket->write("0\r\n\r\n");
    m_body.reset();
    Q_EMIT bodyCompleted();
    closeGracefully();
}

void DemoHttpConnection::drop()
{
    m_responding = true;
    m_headTimer.stop();
    m_trickleTimer.stop();
    m_bodyDone = true;
    m_socket->abort();
    deleteLater();
}

void DemoHttpConnection::closeGracefully()
{
    // Writes what is buffered, then closes; disconnected() deletes this object.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        deleteLater();
}

} // namespace LicenseCore
