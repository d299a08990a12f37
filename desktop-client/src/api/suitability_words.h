// Plain-language wording of the suitability codes the server sends
// (regulatory.md section 1): decisions, reasons, required steps, levels, and
// the refusals of a sale. One place, translated (zh_CN / en).
#pragma once

#include <QString>
#include <QStringList>

namespace crm::desktop {

QString decisionText(const QString& decision);  // ALLOW, REQUIRE_ACKNOWLEDGEMENT, DENY
QString reasonText(const QString& reason);      // RISK_MISMATCH, LOWEST_CATEGORY, ...
QString stepText(const QString& step);          // ACKNOWLEDGEMENT, DUAL_RECORDING, ...
QString levelText(const QString& level);        // C1_LOWEST, C1..C5 or "" (not assessed)
QString riskText(int risk);                     // R1 (low) .. R5 (high)
QString investorClassText(const QString& cls);  // ORDINARY, PROFESSIONAL
QString intentText(const QString& intent);      // RECOMMEND, CLIENT_REQUEST, CAMPAIGN

}  // namespace crm::desktop
