#include "cli/admin_outbox.h"

#include <iomanip>
#include <iostream>

#include "cli/cli_text.h"
#include "common/error.h"
#include "usecases/messages.h"

namespace crm::cli {

void OutboxCommands::Add(CLI::App& app) {
  auto* outbox = app.add_subcommand("outbox", "The message outbox: deliveries, failures and dead letters");
  outbox->require_subcommand(1);
  list_ = outbox->add_subcommand("list", "List messages, newest first (audited)");
  list_->add_option("--status", status_, "PENDING, SENDING, SENT, DEAD, CANCELLED or SUPPRESSED")
      ->check(CLI::IsMember({"PENDING", "SENDING", "SENT", "DEAD", "CANCELLED", "SUPPRESSED"}));
  list_->add_option("--limit", limit_, "At most this many")->check(CLI::Range(1, 10000))->capture_default_str();
  list_->add_option("--before", before_, "Only messages with a smaller id (the next page)");
  show_ = outbox->add_subcommand("show", "A message and each of its attempts");
  show_->add_option("id", ids_, "Message id")->required();
  retry_ = outbox->add_subcommand("retry", "Queue dead (or cancelled) messages again with their tries reset");
  retry_->add_option("id", ids_, "Message ids");
  retry_->add_flag("--all-dead", all_dead_, "Every dead message");
  retry_->add_option("--reason", reason_, "Why (recorded in the audit trail)")->required();
  cancel_ = outbox->add_subcommand("cancel", "Cancel pending or dead messages (they will not be sent)");
  cancel_->add_option("id", ids_, "Message ids")->required();
  cancel_->add_option("--reason", reason_, "Why (recorded in the audit trail)")->required();
  stats_ = outbox->add_subcommand("stats", "Queued, retrying, sending, sent, dead, cancelled, stopped; oldest age");
}

std::optional<int> OutboxCommands::Run(storage::ConnectionPool& pool, const storage::AuditWho& who) {
  namespace m = usecases::messages;
  if (*list_) {
    storage::OutboxFilter f;
    f.status = status_;
    f.limit = limit_;
    f.before_id = before_;
    auto rows = m::AdminList(pool, who, f);
    std::cout << std::left << std::setw(8) << "ID" << std::setw(12) << "STATUS" << std::setw(14) << "CHANNEL"
              << std::setw(18) << "TEMPLATE" << std::setw(6) << "TRIES" << std::setw(22) << "QUEUED" << std::setw(22)
              << "NEXT TRY"
              << "LAST ERROR\n";
    for (const auto& r : rows) {
      const bool open = r.status == domain::MessageStatus::kPending || r.status == domain::MessageStatus::kSending;
      std::cout << std::setw(8) << r.id << std::setw(12) << domain::MessageStatusName(r.status) << std::setw(14)
                << r.channel << std::setw(18) << r.template_code << std::setw(6) << r.attempts << std::setw(22)
                << Time(r.create_time_us) << std::setw(22) << (open ? Time(r.next_attempt_time_us) : "-")
                << r.last_error << "\n";
    }
    std::cout << std::right << rows.size() << " message(s)\n";
    return 0;
  }
  if (*show_) {
    auto rows = m::AdminList(pool, who, {"", "", ids_.front() + 1, 1});
    if (rows.empty() || rows.front().id != ids_.front()) throw Error::NotFound("message");
    const auto& r = rows.front();
    std::cout << "message " << r.id << ": " << domain::MessageStatusName(r.status) << " on " << r.channel
              << ", template " << r.template_code << " (" << r.language << ", " << domain::PurposeName(r.purpose)
              << "), queued " << Time(r.create_time_us) << " by " << (r.source.empty() ? "-" : r.source)
              << (r.customer_id.empty() ? "" : ", client " + r.customer_id) << ", key " << r.idempotency_key << "\n";
    for (const auto& a : m::AdminAttempts(pool, r.id))
      std::cout << "  try " << a.attempt << "  " << Time(a.start_time_us) << "  " << a.outcome
                << (a.http_status ? "  HTTP " + std::to_string(a.http_status) : "")
                << (a.error.empty() ? "" : "  " + a.error) << "\n";
    return 0;
  }
  if (*retry_) {
    std::vector<int64_t> ids = ids_;
    if (all_dead_) {
      for (int64_t before = 0;;) {
        auto page = m::AdminList(pool, who, {"DEAD", "", before, 1000});
        for (const auto& r : page) ids.push_back(r.id);
        if (page.size() < 1000) break;
        before = page.back().id;
      }
    }
    if (ids.empty()) throw Error::InvalidField("id", crm::v1::FieldProblem::REQUIRED, "name messages or --all-dead");
    for (int64_t id : ids) m::Requeue(pool, who, id, reason_);
    std::cout << "queued " << ids.size() << " message(s) again\n";
    return 0;
  }
  if (*cancel_) {
    for (int64_t id : ids_) m::Cancel(pool, who, id, reason_);
    std::cout << "cancelled " << ids_.size() << " message(s)\n";
    return 0;
  }
  if (*stats_) {
    auto s = m::Stats(pool);
    std::cout << "queued " << s.queued << "\nretrying " << s.retrying << "\nsending " << s.sending << "\nsent "
              << s.sent << "\ndead " << s.dead << "\ncancelled " << s.cancelled << "\nstopped (consent) "
              << s.suppressed << "\noldest pending age " << static_cast<int64_t>(s.oldest_pending_seconds) << " s\n";
    return 0;
  }
  return std::nullopt;
}

}  // namespace crm::cli
