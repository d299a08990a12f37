#!/usr/bin/env bash
# Runs the benchmarks and rewrites docs/performance.md with the results.
#   bench/run.sh            all scenarios
#   bench/run.sh audit      one scenario (or several, space-separated): audit, customers, tiering, load (every
#                           crm-bench scenario), or one crm-bench scenario by
#                           name (Login GetCustomer UpdateCustomer CreateCustomer
#                           ListFirstPage ListDeepPage SearchName SearchPinyin SearchId
#                           SearchPhone CheckSuitability day)
# CRM_BENCH_WORK=DIR keeps the seeded database in DIR across runs (seeding a
# million clients takes several minutes); by default a fresh temporary one.
# Benchmarks report ratios against a baseline measured in the same run on
# the same machine and database; they never fail a build.
set -euo pipefail
cd "$(dirname "$0")/.."
scenarios=" ${*:-all} "
wanted() { [[ "$scenarios" == *" all "* || "$scenarios" == *" $1 "* ]]; }

./deploy/local/deps.sh
./deploy/local/build.sh >/dev/null

out=build/bench/results
mkdir -p "$out"
if [ -n "${CRM_BENCH_WORK:-}" ]; then
  workdir=$CRM_BENCH_WORK
  mkdir -p "$workdir"
  chmod 755 "$workdir"
  trap 'stop_server' EXIT
else
  workdir=$(mktemp -d /tmp/crm-bench-XXXXXX)
  chmod 755 "$workdir"  # the postgres user runs the private cluster inside
  trap 'stop_server; rm -rf "$workdir"' EXIT
fi
server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; server_pid=; fi
}
load_scenarios="Login GetCustomer UpdateCustomer CreateCustomer ListFirstPage ListDeepPage SearchName SearchPinyin SearchId SearchPhone CheckSuitability day"

if wanted audit; then
  echo "== audit: audited writes vs plain writes; chain verification vs COPY"
  build/bench/crm-bench-audit --work-dir "$workdir/pg" --events "${CRM_BENCH_EVENTS:-1000000}" \
    --seconds "${CRM_BENCH_SECONDS:-5}" --rounds "${CRM_BENCH_ROUNDS:-5}" --json "$out/audit.json" | tee "$out/audit.txt"
fi

if wanted customers; then
  # Throughput against SQL is crm-bench's (the load scenarios below); this
  # one measures search and list latency at the server, as each role sees it.
  echo "== customers: search and list latency at the server (account manager, compliance officer)"
  rm -f "$out/customers.json"
  build/bench/crm-bench-customers --work-dir "$workdir/customers" --customers "${CRM_BENCH_CUSTOMERS:-1000000}" \
    --seconds "${CRM_BENCH_SECONDS:-5}" --json "$out/customers.json" --only SearchByPhone SearchById SearchByName \
    SearchByNameCompliance SearchByPinyin SearchByPinyinCompliance ListFirstPage ListByTier ListFirstPageCompliance \
    ListByTierCompliance |
    grep -v '^\[' | tee "$out/customers.txt"
fi

if wanted tiering; then
  echo "== tiering: full recompute vs a hand-written UPDATE ... FROM; preview"
  build/bench/crm-bench-tiering --work-dir "$workdir/customers" --customers "${CRM_BENCH_CUSTOMERS:-1000000}" \
    --json "$out/tiering.json" | grep -v '^\[' | tee "$out/tiering.txt"
fi

selected=""
for s in $load_scenarios; do
  if wanted load || wanted "$s"; then selected="$selected $s"; fi
done
if [ -n "$selected" ]; then
  echo "== load: crm-bench (async gRPC, the server in its own process) vs pgbench on bench/sql/, same run"
  dir="$workdir/customers"
  build/bench/crm-bench-server --work-dir "$dir" --customers "${CRM_BENCH_CUSTOMERS:-1000000}" >"$workdir/server.out" 2>&1 &
  server_pid=$!
  until grep -q '^READY' "$workdir/server.out"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then cat "$workdir/server.out"; exit 1; fi
    sleep 2
  done
  ready=$(grep '^READY' "$workdir/server.out")
  port=$(grep -o 'READY port=[0-9]*' <<<"$ready" | cut -d= -f2)
  conninfo=${ready#* conninfo=}
  for s in $selected; do
    extra=()
    case $s in
      GetCustomer|UpdateCustomer|CheckSuitability) extra=(--at-half --rounds "${CRM_BENCH_ROUNDS:-3}") ;;
      SearchName|SearchPinyin|SearchId|SearchPhone) extra=(--at-half --rounds "${CRM_BENCH_ROUNDS:-3}") ;;
      day) extra=(--at-half --rounds "${CRM_BENCH_ROUNDS:-3}" --soak "${CRM_BENCH_SOAK:-600}") ;;
    esac
    build/bench/crm-bench --target "127.0.0.1:$port" --ca "$dir/tls/ca.crt" --clients "$dir/clients.csv" \
      --mix "$s" -c 4 8 16 --seconds "${CRM_BENCH_SECONDS:-5}" --warmup 2 --baseline-db "$conninfo" \
      --half-seconds "${CRM_BENCH_HALF_SECONDS:-20}" \
      --server-pid "$server_pid" --server-stats "$dir/server-stats.json" "${extra[@]}" --json "$out/load-$s.json" |
      tee "$out/load-$s.txt"
  done
  stop_server
