#include "api/suitability_words.h"

#include <QCoreApplication>

namespace crm::desktop {
QString decisionText(const QString& d) {
  if (d == QLatin1String("ALLOW")) return QCoreApplication::translate("Suitability", "Suitable: the sale may proceed");
  if (d == QLatin1String("REQUIRE_ACKNOWLEDGEMENT"))
    return QCoreApplication::translate("Suitability",
                                       "Not suitable: only at the client's own request, with a signed risk warning");
  if (d == QLatin1String("DENY"))
    return QCoreApplication::translate("Suitability", "Refused: this product may not be sold to this client");
  return d;
}

QString reasonText(const QString& r) {
  if (r == QLatin1String("RISK_MISMATCH"))
    return QCoreApplication::translate("Suitability", "The product's risk is above the client's risk tolerance.");
  if (r == QLatin1String("LOWEST_CATEGORY"))
    return QCoreApplication::translate(
        "Suitability", "The client is in the lowest category (cannot accept any loss): only R1 products.");
  if (r == QLatin1String("NO_ASSESSMENT"))
    return QCoreApplication::translate("Suitability", "The client has no risk assessment yet.");
  if (r == QLatin1String("ASSESSMENT_EXPIRED"))
    return QCoreApplication::translate("Suitability", "The client's risk assessment has expired.");
  if (r == QLatin1String("RECOMMENDATION_ABOVE_LEVEL"))
    return QCoreApplication::translate("Suitability", "The firm never recommends a product above the client's level.");
  if (r == QLatin1String("CAMPAIGN_ABOVE_LEVEL"))
    return QCoreApplication::translate("Suitability", "A campaign may not offer a product above the client's level.");
  if (r == QLatin1String("SPECIAL_CARE"))
    return QCoreApplication::translate(
        "Suitability", "R4/R5 to an ordinary investor: special care (extra disclosure, cooling-off or return visit).");
  if (r == QLatin1String("DUAL_RECORDING_REQUIRED"))
    return QCoreApplication::translate("Suitability",
                                       "The risk warning must be audio/video recorded (dual recording).");
  if (r == QLatin1String("ELECTRONIC_CONFIRMATION_REQUIRED"))
    return QCoreApplication::translate("Suitability", "The client must confirm the risk warning electronically.");
  return r;
}

QString stepText(const QString& s) {
  if (s == QLatin1String("ASSESSMENT")) return QCoreApplication::translate("Suitability", "a current risk assessment");
  if (s == QLatin1String("ACKNOWLEDGEMENT"))
    return QCoreApplication::translate("Suitability", "the signed special risk warning");
  if (s == QLatin1String("DUAL_RECORDING")) return QCoreApplication::translate("Suitability", "the dual recording");
  if (s == QLatin1String("ELECTRONIC_CONFIRMATION"))
    return QCoreApplication::translate("Suitability", "the client's electronic confirmation");
  return s;
}

QString levelText(const QString& l) {
  if (l.isEmpty()) return QCoreApplication::translate("Suitability", "not assessed");
  if (l == QLatin1String("C1_LOWEST")) return QCoreApplication::translate("Suitability", "C1 (lowest category)");
  return l;
}

QString riskText(int risk) {
  static const char* kNames[] = {
      QT_TRANSLATE_NOOP("Suitability", "low"), QT_TRANSLATE_NOOP("Suitability", "medium-low"),
      QT_TRANSLATE_NOOP("Suitability", "medium"), QT_TRANSLATE_NOOP("Suitability", "medium-high"),
      QT_TRANSLATE_NOOP("Suitability", "high")};
  if (risk < 1 || risk > 5) return QStringLiteral("-");
  return QStringLiteral("R%1 (%2)").arg(risk).arg(QCoreApplication::translate("Suitability", kNames[risk - 1]));
}

QString investorClassText(const QString& c) {
  if (c == QLatin1String("PROFESSIONAL")) return QCoreApplication::translate("Suitability", "Professional investor");
  return QCoreApplication::translate("Suitability", "Ordinary investor");
}

QString intentText(const QString& i) {
  if (i == QLatin1String("RECOMMEND")) return QCoreApplication::translate("Suitability", "We recommend it");
  if (i == QLatin1String("CAMPAIGN")) return QCoreApplication::translate("Suitability", "Marketing campaign");
  return QCoreApplication::translate("Suitability", "The client asks for it");
}

}  // namespace crm::desktop
