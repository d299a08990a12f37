#include "api/customer_words.h"

#include <QCoreApplication>

namespace crm::desktop {

QString accountKindText(const QString& k) {
  if (k == QLatin1String("SECURITIES")) return QCoreApplication::translate("CustomerWords", "Securities account");
  if (k == QLatin1String("MARGIN")) return QCoreApplication::translate("CustomerWords", "Margin account");
  if (k == QLatin1String("FUTURES")) return QCoreApplication::translate("CustomerWords", "Futures account");
  if (k == QLatin1String("FUND")) return QCoreApplication::translate("CustomerWords", "Fund account");
  if (k == QLatin1String("BANK")) return QCoreApplication::translate("CustomerWords", "Bank account");
  return k;
}

QString accountStatusText(const QString& s) {
  if (s == QLatin1String("ACTIVE")) return QCoreApplication::translate("CustomerWords", "active");
  if (s == QLatin1String("FROZEN")) return QCoreApplication::translate("CustomerWords", "frozen");
  if (s == QLatin1String("CLOSED")) return QCoreApplication::translate("CustomerWords", "closed");
  return s;
}

QString consentPurposeText(const QString& p) {
  if (p == QLatin1String("MARKETING")) return QCoreApplication::translate("CustomerWords", "Marketing");
  if (p == QLatin1String("DATA_SHARING")) return QCoreApplication::translate("CustomerWords", "Data sharing");
  return p;
}

QString consentChannelText(const QString& c) {
  if (c == QLatin1String("CONSENT_SMS")) return QCoreApplication::translate("CustomerWords", "SMS");
  if (c == QLatin1String("CONSENT_EMAIL")) return QCoreApplication::translate("CustomerWords", "e-mail");
  if (c == QLatin1String("CONSENT_PHONE")) return QCoreApplication::translate("CustomerWords", "phone");
  if (c == QLatin1String("CONSENT_WECHAT")) return QCoreApplication::translate("CustomerWords", "WeChat");
  if (c == QLatin1String("CONSENT_ALL")) return QCoreApplication::translate("CustomerWords", "all channels");
  return c;
}

QString relationText(const QString& r) {
  if (r == QLatin1String("SPOUSE")) return QCoreApplication::translate("CustomerWords", "Spouse");
  if (r == QLatin1String("CHILD")) return QCoreApplication::translate("CustomerWords", "Child");
  if (r == QLatin1String("PARENT")) return QCoreApplication::translate("CustomerWords", "Parent");
  if (r == QLatin1String("SIBLING")) return QCoreApplication::translate("CustomerWords", "Sibling");
  if (r == QLatin1String("CONTROLLER")) return QCoreApplication::translate("CustomerWords", "Controller");
  if (r == QLatin1String("BENEFICIAL_OWNER")) return QCoreApplication::translate("CustomerWords", "Beneficial owner");
  if (r == QLatin1String("CONTROLLED_ENTITY"))
    return QCoreApplication::translate("CustomerWords", "Entity this client controls");
  if (r == QLatin1String("BENEFICIALLY_OWNED_ENTITY"))
    return QCoreApplication::translate("CustomerWords", "Entity this client beneficially owns");
  if (r == QLatin1String("OTHER_RELATION")) return QCoreApplication::translate("CustomerWords", "Related party");
  return r;
}

}  // namespace crm::desktop
