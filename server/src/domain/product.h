// A product in the catalogue, with the risk level suitability matches
// against (regulatory.md section 1).
#pragma once

#include <cstdint>
#include <string>

namespace crm::domain {

struct Product {
  std::string id, code, name, type;
  int risk = 1;  // R1..R5
  int64_t min_investment_minor = 0;
  std::string currency = "CNY";
  std::string maturity_date;  // YYYY-MM-DD or ""
  int version = 1;
  int64_t update_time_us = 0;

  // What a client sends back to change it: "v<version>".
  std::string Etag() const { return "v" + std::to_string(version); }
};

}  // namespace crm::domain
