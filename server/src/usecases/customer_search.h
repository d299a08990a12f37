// SearchCustomers as a use case: by name (or its pinyin), by an exact ID
// number, mobile or account number (blind indexes), or by the last four
// digits of a mobile within the caller's book. Two round trips each; the
// search's event records how it searched, never what was typed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "domain/customer.h"
#include "domain/holdings.h"
#include "usecases/request_tx.h"

namespace crm::usecases::customers {

struct SearchResult {
  std::string matched_by;  // name, phone, id_number, account_number, phone_last_four
  bool partial = false;    // more matched than were read (see storage/customer_search.cc)
  std::vector<domain::Customer> customers;
  std::map<std::string, domain::ListMetrics> metrics;  // when asked
};
// query: 2-100 bytes after trimming; page_size: 0 (20) to 100; INVALID_ARGUMENT
// naming the field otherwise.
SearchResult Search(Caller& caller, std::string query, int page_size, bool include_metrics);

}  // namespace crm::usecases::customers
