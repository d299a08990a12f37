#include "domain/aml.h"

#include "domain/money.h"

namespace crm::domain {

std::optional<FlowType> FlowTypeFromName(const std::string& n) {
  if (n == "CASH_DEPOSIT") return FlowType::kCashDeposit;
  if (n == "CASH_WITHDRAWAL") return FlowType::kCashWithdrawal;
  if (n == "TRANSFER_IN") return FlowType::kTransferIn;
  if (n == "TRANSFER_OUT") return FlowType::kTransferOut;
  return std::nullopt;
}

std::string FlowTypeName(FlowType t) {
  switch (t) {
    case FlowType::kCashDeposit: return "CASH_DEPOSIT";
    case FlowType::kCashWithdrawal: return "CASH_WITHDRAWAL";
    case FlowType::kTransferIn: return "TRANSFER_IN";
    case FlowType::kTransferOut: return "TRANSFER_OUT";
  }
  return "";
}

bool IsCash(FlowType t) { return t == FlowType::kCashDeposit || t == FlowType::kCashWithdrawal; }
bool IsInflow(FlowType t) { return t == FlowType::kCashDeposit || t == FlowType::kTransferIn; }

std::optional<Counterparty> CounterpartyFromName(const std::string& n) {
  if (n == "NONE" || n.empty()) return Counterparty::kNone;
  if (n == "NATURAL") return Counterparty::kNatural;
  if (n == "NON_NATURAL") return Counterparty::kNonNatural;
  return std::nullopt;
}

std::string CounterpartyName(Counterparty c) {
  switch (c) {
    case Counterparty::kNone: return "NONE";
    case Counterparty::kNatural: return "NATURAL";
    case Counterparty::kNonNatural: return "NON_NATURAL";
  }
  return "";
}

bool Matches(const AmlRule& r, const FlowFacts& f) {
  if (r.currency != f.currency) return false;
  if (r.cash != IsCash(f.type)) return false;
  if (r.client_natural && *r.client_natural != f.client_is_natural) return false;
  if (r.cross_border && *r.cross_border != f.cross_border) return false;
  if (r.natural_party) {
    const bool natural = f.client_is_natural || f.counterparty == Counterparty::kNatural;
    if (*r.natural_party != natural) return false;
  }
  return true;
}

std::vector<AmlHit> DetectLargeValue(const std::vector<AmlRule>& rules, const std::vector<FlowFacts>& flows) {
  std::vector<AmlHit> out;
  for (const auto& rule : rules) {
    for (bool inflow : {true, false}) {
      AmlHit hit{rule.code, inflow, 0, {}};
      bool overflow = false;
      for (size_t i = 0; i < flows.size(); ++i) {
        if (IsInflow(flows[i].type) != inflow || !Matches(rule, flows[i])) continue;
        auto sum = AddMoney(hit.total_minor, flows[i].amount_minor);
        if (!sum)
          overflow = true;  // beyond any threshold: a report all the same
        else
          hit.total_minor = *sum;
        hit.flows.push_back(i);
      }
      if (overflow) hit.total_minor = kMaxMoneyMinor;
      if (!hit.flows.empty() && hit.total_minor >= rule.threshold_minor) out.push_back(std::move(hit));
    }
  }
  return out;
}

}  // namespace crm::domain
