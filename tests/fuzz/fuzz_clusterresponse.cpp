// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the cluster client reads from a cluster's answers (QNetworkAccessManager parses HTTP itself): the
// environments page, error bodies, Retry-After, the cluster license, the Content-Length check and the ZIP end
// check of a download. The first byte picks the parser, the rest is its input.
#include "fuzzcheck.h"

#include <cluster/apirequest.h>
#include <cluster/clusterlicensejob.h>
#include <cluster/environmentsjob.h>
#include <cluster/exportdownloadjob.h>
#include <cluster/requestoutcome.h>
#include <cluster/retrypolicy.h>

#include <QTimeZone>
#include <QVariant>
#include <cmath>
#include <cstdint>

using namespace LicenseCore;

namespace {

bool isDisplaySafe(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const QChar::Category category = QChar::category(QChar::surrogateToUcs4(c, text.at(i + 1)));
            if (category == QChar::Other_Control || category == QChar::Other_Format)
                return false;
            ++i;
            continue;
        }
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate)
            return false;
    }
    return true;
}

// The reference for endsLikeZip(): some end-of-central-directory signature whose record and comment end exactly
// at the end.
// Code points, a valid surrogate pair counting once: displaySafe() puts one character in place of each code point
// (a pair it refuses becomes a single '?'), so the count stays while the length in UTF-16 units may shrink.
qsizetype codePoints(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool endsLikeZipReference(const QByteArray &tail)
{
    for (qsizetype at = 0; at + 22 <= tail.size(); ++at) {
        if (tail.mid(at, 4) != QByteArray("PK\x05\x06", 4))
            continue;
        const qsizetype comment = qsizetype(quint8(tail.at(at + 20))) | qsizetype(quint8(tail.at(at + 21))) << 8;
        if (at + 22 + comment == tail.size())
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const quint8 selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    switch (selector % 8) {
    case 0: {
        const Result<EnvironmentPage> page = EnvironmentsJob::parsePage(body);
        if (page) {
            for (const ClusterEnvironment &environment : page.value().environments) {
                FUZZ_CHECK(!environment.id.isEmpty());
                // A quota is a finite number of host units or none: never NaN, infinite or negative.
                if (environment.hostUnitQuota)
                    FUZZ_CHECK(std::isfinite(*environment.hostUnitQuota) && *environment.hostUnitQuota >= 0);
            }
        } else {
            FUZZ_CHECK(!page.error().message().isEmpty());
        }
        break;
    }
    case 1: {
        const QString message = clusterErrorMessage(body);
        FUZZ_CHECK(message.size() <= 501);
        FUZZ_CHECK(isDisplaySafe(message));
        (void)httpErrorSentence(400 + selector, message);
        break;
    }
    case 2: {
        const QDateTime now(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc());
        const std::optional<qint64> delay = RetryPolicy::parseRetryAfter(body, now);
        if (delay)
            FUZZ_CHECK(*delay >= 0 && *delay <= RetryPolicy::MaxRetryAfterMs);
        const RetryPolicy policy;
        for (int attempt : {1, 2, 30, 1000}) {
            const qint64 nominal = policy.delayFor(attempt, delay);
            FUZZ_CHECK(nominal >= policy.minDelayMs && nominal <= RetryPolicy::MaxRetryAfterMs);
            FUZZ_CHECK(policy.realDelay(nominal) >= 0);
        }
        break;
    }
    case 3: {
        const Result<ClusterLicense> license = ClusterLicenseJob::parse(body);
        if (!license)
            FUZZ_CHECK(!license.error().message().isEmpty());
        break;
    }
    case 4: {
        // "<Content-Encoding>\n<Content-Length>", the length as the raw header text QNetworkReply would parse.
        const qsizetype newline = body.indexOf('\n');
        const QByteArray encoding = newline < 0 ? QByteArray() : body.left(newline);
        const QByteArray length = newline < 0 ? body : body.mid(newline + 1);
        bool ok = false;
        const qint64 parsed = length.trimmed().toLongLong(&ok);
        const qint64 declared = declaredBodyLength(encoding, ok ? QVariant(parsed) : QVariant());
        FUZZ_CHECK(declared >= -1);
        FUZZ_CHECK(declaredBodyLength(encoding, QVariant(length)) >= -1);
        break;
    }
    case 5:
        FUZZ_CHECK(endsLikeZip(body) == endsLikeZipReference(body));
        break;
    case 6: {
        const QString text = QString::fromUtf8(body);
        const QString safe = displaySafe(text);
        FUZZ_CHECK(safe.size() <= text.size());
        FUZZ_CHECK(codePoints(safe) == codePoints(text));
        FUZZ_CHECK(isDisplaySafe(safe));
        break;
    }
    case 7: {
        // UTF-16 with lone surrogates, as QJsonDocument may hand out for "\ud800".
        const QString text(reinterpret_cast<const QChar *>(body.constData()), body.size() / 2);
        const QString safe = displaySafe(text);
        FUZZ_CHECK(safe.size() <= text.size());
        FUZZ_CHECK(codePoints(safe) == codePoints(text));
        FUZZ_CHECK(isDisplaySafe(safe));
        break;
    }
    }
    return 0;
}
