// Plain-language wording of the client codes the server sends: account kinds
// and states, consent purposes and channels, household relations. One place,
// translated (zh_CN / en).
#pragma once

#include <QString>

namespace crm::desktop {

QString accountKindText(const QString& kind);        // SECURITIES, MARGIN, FUTURES, FUND, BANK
QString accountStatusText(const QString& status);    // ACTIVE, FROZEN, CLOSED
QString consentPurposeText(const QString& purpose);  // MARKETING, DATA_SHARING
QString consentChannelText(const QString& channel);  // CONSENT_SMS, CONSENT_EMAIL, ... CONSENT_ALL
// What the related party is to this client: SPOUSE, CHILD, PARENT, ...
QString relationText(const QString& relation);

}  // namespace crm::desktop
