// SPDX-FileCopyrightText: 2026 License Usage Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cluster/requestoutcome.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace LicenseCore {

namespace {
// Gives the free functions of this file a translation context of their own.
struct OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(LicenseCore::RequestOutcome)
};

ErrorCode errorCodeFor(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Ok:
        return ErrorCode::None;
    case RequestStatus::Cancelled:
        return ErrorCode::Cancelled;
    case RequestStatus::StallTimeout:
        return ErrorCode::Timeout;
    case RequestStatus::Unreachable:
    case RequestStatus::Redirected:
    case RequestStatus::NetworkError:
        return ErrorCode::Network;
    case RequestStatus::TlsFailure:
        return ErrorCode::Tls;
    case RequestStatus::HttpError:
    case RequestStatus::InvalidResponse:
        return ErrorCode::Http;
    case RequestStatus::Busy:
    case RequestStatus::InvalidRequest:
        return ErrorCode::InvalidArgument;
    case RequestStatus::LocalError:
        return ErrorCode::FileUnwritable;
    }
    return ErrorCode::Network;
}
} // namespace

RequestOutcome::RequestOutcome(RequestStatus status_, QString errorText_, int httpStatus_, QString clusterMessage_)
    : status(status_)
    , errorText(std::move(errorText_))
    , httpStatus(httpStatus_)
    , clusterMessage(std::move(clusterMessage_))
{}

Error RequestOutcome::toError() const
{
    return {errorCodeFor(status), errorText, {}};
}

QString displaySafe(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        qsizetype length = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            length = 2;
        }
        const QChar::Category category = QChar::category(codePoint);
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r')
            result += QLatin1Char(' ');
        else if (category == QChar::Other_Control || category == QChar::Other_Format ||
                 category == QChar::Other_Surrogate)
            result += QLatin1Char('?');
        else
            result += text.mid(i, length);
        i += length - 1;
    }
    return result;
}

QString clusterErrorMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    QString message = error.value(QLatin1String("message")).toString().trimmed();
    QStringList violations;
    const QJsonArray constraintViolations = error.value(QLatin1String("constraintViolations")).toArray();
    for (const QJsonValue &value : constraintViolations) {
        const QJsonObject violation = value.toObject();
        QString text = violation.value(QLatin1String("message")).toString().trimmed();
        const QString path = violation.value(QLatin1String("path")).toString();
        if (!text.isEmpty() && !path.isEmpty())
            text = path + QLatin1String(": ") + text;
        if (!text.isEmpty())
            violations.append(text);
    }
    if (!violations.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral(" (")) + violations.join(QLatin1String("; ")) +
                   (message.isEmpty() ? QString() : QStringLiteral(")"));
    // A hostile or broken server must not flood the user's screen, nor steer the terminal.
    if (message.size() > 500)
        message = message.left(500) + QChar(0x2026);
    return displaySafe(message);
}

QString httpErrorSentence(int httpStatus, const QString &clusterMessage)
{
    QString cause;
    QString nextStep;
    switch (httpStatus) {
    case 400:
        cause = OutcomeText::tr("The cluster rejected the request as invalid (HTTP 400).");
        nextStep =
            OutcomeText::tr("Check the time range: it must not be empty, and its end must be at least two hours in the "
                            "past.");
        break;
    case 401:
        cause = OutcomeText::tr("The cluster did not accept the API token (HTTP 401).");
        nextStep =
            OutcomeText::tr("Check that the token is a cluster token from the Cluster Management Console (Settings > "
                            "API tokens > Cluster tokens) that has not expired or been revoked, and store it again.");
        break;
    case 403:
        cause = OutcomeText::tr("The API token is not allowed to read license data (HTTP 403).");
        nextStep =
            OutcomeText::tr("Create a cluster token with the Service Provider API scope (ServiceProviderAPI) in the "
                            "Cluster Management Console and store it for this profile.");
        break;
    case 404:
        cause = OutcomeText::tr("The cluster does not offer this API (HTTP 404).");
        nextStep =
            OutcomeText::tr("Check that the address is the cluster itself (not an environment's /e/… address) and that "
                            "the cluster runs a Dynatrace Managed version with the Cluster API v2.");
        break;
    case 422:
        cause = OutcomeText::tr(
            "The cluster uses Dynatrace Platform Subscription (DPS) licensing, which this export does not "
            "cover (HTTP 422).");
        nextStep =
            OutcomeText::tr("License usage of subscription clusters is shown in the account's subscription overview "
                            "instead.");
        break;
    case 429:
        cause = OutcomeText::tr("Another license export is still running on the cluster (HTTP 429).");
        nextStep = OutcomeText::tr("Wait until it has finished and try again.");
        break;
    case 500:
        cause = OutcomeText::tr("The cluster failed to produce the data (HTTP 500).");
        nextStep = OutcomeText::tr("Try again later; if it keeps failing, check the cluster's server logs or contact "
                                   "Dynatrace support.");
        break;
    case 556:
        cause = OutcomeText::tr("The cluster is being upgraded (HTTP 556).");
        nextStep = OutcomeText::tr("Try again when the upgrade has finished.");
        break;
    default:
        cause = OutcomeText::tr("The cluster answered with an unexpected status (HTTP %1).").arg(httpStatus);
        nextStep = OutcomeText::tr("Check the cluster address and try again.");
        break;
    }
    QString sentence = cause;
    if (!clusterMessage.isEmpty())
        sentence += QLatin1Char(' ') + OutcomeText::tr("The cluster says: \u201c%1\u201d.").arg(clusterMessage);
    return sentence + QLatin1Char(' ') + nextStep;
}

} // namespace LicenseCore
