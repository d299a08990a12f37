// Large-value transaction rules (regulatory.md section 2, PBoC Order 2016
// No. 3; issue 26, ADR 0017) and cash-flow facts. Pure rules: no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm::domain {

enum class FlowType { kCashDeposit, kCashWithdrawal, kTransferIn, kTransferOut };
std::optional<FlowType> FlowTypeFromName(const std::string& name);
std::string FlowTypeName(FlowType type);
bool IsCash(FlowType type);
bool IsInflow(FlowType type);

enum class Counterparty { kNone, kNatural, kNonNatural };
std::optional<Counterparty> CounterpartyFromName(const std::string& name);
std::string CounterpartyName(Counterparty c);

// One flow as the rules see it.
struct FlowFacts {
  FlowType type = FlowType::kCashDeposit;
  Counterparty counterparty = Counterparty::kNone;
  bool cross_border = false;
  bool client_is_natural = true;  // the client's kind: INDIVIDUAL
  std::string currency;
  int64_t amount_minor = 0;  // > 0
};

// A rule as data (aml_rule): each condition that is set must hold.
struct AmlRule {
  std::string code;
  bool cash = true;                    // channel CASH, else TRANSFER
  std::optional<bool> client_natural;  // client_kind: INDIVIDUAL / INSTITUTION
  std::optional<bool> cross_border;
  std::optional<bool> natural_party;  // the client or the counterparty is a natural person
  std::string currency;
  int64_t threshold_minor = 0;
  int due_working_days = 5;
};

bool Matches(const AmlRule& rule, const FlowFacts& flow);

// A report the day's flows call for: rule, direction, the flows (indexes
// into the input) and their total.
struct AmlHit {
  std::string rule_code;
  bool inflow = true;
  int64_t total_minor = 0;
  std::vector<size_t> flows;
};
// For one client's flows of one day: per rule and direction (inflows and
// outflows apart), the total of the matching flows; a hit when it reaches
// the threshold (>=). A flow matching two rules counts toward both.
std::vector<AmlHit> DetectLargeValue(const std::vector<AmlRule>& rules, const std::vector<FlowFacts>& day_flows);

}  // namespace crm::domain