fi

python3 - "$out" <<'PY'
import json, os, platform, subprocess, sys, datetime
out = sys.argv[1]
audit = json.load(open(os.path.join(out, "audit.json"))) if os.path.exists(os.path.join(out, "audit.json")) else None
cpu = subprocess.run(["sh", "-c", "lscpu | sed -n 's/^Model name: *//p'"], capture_output=True, text=True).stdout.strip()
mem = subprocess.run(["sh", "-c", "free -g | awk '/Mem:/{print $2}'"], capture_output=True, text=True).stdout.strip()
lines = []
lines.append("# Performance\n")
lines.append("Generated by `bench/run.sh` on %s UTC. Machine: %s cores (%s), %s GiB RAM, %s.\n" % (
    datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M"), os.cpu_count(), cpu, mem, platform.platform()))
lines.append("Every figure is a ratio against a baseline measured in the same run, on the same machine and database.\n")
if audit:
    w = max(audit["writes"], key=lambda r: r["audited_tps"])
    p = max(audit["writes"], key=lambda r: r["plain_tps"])
    v = audit["verify"]
    lines.append("## Audit trail\n")
    lines.append("| scenario | ours | baseline | ratio | target |")
    lines.append("|---|---|---|---|---|")
    s = max(audit["writes"], key=lambda r: r["separate_tps"])
    lines.append("| audited write, change and event in one statement (`ExecWithEvent`), vs the same UPDATE unaudited, best of clients %s | %.0f tx/s (c=%d) | %.0f tx/s (c=%d) | %.2fx | >= 0.70x |" % (
        "/".join(str(r["clients"]) for r in audit["writes"]), w["audited_tps"], w["clients"], p["plain_tps"], p["clients"], audit["write_ratio"]))
    lines.append("| audited write, event as a separate INSERT (`Record`) | %.0f tx/s (c=%d) | %.0f tx/s (c=%d) | %.2fx | (informative) |" % (
        s["separate_tps"], s["clients"], p["plain_tps"], p["clients"], audit["separate_ratio"]))
    lines.append("| verify %d events vs `COPY (SELECT * FROM audit_event ORDER BY seq) TO '/dev/null'` | %.2f s | %.2f s | %.2fx | <= 2.00x |" % (
        v["events"], v["verify_s"], v["copy_s"], v["ratio"]))
    lines.append("\nPer client count:\n")
    lines.append("| clients | plain tx/s | audited, one statement | ratio | audited, separate INSERT | ratio |")
    lines.append("|---|---|---|---|---|---|")
    for r in audit["writes"]:
        lines.append("| %d | %.0f | %.0f | %.2f | %.0f | %.2f |" % (r["clients"], r["plain_tps"], r["audited_tps"], r["audited_tps"] / r["plain_tps"], r["separate_tps"], r["separate_tps"] / r["plain_tps"]))
    lines.append("\nThe same streamed read (one binary COPY) and parse the verifier does, without any checking: %.2f s." % audit.get("scan_s", 0))
    lines.append("\nCommand: `bench/run.sh audit` (events: `CRM_BENCH_EVENTS`, default 1,000,000; seconds per write run: `CRM_BENCH_SECONDS`, default 5; alternating rounds, median reported: `CRM_BENCH_ROUNDS`, default 5).\n")
cust = json.load(open(os.path.join(out, "customers.json"))) if os.path.exists(os.path.join(out, "customers.json")) else None
if cust:
    lines.append("## Client 360: search and lists by role (%d clients)\n" % cust["customers"])
    lines.append("`crm-bench-customers` (the server in-process, latency at the server from its call observer; "
                 "each run after 2 s of unmeasured calls that open the connections and warm the caches). "
                 "Throughput against SQL for every RPC is in the crm-bench section below.\n")
    lines.append("\n| search (4 closed-loop clients over TLS) | p50 at the client | p99 at the client | p99 at the server | target p99 |")
    lines.append("|---|---|---|---|---|")
    for name, label in (("SearchByPhone", "exact mobile number (blind index)"),
                        ("SearchById", "exact ID number (blind index), the client's own account manager"),
                        ("SearchByName", "name fragment (2 characters), account manager (a 50,000-client book)"),
                        ("SearchByNameCompliance", "name fragment, compliance officer (all clients)"),
                        ("SearchByPinyin", "pinyin or initials (wangwei, liuy, oyxd, zh ...), account manager"),
                        ("SearchByPinyinCompliance", "pinyin or initials, compliance officer (all clients)")):
        r = cust.get(name)
        if not r:
            continue
        target = "<= %.0f ms" % r["target_p99_ms"] if r["target_p99_ms"] > 0 else "(informative)"
        server = "%.1f ms" % r["server_p99_ms"] if "server_p99_ms" in r else "-"
        lines.append("| %s | %.1f ms | %.1f ms | %s | %s |" % (label, r["p50_ms"], r["p99_ms"], server, target))
    lists = [(n, l) for n, l in (("ListFirstPage", "first page of My clients (100 rows), account manager"),
                                 ("ListByTier", "first page sorted by tier, account manager"),
                                 ("ListFirstPageCompliance", "first page, compliance officer (all clients)"),
                                 ("ListByTierCompliance", "first page sorted by tier, compliance officer")) if n in cust]
    if lists:
        lines.append("\n| client list (4 clients) | p50 at the server | p99 at the server | p99 at the client |")
        lines.append("|---|---|---|---|")
        for name, label in lists:
            r = cust[name]
            lines.append("| %s | %.1f ms | %.1f ms | %.1f ms |" % (label, r["server_p50_ms"], r["server_p99_ms"], r["p99_ms"]))
    lines.append("\nCommand: `bench/run.sh customers` (clients: `CRM_BENCH_CUSTOMERS`, default 1,000,000, spread over 20 account managers).\n")
tier = json.load(open(os.path.join(out, "tiering.json"))) if os.path.exists(os.path.join(out, "tiering.json")) else None
if tier:
    lines.append("## Tier recompute (%d clients, brokerage A/B/C/D)\n" % tier["customers"])
    lines.append("| scenario | ours | hand-written `UPDATE ... FROM` | ratio | target |")
    lines.append("|---|---|---|---|---|")
    lines.append("| full recompute, every client changes (ours also writes history, outbox, rule tags) | %.1f s | %.1f s | %.2fx | <= 2.00x |" % (
        tier["full"]["ours_s"], tier["full"]["sql_s"], tier["full"]["ratio"]))
    lines.append("| rerun, nothing changes | %.1f s | %.1f s | %.2fx | (informative) |" % (
        tier["steady"]["ours_s"], tier["steady"]["sql_s"], tier["steady"]["ratio"]))
    lines.append("| preview (counts, transition matrix, samples) | %.1f s | | | <= 10 s |" % tier["preview_s"])
    lines.append("\nClients whose tier differs from the hand-written SQL after the recompute: %d.\n" % tier["mismatches"])
    lines.append("Command: `bench/run.sh tiering` (reuses the customers scenario's database when run together).\n")
loads = {}
for name in "Login GetCustomer UpdateCustomer CreateCustomer ListFirstPage ListDeepPage SearchName SearchPinyin SearchId SearchPhone CheckSuitability day".split():
    f = os.path.join(out, "load-%s.json" % name)
    if os.path.exists(f):
        loads[name] = json.load(open(f))
if loads:
    targets = {"GetCustomer": ">= 0.50x", "UpdateCustomer": ">= 0.70x", "CheckSuitability": ">= 0.50x"}
    labels = {"Login": "Login (scrypt by design)", "ListFirstPage": "ListCustomers, first page of 100",
              "ListDeepPage": "ListCustomers, page 21 (keyset token)", "SearchName": "SearchCustomers, name fragment",
              "SearchPinyin": "SearchCustomers, pinyin or initials",
              "SearchId": "SearchCustomers, exact ID number", "SearchPhone": "SearchCustomers, exact mobile",
              "day": "workstation day (80% reads / 20% writes) vs weighted pgbench"}
    lines.append("## Load generator: crm-bench against the server in its own process\n")
    lines.append("`crm-bench` (async gRPC over TLS, every worker signed in once, 2 s warm-up) against `crm-bench-server`; "
                 "every scenario with a 50%-load run: median of 3 alternating rounds per concurrency (`CRM_BENCH_ROUNDS`); "
                 "the baseline is pgbench `-M prepared` on the same database running `bench/sql/<rpc>.sql` (the statements the "
                 "handler issues; the day: every script with its weight). Best of 4/8/16 concurrent callers for each side.\n")
    lines.append("| scenario | ours ops/s (c) | SQL tps (c) | ratio | target | ours p99 at best | server p99 at best |")
    lines.append("|---|---|---|---|---|---|---|")
    method = lambda n: "ListCustomers" if n.startswith("List") else "SearchCustomers" if n.startswith("Search") else n
    for name, r in loads.items():
        b = r["best"]
        run = next((x for x in r["runs"] if x["concurrency"] == b["concurrency"]), r["runs"][0])
        srv = run.get("server", {}).get("methods", {}).get(method(name), {}).get("p99_ms") if name != "day" else None
        lines.append("| %s | %.0f (c=%d) | %s | %s | %s | %.1f ms | %s |" % (
            labels.get(name, name), b["ops_per_s"], b["concurrency"],
            "%.0f (c=%d)" % (b["baseline_tps"], b["baseline_concurrency"]) if "baseline_tps" in b else "-",
            "%.2fx" % b["ratio"] if "ratio" in b else "-", targets.get(name, "(informative)"),
            b["total"]["p99_ms"], "%.1f ms" % srv if srv is not None else "-"))
    half = [(n, r) for n, r in loads.items() if "at_half" in r]
    if half:
        lines.append("\nAt 50%% of our best throughput (open loop, Poisson arrivals; pgbench `-R` at the same rate): %s alternating rounds "
                     "of %s s each side, each side's round right after a CHECKPOINT, each side's median p99 over the rounds (this "
                     "machine's disk stalls a commit for ~100 ms now and then, in either side's run; one short window made the "
                     "ratio a coin toss). Per-round p99s in the JSON.\n" % (
                         os.environ.get("CRM_BENCH_ROUNDS", "3"), os.environ.get("CRM_BENCH_HALF_SECONDS", "20")))
        lines.append("The target compares the p99 at the server (arrival to response, crm-bench-server's call observer) "
                     "with pgbench's p99 at the same rate (issue 8); the client-side ratio (crm-bench's own p99, which adds "
                     "the gRPC client, TLS and the load generator's scheduling on the same 2 cores) is shown beside it. The day "
                     "mixes methods, so only its client-side ratio is given.\n")
        lines.append("| at 50% of our best | rate | ours p50 | ours p99 (client) | server p99 | pgbench -R p99 | server p99 / pgbench | client p99 / pgbench | target |")
        lines.append("|---|---|---|---|---|---|---|---|---|")
        def median(v):
            v = sorted(v)
            return v[len(v) // 2] if v else None
        for name, r in half:
            h = r["at_half"]
            srv = None
            if name != "day":
                srv = median([x["server"]["methods"][method(name)]["p99_ms"] for x in h.get("rounds", [])
                              if method(name) in x.get("server", {}).get("methods", {})])
            base = h["baseline"]["p99_ms"]
            # The 5 ms of an exact ID lookup is shown in the Client 360 table (a sustained
            # closed-loop load); here, with Poisson bursts, it is informative (notes: thirteenth session).
            target = "<= 2x" + ("; server p99 <= 50 ms" if name in ("SearchName", "SearchPinyin") else
                                "; 5 ms: see the Client 360 table" if name == "SearchId" else "")
            lines.append("| %s | %.0f/s | %.1f ms | %.1f ms | %s | %.1f ms | %s | %.2fx | %s |" % (
                labels.get(name, name), h["rate"], h["total"]["p50_ms"], h["total"]["p99_ms"],
                "%.1f ms" % srv if srv is not None else "-", base,
                "%.2fx" % (srv / base) if srv is not None and base > 0 else "-", h.get("p99_ratio", 0), target))
    soak = loads.get("day", {}).get("soak")
    if soak:
        lines.append("\nSoak, the workstation day at 50%% load for %.0f s (%.0f calls/s): %d calls, %d errors (%.4f%%, target <= 0.01%%); "
                     "server RSS %.0f MiB at the start, %.0f MiB at the end (%+.1f%%, target <= 10%%); p99 %.1f ms." % (
                         soak["seconds"], soak["rate"], soak["total"]["calls"], soak["total"]["errors"], soak["error_rate"] * 100,
                         soak["rss_kb_start"] / 1024, soak["rss_kb_end"] / 1024, soak["rss_growth"] * 100, soak["total"]["p99_ms"]))
    lines.append("\nCommand: `bench/run.sh load` (or one scenario: `bench/run.sh GetCustomer`; soak length `CRM_BENCH_SOAK`, default 600 s).\n")
print("\n".join(lines))
for notes in (os.path.join("docs", "performance-notes.md"), os.path.join("docs", "performance-notes-load.md")):
    if os.path.exists(notes):
        lines.append(open(notes).read())
open(os.path.join("docs", "performance.md"), "w").write("\n".join(lines) + "\n")
print("wrote docs/performance.md")
PY
