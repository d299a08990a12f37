// crm-admin: the administrator's command line. Works on the database directly
// (the embedded one under --data-dir, or --database-url), never through the
// API, and audits every change it makes. See docs/admin-guide.md.
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <chrono>
#include <fstream>
#include <optional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <pqxx/pqxx>

#include "cli/admin_ingest.h"
#include "cli/admin_outbox.h"
#include "common/clock.h"
#include "common/error.h"
#include "security/audit_signer.h"
#include "security/key_store.h"
#include "security/process_keys.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "storage/embedded_postgres.h"
#include "storage/migrator.h"
#include "storage/audit_repository.h"
#include "storage/audit_sealer.h"
#include "storage/transaction.h"
#include "usecases/audit_archive.h"
#include "usecases/audit_export.h"
#include "usecases/audit_verifier.h"
#include "usecases/auth_settings.h"
#include "usecases/customer_import.h"
#include "usecases/position_import.h"
#include "usecases/demo_customers.h"
#include "usecases/key_rotation.h"
#include "usecases/demo_seed.h"
#include "usecases/user_admin.h"

#ifndef CRM_DEFAULT_MIGRATIONS_DIR
#define CRM_DEFAULT_MIGRATIONS_DIR "db/migrations"
#endif

namespace fs = std::filesystem;

namespace {

struct Globals {
  std::string database_url;
  std::string data_dir = "var";
  std::string keys_dir;
  std::string migrations_dir = CRM_DEFAULT_MIGRATIONS_DIR;
  int scrypt_log2_n = 15;
};

// Opens the database: the URL, or the embedded cluster (started for the
// command if the server is not running, and stopped again afterwards).
class Db {
 public:
  explicit Db(const Globals& g) {
    if (g.database_url.empty()) {
      crm::storage::EmbeddedPostgresOptions o;
      o.base_dir = fs::path(g.data_dir) / "pg";
      embedded_ = std::make_unique<crm::storage::EmbeddedPostgres>(o);
      embedded_->Start();
      conninfo_ = embedded_->ConnInfo();
    } else {
      conninfo_ = g.database_url;
    }
  }
  const std::string& conninfo() const { return conninfo_; }
  void Migrate(const Globals& g) {
    pqxx::connection c(conninfo_);
    crm::storage::Migrator(g.migrations_dir).Up(c);
  }

 private:
  std::unique_ptr<crm::storage::EmbeddedPostgres> embedded_;
  std::string conninfo_;
};

std::string OperatorName() {
  struct passwd* pw = ::getpwuid(::geteuid());
  return std::string("crm-admin(") + (pw ? pw->pw_name : "?") + ")";
}

std::string ReadPassword(bool from_stdin, bool& generated) {
  generated = false;
  std::string pw;
  if (from_stdin) {
    std::getline(std::cin, pw);
    return pw;
  }
  if (::isatty(STDIN_FILENO)) {
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    std::cerr << "New password: " << std::flush;
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::getline(std::cin, pw);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    return pw;
  }
  generated = true;
  return crm::usecases::GenerateDemoPassword();
}

fs::path KeysDir(const Globals& g) { return g.keys_dir.empty() ? fs::path(g.data_dir) / "keys" : fs::path(g.keys_dir); }

// Loads the audit MAC and field-encryption keys (every change the CLI makes
// is audited). In the embedded mode a first run creates them, as the server
// would.
void LoadAuditSigner(const Globals& g) { crm::security::LoadProcessKeys(KeysDir(g), g.database_url.empty()); }

crm::usecases::AuthSettings Settings(const Globals& g) {
  crm::usecases::AuthSettings s;
  s.scrypt.log2_n = g.scrypt_log2_n;
  return s;
}

void PrintError(const crm::Error& e) {
  std::cerr << "error: " << e.what() << "\n";
  for (const auto& v : e.violations()) std::cerr << "  " << v.field << ": " << v.description << "\n";
}

}  // namespace

namespace storage = crm::storage;

