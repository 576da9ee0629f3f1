// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

class QIODevice;
class QTcpSocket;

namespace LicenseCore {

// One parsed HTTP/1.1 request line and header block.
struct DemoHttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path;      // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
};

// What the bytes received so far make of a request head.
struct DemoHttpHead
{
    enum class State
    {
        Incomplete, // no empty line yet, and still within MaxHeaderBytes
        TooLarge,   // 431: the head does not fit in MaxHeaderBytes
        Malformed,  // 400: the request line is not "METHOD TARGET HTTP/1.x"
        Complete
    };
    State state = State::Incomplete;
    DemoHttpRequest request; // set when Complete
};

// Parses a request head from the start of `buffer` (no socket needed, so it can be tested on its own).
// Lines may end in CRLF or a bare LF; header lines without a colon or with an empty name are skipped; a later
// header of the same name replaces an earlier one.
DemoHttpHead parseDemoHttpHead(const QByteArray &buffer, qint64 maxHeaderBytes);

using DemoHttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// How a body is sent, including the faults the demo cluster can inject.
struct DemoBodyOptions
{
    bool chunked = false;        // Transfer-Encoding: chunked instead of Content-Length
    bool closeDelimited = false; // neither: the body ends when the connection closes (HTTP/1.0 style)
    qint64 stallAfter = -1;      // stop sending after this many body bytes and keep the connection open
    qint64 dropAfter = -1;       // close the connection after this many body bytes
    int trickleBytes = 0;        // > 0: send this many bytes every trickleIntervalMs
    int trickleIntervalMs = 0;
};

// One connection of the demo cluster: reads one request, writes one response, closes. Everything is driven
// by the socket's signals; large bodies are written as the socket drains. A request head must arrive complete
// within the head timeout and fit in MaxHeaderBytes; lines may end in CRLF or a bare LF.
class DemoHttpConnection final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;
    static constexpr int DefaultHeadTimeoutMs = 10 * 1000;

    // Takes ownership of the socket.
    DemoHttpConnection(QTcpSocket *socket, QObject *parent, int headTimeoutMs = DefaultHeadTimeoutMs);
    ~DemoHttpConnection() override;
    Q_DISABLE_COPY_MOVE(DemoHttpConnection)

    // A complete response with a small body.
    void sendResponse(int status, const DemoHttpHeaders &headers, const QByteArray &body);
    // A response whose body comes from `body` (read to its end), with faults applied.
    void sendBody(int status, const DemoHttpHeaders &headers, std::unique_ptr<QIODevice> body,
                  const DemoBodyOptions &options);
    // Closes the connection without an answer.
    void drop();

    [[nodiscard]] qint64 bodyBytesSent() const;

Q_SIGNALS:
    void requestReceived(const LicenseCore::DemoHttpRequest &request);
    // The whole body has been handed to the socket (not emitted for stalled or dropped bodies).
    void bodyCompleted();

private:
    void onReadyRead();
    void onHeadTimeout();
    // contentLength < 0: no Content-Length (chunked, or ended by closing when `chunked` is false).
    void writeHead(int status, const DemoHttpHeaders &headers, qint64 contentLength, bool chunked);
    void writeMore();
    void finishBody();
    void closeGracefully();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_requestSeen = false;
    bool m_responding = false;
    std::unique_ptr<QIODevice> m_body;
    DemoBodyOptions m_options;
    qint64 m_sent = 0;
    bool m_bodyDone = false;
    QTimer m_trickleTimer;
    QTimer m_headTimer;
};

} // namespace LicenseCore
