// `crm-admin import positions FILE.csv`: the end-of-day snapshot from the
// trading / clearing systems. Each client named in the file gets its holdings
// replaced by the file's (positions it no longer has go to zero), its cash
// balance set, and that day's AUM (holdings + cash) recorded, which marks its
// tier for re-evaluation. UTF-8 or GBK; every row checked and each problem
// reported with its line and field; all or nothing; a re-run of the same file
// changes nothing further.
#pragma once

#include <functional>
#include <string>

#include "usecases/customer_import.h"

namespace crm::usecases {

struct PositionImportReport {
  int64_t rows = 0;
  int64_t clients = 0;
  int64_t holdings = 0;
  int64_t cash_rows = 0;
  std::vector<ImportError> errors;
};

// Columns (header row, any order): client (a client id, or the external_ref
// of an imported client), as_of (YYYY-MM-DD), product_code (CASH for the cash
// balance), market_value (yuan, at most 2 decimals); optional: currency (CNY).
PositionImportReport ImportPositions(const std::string& owner_conninfo, const ImportOptions& options,
                                     const std::function<void(int64_t, int64_t)>& progress = nullptr);

}  // namespace crm::usecases