int main(int argc, char** argv) {
  spdlog::set_level(spdlog::level::warn);
  Globals g;
  CLI::App app{"crm-admin: administer the securities CRM server"};
  app.require_subcommand(1);
  app.add_option("--database-url", g.database_url, "PostgreSQL URL; empty: the embedded database under --data-dir")
      ->envname("CRM_DATABASE_URL");
  app.add_option("--data-dir", g.data_dir, "Server data directory")->envname("CRM_DATA_DIR")->capture_default_str();
  app.add_option("--migrations-dir", g.migrations_dir, "Migrations directory")
      ->envname("CRM_MIGRATIONS_DIR")
      ->capture_default_str();
  app.add_option("--keys-dir", g.keys_dir, "Key directory; default <data-dir>/keys")->envname("CRM_KEYS_DIR");
  app.add_option("--scrypt-log2-n", g.scrypt_log2_n, "scrypt cost for new password hashes")
      ->envname("CRM_SCRYPT_LOG2_N")
      ->check(CLI::Range(10, 20))
      ->capture_default_str();

  // migrate
  auto* migrate = app.add_subcommand("migrate", "Database schema migrations");
  migrate->require_subcommand(1);
  auto* mig_status = migrate->add_subcommand("status", "List migrations and whether each is applied");
  auto* mig_up = migrate->add_subcommand("up", "Apply pending migrations");

  // user
  auto* user = app.add_subcommand("user", "Users");
  user->require_subcommand(1);
  crm::usecases::CreateUserInput create_in;
  bool pw_stdin = false;
  auto* user_create = user->add_subcommand("create", "Create a user (prompts for the password, or generates one)");
  user_create->add_option("username", create_in.username, "User name")->required();
  user_create->add_option("--display-name", create_in.display_name, "Full name")->required();
  user_create
      ->add_option("--role", create_in.role, "ACCOUNT_MANAGER, TEAM_LEAD, BRANCH_MANAGER, COMPLIANCE_OFFICER or ADMIN")
      ->required();
  user_create->add_option("--branch", create_in.branch_code, "Branch code");
  user_create->add_option("--team", create_in.team_code, "Team code (within --branch)");
  user_create->add_flag("--password-stdin", pw_stdin, "Read the password from standard input");
  auto* user_list = user->add_subcommand("list", "List users");
  std::string target;
  auto* user_lock = user->add_subcommand("lock", "Lock a user out and end their sessions");
  user_lock->add_option("username", target)->required();
  auto* user_unlock = user->add_subcommand("unlock", "Unlock a user (also clears a failed-login lockout)");
  user_unlock->add_option("username", target)->required();
  auto* user_reset = user->add_subcommand("reset-password", "Set a temporary password the user must change");
  user_reset->add_option("username", target)->required();
  user_reset->add_flag("--password-stdin", pw_stdin, "Read the password from standard input");
  std::string role, branch, team;
  auto* user_role = user->add_subcommand("set-role", "Change a user's role (ends their sessions)");
  user_role->add_option("username", target)->required();
  user_role->add_option("--role", role)->required();
  user_role->add_option("--branch", branch, "Branch code");
  user_role->add_option("--team", team, "Team code (within --branch)");

  // org
  auto* org = app.add_subcommand("org", "Branches and teams");
  org->require_subcommand(1);
  std::string code, name;
  auto* branch_cmd = org->add_subcommand("branch", "Branches");
  branch_cmd->require_subcommand(1);
  auto* branch_create = branch_cmd->add_subcommand("create", "Create a branch");
  branch_create->add_option("code", code)->required();
  branch_create->add_option("--name", name)->required();
  auto* team_cmd = org->add_subcommand("team", "Teams");
  team_cmd->require_subcommand(1);
  auto* team_create = team_cmd->add_subcommand("create", "Create a team in a branch");
  team_create->add_option("code", code)->required();
  team_create->add_option("--branch", branch, "Branch code")->required();
  team_create->add_option("--name", name)->required();

  // tls
  auto* tls = app.add_subcommand("tls", "TLS files");
  tls->require_subcommand(1);
  crm::security::TlsInitOptions tls_opts;
  std::string tls_dir;
  auto* tls_init = tls->add_subcommand("init", "Create a local CA and a server certificate (default <data-dir>/tls)");
  tls_init->add_option("--dir", tls_dir, "Output directory");
  tls_init->add_option("--dns", tls_opts.dns_names, "DNS names for the certificate")->capture_default_str();
  tls_init->add_option("--ip", tls_opts.ip_addresses, "IP addresses for the certificate")->capture_default_str();
  tls_init->add_flag("--force", tls_opts.overwrite, "Replace existing files");

  // keys
  auto* keys = app.add_subcommand("keys", "Field-encryption data keys (kept outside the database)");
  keys->require_subcommand(1);
  std::string keys_dir;
  auto* keys_init =
      keys->add_subcommand("init", "Create the master key and the first data key (default <data-dir>/keys)");
  keys_init->add_option("--dir", keys_dir, "Key directory");
  auto* keys_rotate = keys->add_subcommand(
      "rotate", "Add a new data key and re-encrypt every client field with it, online, in batches");

  // audit
  auto* audit = app.add_subcommand("audit", "The audit trail");
  audit->require_subcommand(1);
  int64_t from_seq = 0, to_seq = 0;
  auto* audit_verify =
      audit->add_subcommand("verify", "Verify the hash chain, signatures and checkpoints (exit 1 when broken)");
  audit_verify->add_option("--from", from_seq, "First sequence (default: the start)");
  audit_verify->add_option("--to", to_seq, "Last sequence (default: the head)");
  std::string out_file, reason, format = "jsonl", action_filter, month;
  auto* audit_export = audit->add_subcommand("export", "Export events to a file (CSV or JSON Lines); audited");
  audit_export->add_option("--out", out_file, "Output file (must not exist)")->required();
  audit_export->add_option("--reason", reason, "Why (recorded)")->required();
  audit_export->add_option("--format", format, "csv or jsonl")
      ->check(CLI::IsMember({"csv", "jsonl"}))
      ->capture_default_str();
  audit_export->add_option("--action", action_filter, "Only this action (or prefix ending in '.')");
  auto* audit_checkpoint = audit->add_subcommand("checkpoint", "Sign the current chain head now");
  int retention_months = 240;
  auto* audit_archive = audit->add_subcommand(
      "archive", "Export, verify and detach an old monthly partition (only past the retention period)");
  audit_archive->add_option("--month", month, "YYYY-MM")->required();
  audit_archive->add_option("--out", out_file, "Archive file (JSON Lines; must not exist)")->required();
  audit_archive->add_option("--reason", reason, "Why (recorded)")->required();
  audit_archive->add_option("--retention-months", retention_months, "Retention period in months")
      ->capture_default_str();

  // import
  auto* import = app.add_subcommand("import", "Bulk imports");
  import->require_subcommand(1);
  crm::usecases::ImportOptions import_opts;
  std::string import_file;
  auto* import_customers = import->add_subcommand(
      "customers", "Import clients from a CSV file (all or nothing; idempotent by external_ref)");
  import_customers->add_option("file", import_file, "CSV file with a header row")->required()->check(CLI::ExistingFile);
  import_customers->add_option("--encoding", import_opts.encoding, "auto, utf-8 or gbk")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk"}))
      ->capture_default_str();
  import_customers->add_flag("--dry-run", import_opts.dry_run, "Validate and report only; write nothing");
  auto* import_positions = import->add_subcommand(
      "positions", "Load the end-of-day holdings and cash snapshot from a CSV file (all or nothing)");
  import_positions->add_option("file", import_file, "CSV: client, as_of, product_code (CASH for cash), market_value")
      ->required()
      ->check(CLI::ExistingFile);
  import_positions->add_option("--encoding", import_opts.encoding, "auto, utf-8 or gbk")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk"}))
      ->capture_default_str();
  import_positions->add_flag("--dry-run", import_opts.dry_run, "Validate and report only; write nothing");

  // demo
  auto* demo = app.add_subcommand("demo", "Synthetic demo data");
  demo->require_subcommand(1);
  int64_t demo_customers = 1000;
  uint32_t demo_seed = 20261121;
  auto* demo_seed_cmd = demo->add_subcommand("seed", "Add synthetic clients spread over the account managers");
  demo_seed_cmd->add_option("--customers", demo_customers, "How many clients")
      ->check(CLI::Range(int64_t{1}, int64_t{10000000}))
      ->capture_default_str();
  demo_seed_cmd->add_option("--seed", demo_seed, "Random seed (same seed, same data)")->capture_default_str();

  crm::cli::OutboxCommands outbox_cmds;
  outbox_cmds.Add(app);
  crm::cli::IngestCommands ingest_cmds;
  ingest_cmds.Add(app, import);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }

  try {
    crm::SystemClock clock;
    if (*tls_init) {
      fs::path dir = tls_dir.empty() ? fs::path(g.data_dir) / "tls" : fs::path(tls_dir);
      if (!crm::security::InitTlsFiles(dir, tls_opts)) {
        std::cerr << "TLS files already exist in " << dir.string() << " (use --force to replace them)\n";
        return 1;
      }
      std::cout << "created " << (dir / "ca.crt").string() << " (give this to clients) and "
                << (dir / "server.crt").string() << ", " << (dir / "server.key").string() << "\n";
      return 0;
    }
    if (*keys_init) {
      fs::path dir = keys_dir.empty() ? fs::path(g.data_dir) / "keys" : fs::path(keys_dir);
      crm::security::KeyStore store(dir);
      if (!store.Init()) {
        std::cerr << "keys already exist in " << dir.string() << "\n";
        return 1;
      }
      auto loaded = store.Load();
      std::cout << "created the master key and data key " << loaded.back().id << " in " << dir.string()
                << " (back this directory up separately from the database)\n";
      return 0;
    }

    LoadAuditSigner(g);
    Db db(g);
    if (*mig_status || *mig_up) {
      pqxx::connection conn(db.conninfo());
      storage::Migrator migrator(g.migrations_dir);
      if (*mig_up) {
        int n = migrator.Up(conn);
        std::cout << "applied " << n << " migration(s)\n";
      }
      bool bad = false;
      for (const auto& s : migrator.Status(conn)) {
        std::cout << "V" << std::setw(4) << std::setfill('0') << s.version << std::setfill(' ') << "  " << std::left
                  << std::setw(9) << storage::MigrationStatusName(s.status) << std::right << "  " << s.name
                  << (s.applied_at.empty() ? "" : "  (" + s.applied_at + ")") << "\n";
        if (s.status == storage::MigrationState::Status::kChanged ||
            s.status == storage::MigrationState::Status::kMissing)
          bad = true;
      }
      return bad ? 1 : 0;
    }

    db.Migrate(g);
    {
      pqxx::connection c(db.conninfo());
      pqxx::work tx(c);
      storage::PrepareAll(c);
      storage::AuditRepository::EnsurePartitions(tx, 3);
      tx.commit();
    }
    storage::ConnectionPool pool(db.conninfo(), 2);
    auto signer = crm::security::AuditSigner::Process();
    // The CLI chains what it records itself (and whatever else is pending),
    // so its changes are sealed even when no server runs.
    storage::AuditSealer sealer(db.conninfo());
    struct SealOnExit {
      storage::AuditSealer& s;
      ~SealOnExit() {
        try {
          s.SealNow();
        } catch (const std::exception& e) {
          std::cerr << "warning: audit events left pending: " << e.what() << "\n";
        }
      }
    } seal_on_exit{sealer};
    sealer.SealNow();

    if (*audit_verify) {
      pqxx::connection c(db.conninfo());
      storage::PrepareAll(c);
      pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
      crm::usecases::VerifyOptions vo;
      vo.from_seq = from_seq;
      vo.to_seq = to_seq;
      auto r = crm::usecases::VerifyAuditChain(tx, *signer, vo);
      tx.commit();
      storage::InTransaction(pool, {}, [&](pqxx::work& w) {
        storage::AuditRepository::Record(w, {"", OperatorName(), "ADMIN_CLI", "", "local", ""},
                                         {"audit.verify",
                                          "audit_chain",
                                          "",
                                          "",
                                          r.intact ? storage::AuditOutcome::kOk : storage::AuditOutcome::kError,
                                          {{"from", from_seq},
                                           {"to", to_seq},
                                           {"checked", r.events_checked},
                                           {"intact", r.intact},
                                           {"first_bad_sequence", r.first_bad_seq},
                                           {"problem", crm::usecases::ChainProblemName(r.problem)}}});
      });
      if (r.intact) {
        std::cout << "OK: " << r.events_checked << " events (" << r.first_seq << ".." << r.last_seq << ") and "
                  << r.checkpoints_checked << " checkpoints verified\n";
        return 0;
      }
      std::cout << "BROKEN at sequence " << r.first_bad_seq << ": " << crm::usecases::ChainProblemName(r.problem)
                << " - " << r.detail << "\n";
      return 1;
    }
    if (*audit_checkpoint) {
      auto cp = sealer.Checkpoint();
      if (cp)
        std::cout << "signed the chain head at sequence " << cp->seq << "\n";
      else
        std::cout << "the head is already signed (or the trail is empty)\n";
      return 0;
    }
    if (*audit_export) {
      if (fs::exists(out_file)) throw crm::Error::InvalidField("out", "already exists; choose a new file");
      if (reason.find_first_not_of(" \t") == std::string::npos)
        throw crm::Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required");
      storage::AuditFilter filter;
      filter.action = action_filter;
      storage::InTransaction(pool, {}, [&](pqxx::work& w) {
        storage::AuditRepository::Record(w, {"", OperatorName(), "ADMIN_CLI", "", "local", ""},
                                         {"audit.export",
                                          "audit_event",
                                          "",
                                          reason,
                                          storage::AuditOutcome::kOk,
                                          {{"format", format}, {"stage", "started"}, {"file", out_file}}});
      });
      sealer.SealNow();
      pqxx::connection c(db.conninfo());
      storage::PrepareAll(c);
      pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
      std::ofstream out(out_file, std::ios::binary);
      auto stats = crm::usecases::ExportAudit(
          tx, filter, format == "csv" ? crm::usecases::ExportFormat::kCsv : crm::usecases::ExportFormat::kJsonLines,
          [&](const std::string& chunk) {
            out << chunk;
            return static_cast<bool>(out);
          },
          [&](int64_t done, int64_t total) {
            if (::isatty(STDERR_FILENO)) std::cerr << "\rexported " << done << " / " << total << std::flush;
          });
      tx.commit();
      if (::isatty(STDERR_FILENO)) std::cerr << "\n";
      storage::InTransaction(pool, {}, [&](pqxx::work& w) {
        storage::AuditRepository::Record(
            w, {"", OperatorName(), "ADMIN_CLI", "", "local", ""},
            {"audit.export",
             "audit_event",
             "",
             reason,
             storage::AuditOutcome::kOk,
             {{"stage", "completed"}, {"exported", stats.exported}, {"sha256", stats.sha256}}});
      });
      std::cout << "exported " << stats.exported << " events to " << out_file << " (sha256 " << stats.sha256 << ")\n";
      return 0;
    }
    if (*import_customers) {
      import_opts.file = import_file;
      import_opts.operator_name = OperatorName();
      auto r = crm::usecases::ImportCustomers(db.conninfo(), import_opts, [](int64_t done, int64_t total) {
        if (::isatty(STDERR_FILENO)) std::cerr << "\rchecked " << done << " / " << total << std::flush;
      });
      if (::isatty(STDERR_FILENO)) std::cerr << "\n";
      for (const auto& e : r.errors)
        std::cerr << import_file << ":" << e.line << ": " << e.field << " " << e.problem << "\n";
      if (!r.errors.empty()) {
        std::cerr << r.errors.size() << " problem(s) in " << r.rows << " rows; nothing was imported\n";
        return 1;
      }
      if (import_opts.dry_run)
        std::cout << "dry run: " << r.rows << " rows, " << r.rows - r.skipped_existing << " would be imported, "
                  << r.skipped_existing << " already imported; nothing written\n";
      else
        std::cout << r.rows << " rows, " << r.imported << " imported, " << r.skipped_existing << " already imported\n";
      return 0;
    }
    if (*import_positions) {
      import_opts.file = import_file;
      import_opts.operator_name = OperatorName();
      auto r = crm::usecases::ImportPositions(db.conninfo(), import_opts, [](int64_t done, int64_t total) {
        if (::isatty(STDERR_FILENO)) std::cerr << "\rwritten " << done << " / " << total << " clients" << std::flush;
      });
      if (::isatty(STDERR_FILENO)) std::cerr << "\n";
      for (const auto& e : r.errors)
        std::cerr << import_file << ":" << e.line << ": " << e.field << " " << e.problem << "\n";
      if (!r.errors.empty()) {
        std::cerr << r.errors.size() << " problem(s) in " << r.rows << " rows; nothing was imported\n";
        return 1;
      }
      std::cout << (import_opts.dry_run ? "dry run: " : "") << r.rows << " rows: " << r.clients << " clients, "
                << r.holdings << " holdings, " << r.cash_rows << " cash balances"
                << (import_opts.dry_run ? "; nothing written\n" : "\n");
      return 0;
    }
    if (*keys_rotate) {
      auto r = crm::usecases::RotateDataKeys(db.conninfo(), KeysDir(g), OperatorName(), 1000, [](int64_t done) {
        if (::isatty(STDERR_FILENO)) std::cerr << "\rre-encrypted " << done << " clients" << std::flush;
      });
      if (::isatty(STDERR_FILENO)) std::cerr << "\n";
      std::cout << "data key " << r.new_key_id << " is now current; re-encrypted " << r.values_reencrypted
                << " values in " << r.rows_scanned << " clients (running servers switch within seconds)\n";
      return 0;
    }
    if (*demo_seed_cmd) {
      auto started = std::chrono::steady_clock::now();
      auto r = crm::usecases::SeedDemoCustomers(db.conninfo(), demo_customers, demo_seed, OperatorName(),
                                                [](int64_t done, int64_t total) {
                                                  if (::isatty(STDERR_FILENO))
                                                    std::cerr << "\rseeded " << done << " / " << total << std::flush;
                                                });
      if (::isatty(STDERR_FILENO)) std::cerr << "\n";
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      std::cout << "added " << r.customers << " synthetic clients for " << r.managers << " account managers in "
                << std::fixed << std::setprecision(1) << secs << " s\n";
      return 0;
    }
    if (*audit_archive) {
      crm::usecases::ArchiveRequest req{month, out_file, reason, retention_months, OperatorName()};
      auto r = crm::usecases::ArchiveAuditPartition(db.conninfo(), req);
      std::cout << "archived " << r.events << " events of " << month << " to " << out_file << " (sha256 " << r.sha256
                << ") and detached " << r.partition << "\n";
      return 0;
    }
    crm::usecases::UserAdmin admin(pool, clock, Settings(g), OperatorName());

    if (auto rc = outbox_cmds.Run(pool, {"", OperatorName(), "ADMIN_CLI", "", "local", ""})) return *rc;
    if (auto rc = ingest_cmds.Run(pool, {"", OperatorName(), "ADMIN_CLI", "", "local", ""}, g.data_dir)) return *rc;
    if (*user_create) {
      bool generated = false;
      create_in.password = ReadPassword(pw_stdin, generated);
      create_in.must_change_password = true;
      std::string id = admin.CreateUser(create_in);
      std::cout << "created user " << create_in.username << " (" << id << ")\n";
      if (generated)
        std::cout << "temporary password: " << create_in.password << "\n(the user must change it at first sign-in)\n";
    } else if (*user_list) {
      std::cout << std::left << std::setw(20) << "USERNAME" << std::setw(20) << "ROLE" << std::setw(10) << "STATE"
                << "TEAM/BRANCH\n";
      for (const auto& u : admin.ListUsers())
        std::cout << std::setw(20) << u.username << std::setw(20) << u.role << std::setw(10)
                  << (u.disabled ? "locked" : "active") << (u.team_name.empty() ? u.branch_name : u.team_name) << "\n";
    } else if (*user_lock) {
      admin.Lock(target);
      std::cout << "locked " << target << " and ended their sessions\n";
    } else if (*user_unlock) {
      admin.Unlock(target);
      std::cout << "unlocked " << target << "\n";
    } else if (*user_reset) {
      bool generated = false;
      std::string pw = ReadPassword(pw_stdin, generated);
      admin.ResetPassword(target, pw);
      std::cout << "reset the password of " << target << " (they must change it at next sign-in)\n";
      if (generated) std::cout << "temporary password: " << pw << "\n";
    } else if (*user_role) {
      admin.SetRole(target, role, branch, team);
      std::cout << target << " is now " << role << "\n";
    } else if (*branch_create) {
      std::cout << "created branch " << code << " (" << admin.CreateBranch(code, name) << ")\n";
    } else if (*team_create) {
      std::cout << "created team " << code << " in " << branch << " (" << admin.CreateTeam(branch, code, name) << ")\n";
    }
    return 0;
  } catch (const crm::Error& e) {
    PrintError(e);
    return 1;
  } catch (const storage::MigrationError& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}
