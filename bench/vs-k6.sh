#!/usr/bin/env bash
# vs-k6.sh - jk6 next to real k6 on the same k6 scripts, the same private nginx, the same rounds.
#
# Each round runs every selected row with k6 and with jk6 back to back (the order alternates per
# round, so neither tool always gets the warmer page cache or the quieter minute), then prints one
# table: min and median over the rounds of each figure for both tools, the jk6/k6 ratio of the
# medians and the target the figure is held to. See bench/README.md for the rows.
#
#   bench/vs-k6.sh                       # rows cold1 http10s idle1000 arrival cpujs, 2 rounds, ~5 min
#   bench/vs-k6.sh --long                # + vus10k and warm60 (or LONG=1)
#   ROWS="cold1 cpujs" ROUNDS=3 bench/vs-k6.sh
#   JK6=/opt/jk6/bin/jk6 K6=/usr/local/bin/k6 bench/vs-k6.sh
#
# Raw per-run lines go to stderr, the table to stdout. Traffic goes only to 127.0.0.1; every run
# is bounded by `timeout`; nginx is stopped and the temporary directory removed at exit.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
K6="${K6:-$here/../../shared/peers/k6}"
ROUNDS="${ROUNDS:-2}"
LONG="${LONG:-0}"
case "${1:-}" in
  "") ;; --long) LONG=1 ;;
  *) echo "usage: [ROWS=...] [ROUNDS=n] [JK6=...] [K6=...] $0 [--long]   (see the comment at its top)" >&2; exit 2 ;;
esac
DEFAULT_ROWS="cold1 http10s idle1000 arrival cpujs"
if [ "$LONG" = 1 ]; then DEFAULT_ROWS+=" vus10k warm60"; fi
ROWS="${ROWS:-$DEFAULT_ROWS}"
export K6_NO_USAGE_REPORT=true # k6 would otherwise phone home at the end of every run

tmp="" url=""
die() { echo "vs-k6: $*" >&2; exit 1; }
. "$here/lib/nginx.sh"
. "$here/lib/packages.sh"
cleanup() {
  stop_nginx
  [ -n "$tmp" ] && rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- checks and tools ---------------------------------------------------------------------------

check() {
  [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
  [ -x "$K6" ] || die "no k6 at $K6 (the peer, see shared/peers/README.md; or set K6=/path/to/k6)"
  [ -x "$JK6" ] || die "no jk6 at $JK6 (build the distribution or set JK6=/path/to/bin/jk6)"
  local r; for r in $ROWS; do
    case "$r" in cold1|http10s|idle1000|arrival|cpujs|vus10k|warm60) ;; *) die "unknown row '$r'" ;; esac
  done
  # Without the Graal JIT GraalJS interprets everything: any comparison would be meaningless.
  jk6_version="$(timeout 60 "$JK6" version 2>&1)" || die "'$JK6 version' failed: $jk6_version"
  grep -q 'JIT compiler active' <<<"$jk6_version" || die "jk6 runs without the JIT compiler: $jk6_version"
  k6_version="$(timeout 30 "$K6" version 2>&1 | head -n 1)" || die "'$K6 version' failed"
}

# bin/jk6 prepares a runtime (jlink + AOT cache, ~2x faster start) in the background after the
# first `jk6 run` of a build. Left to happen during the rounds, that preparation would compete for
# the CPU and the runs before and after it would start differently: prepare in the foreground
# first (unless JK6_AOT=off), and fall back to JK6_AOT=off when that fails, so all runs are alike.
jk6_aot() { JAVA_OPTS=-Xlog:aot timeout 60 "$JK6" version 2>&1 | grep -q 'Opened AOT cache'; }
prepare_jk6() {
  if [ "${JK6_AOT:-on}" != off ] && ! jk6_aot; then
    echo "preparing jk6's runtime (jk6 prepare, a minute or two)" >&2
    timeout 900 "$JK6" prepare >"$tmp/prepare.log" 2>&1 ||
      { tail -n 20 "$tmp/prepare.log" >&2; echo "jk6 prepare failed: measuring with JK6_AOT=off" >&2; export JK6_AOT=off; }
  fi
  jk6_runtime="no prepared runtime (JK6_AOT=${JK6_AOT:-on})"
  if [ "${JK6_AOT:-on}" != off ] && jk6_aot; then jk6_runtime="prepared runtime (AOT cache)"; fi
}
# Changes when the distribution is rebuilt (someone running mvn): the rounds would mix two builds.
jk6_build() { ls -lL --time-style=+%s "$(dirname "$JK6")/../lib" 2>/dev/null | cksum; }

install_tools() {
  local missing=()
  [ -n "$(nginx_bin)" ] || missing+=(nginx-light)
  [ -x /usr/bin/time ] || missing+=(time)
  command -v python3 >/dev/null 2>&1 || missing+=(python3) # reads the summary-export JSON
  install_missing "$tmp/apt.log" "${missing[@]}"
}

# --- the k6 scripts (one file per row, the same file for both tools) ----------------------------

write_scripts() {
  local get="import http from 'k6/http';"
  printf '%s\nexport const options = { vus: 1, iterations: 1 };\nexport default function () { http.get(__ENV.URL); }\n' \
    "$get" >"$tmp/cold1.js"
  # teardown runs once every iteration has ended: its clock is the test's end ("end to exit")
  printf '%s\nexport const options = { vus: 50, duration: __ENV.DUR };\nexport default function () { http.get(__ENV.URL); }\n%s\n' \
    "$get" "export function teardown() { console.log('TEST_END_MS=' + Date.now()); }" >"$tmp/http.js"
  cat >"$tmp/idle.js" <<'JS'
import { sleep } from 'k6';
import { Counter, Trend } from 'k6/metrics';
// vus10k: each VU's first iteration records when it started, in ms since the shell launched the
// tool (LAUNCH_MS); the max over all VUs is "launch until every VU runs". Both tools init all
// VUs before the first iteration, so this is init + start-up, measured on one wall clock.
const firstStart = new Trend('first_start_ms');
const firstCount = new Counter('first_starts');
export const options = { vus: Number(__ENV.VUS), duration: __ENV.DUR };
export default function () {
  if (__ITER === 0 && __ENV.LAUNCH_MS) { firstStart.add(Date.now() - Number(__ENV.LAUNCH_MS)); firstCount.add(1); }
  sleep(1);
}
JS
  cat >"$tmp/arrival.js" <<'JS'
import http from 'k6/http';
export const options = { scenarios: { open: {
  executor: 'constant-arrival-rate', rate: 1000, timeUnit: '1s', duration: '20s',
  preAllocatedVUs: 100, maxVUs: 400, gracefulStop: '5s' } } };
export default function () { http.get(__ENV.URL); }
JS
  cat >"$tmp/cpujs.js" <<'JS'
// CPU-bound JS, no network: object building, JSON round trips, a recursive function. All work
// happens in iterations (none in init), so both engines see the same hot code.
export const options = { vus: 2, duration: '20s' };
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
export default function () {
  const o = {};
  for (let i = 0; i < 200; i++) o['k' + i] = { id: i, name: 'item-' + i, tags: ['a', 'b', i % 7], v: i * 1.5 };
  let x = o;
  for (let r = 0; r < 50; r++) x = JSON.parse(JSON.stringify(x));
  if (Object.keys(x).length !== 200 || fib(20) !== 6765) throw new Error('wrong result');
}
JS
}

# --- running and recording ----------------------------------------------------------------------

# record ROW FIGURE TOOL ROUND VALUE: one raw line to stderr and to the results file.
record() {
  printf '%-4s %-9s round %s  %-13s %s\n' "$3" "$1" "$4" "$2" "$5" >&2
  printf '%s|%s|%s|%s|%s\n' "$1" "$2" "$3" "$4" "$5" >>"$tmp/results"
}

# measure TOOL TAG LIMIT_S SCRIPT [-e K=V ...]: runs `TOOL run` under GNU time; sets WALL CPU RSS_MIB
# and EXIT_MS (the wall clock when the process had ended) and leaves the summary export in $tmp/TAG.json.
measure() {
  local tool=$1 tag=$2 limit=$3 script=$4 bin; shift 4
  bin="$K6"; [ "$tool" = jk6 ] && bin="$JK6"
  rm -f "$tmp/$tag.json"
  timeout -k 10 "$limit" /usr/bin/time -f '%e %U %S %M' -o "$tmp/$tag.time" \
    "$bin" run -q --summary-export "$tmp/$tag.json" -e "URL=$url" "$@" "$script" \
    >"$tmp/$tag.out" 2>"$tmp/$tag.err" ||
    { tail -n 30 "$tmp/$tag.err" "$tmp/$tag.time" >&2; die "$tool run $(basename "$script") ($tag) failed or timed out"; }
  EXIT_MS=$(date +%s%3N)
  [ -s "$tmp/$tag.json" ] || { tail -n 30 "$tmp/$tag.err" >&2; die "$tool wrote no summary export ($tag)"; }
  read -r WALL CPU RSS_MIB < <(awk '{ printf "%s %.2f %.1f\n", $1, $2 + $3, $4 / 1024 }' "$tmp/$tag.time")
}

# metric TAG NAME FIELD: a number from the summary export (k6's legacy format, both tools), 0 if absent.
metric() {
  python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["metrics"]; print(m.get(sys.argv[2], {}).get(sys.argv[3], 0))' \
    "$tmp/$1.json" "$2" "$3"
}

# A benchmark of failing requests measures the wrong thing: say so next to the raw lines.
check_failed() { # TOOL TAG
  local f; f="$(metric "$2" http_req_failed value)"
  awk -v f="$f" 'BEGIN { exit !(f > 0) }' && echo "WARNING: $1 $2: http_req_failed rate $f" >&2 || true
}

row_cold1() { # TOOL ROUND
  measure "$1" "cold1.$1.$2" 90 "$tmp/cold1.js"; check_failed "$1" "cold1.$1.$2"
  record cold1 "wall s" "$1" "$2" "$WALL"; record cold1 "CPU s" "$1" "$2" "$CPU"
  record cold1 "peak RSS MiB" "$1" "$2" "$RSS_MIB"
}
row_http() { # TOOL ROUND ROW SECONDS
  local t="$3.$1.$2"
  measure "$1" "$t" $(($4 + 120)) "$tmp/http.js" -e "DUR=$4s"; check_failed "$1" "$t"
  record "$3" requests "$1" "$2" "$(metric "$t" http_reqs count)"; record "$3" "CPU s" "$1" "$2" "$CPU"
  record "$3" "peak RSS MiB" "$1" "$2" "$RSS_MIB"
  # beyond the test itself: start-up plus shutdown; and from the test's end (teardown) to exit
  record "$3" "tail s" "$1" "$2" "$(awk -v w="$WALL" -v d="$4" 'BEGIN { printf "%.2f", w - d }')"
  local end_ms; end_ms="$(sed -n 's/.*TEST_END_MS=\([0-9]*\).*/\1/p' "$tmp/$t.err" | head -n 1)"
  [ -n "$end_ms" ] || die "$1 printed no TEST_END_MS from teardown ($t)"
  record "$3" "end to exit s" "$1" "$2" "$(awk -v e="$EXIT_MS" -v t="$end_ms" 'BEGIN { printf "%.2f", (e - t) / 1000 }')"
}
row_idle1000() {
  measure "$1" "idle1000.$1.$2" 130 "$tmp/idle.js" -e VUS=1000 -e DUR=10s
  record idle1000 "wall s" "$1" "$2" "$WALL"; record idle1000 "CPU s" "$1" "$2" "$CPU"
  record idle1000 "peak RSS MiB" "$1" "$2" "$RSS_MIB"
}
row_arrival() {
  local t="arrival.$1.$2"
  measure "$1" "$t" 150 "$tmp/arrival.js"; check_failed "$1" "$t"
  record arrival dropped "$1" "$2" "$(metric "$t" dropped_iterations count)"
  record arrival iterations "$1" "$2" "$(metric "$t" iterations count)"
  grep -q 'Insufficient VUs' "$tmp/$t.err" && echo "$1 arrival round $2: reached maxVUs (Insufficient VUs)" >&2 || true
}
row_cpujs() {
  measure "$1" "cpujs.$1.$2" 150 "$tmp/cpujs.js"
  # count / 20 rather than .rate: the tools may divide by slightly different test clocks
  record cpujs "it/s" "$1" "$2" "$(awk -v n="$(metric "cpujs.$1.$2" iterations count)" 'BEGIN { printf "%.1f", n / 20 }')"
}
row_vus10k() {
  local t="vus10k.$1.$2" rss1 starts
  measure "$1" "$t.1vu" 120 "$tmp/idle.js" -e VUS=1 -e DUR=5s # baseline: same script, 1 VU
  rss1="$RSS_MIB"
  measure "$1" "$t" 300 "$tmp/idle.js" -e VUS=10000 -e DUR=20s -e "LAUNCH_MS=$(date +%s%3N)"
  starts="$(metric "$t" first_starts count)"
  [ "${starts%.*}" = 10000 ] || echo "$1 vus10k round $2: only $starts of 10000 VUs started an iteration" >&2
  record vus10k "launch s" "$1" "$2" "$(awk -v ms="$(metric "$t" first_start_ms max)" 'BEGIN { printf "%.2f", ms / 1000 }')"
  record vus10k "KiB/VU" "$1" "$2" "$(awk -v a="$RSS_MIB" -v b="$rss1" 'BEGIN { printf "%.1f", (a - b) * 1024 / 10000 }')"
  record vus10k "peak RSS MiB" "$1" "$2" "$RSS_MIB"
}

run_row() { # ROW TOOL ROUND
  case "$1" in
    http10s) row_http "$2" "$3" http10s 10 ;;
    warm60) row_http "$2" "$3" warm60 60 ;;
    *) "row_$1" "$2" "$3" ;;
  esac
}

# --- the table ----------------------------------------------------------------------------------

# Min and median per (row, figure, tool) in the order recorded; ratio of the medians; target.
# Targets: "le R" / "ge R" hold jk6's median to R times k6's (compared without dividing, so a
# k6 figure of 0 works); "abs S" holds jk6's median to S absolute.
report() {
  awk -F'|' '
  BEGIN {
    tg["cold1|wall s"] = "le 1.5"; tg["cold1|CPU s"] = "le 2"; tg["http10s|requests"] = "ge 1.0"
    tg["http10s|end to exit s"] = "abs 1"; tg["http10s|peak RSS MiB"] = "le 2"; tg["idle1000|CPU s"] = "le 2"
    tg["arrival|dropped"] = "le 1.0"; tg["cpujs|it/s"] = "ge 1.0"; tg["vus10k|launch s"] = "le 1.0"
    tg["vus10k|KiB/VU"] = "le 1.0"; tg["warm60|requests"] = "ge 2"
  }
  { k = $1 "|" $2; if (!(k in seen)) { seen[k] = 1; order[++n] = k }
    c = ++cnt[k "|" $3]; v[k "|" $3 "|" c] = $5 + 0 }
  function stat(key, which,   m, i, j, t, a) {
    m = cnt[key]; for (i = 1; i <= m; i++) a[i] = v[key "|" i]
    for (i = 2; i <= m; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    if (which == "min") return a[1]
    return (m % 2) ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  function num(x) { return (x == int(x) || x >= 1000) ? sprintf("%.0f", x) : sprintf("%.2f", x) }
  END {
    f = "%-9s %-13s %9s %9s %9s %9s %13s  %-10s %s\n"
    printf f, "row", "figure", "k6 min", "k6 med", "jk6 min", "jk6 med", "jk6/k6 (med)", "target", "met"
    for (i = 1; i <= n; i++) {
      k = order[i]; split(k, rf, "|")
      km = stat(k "|k6", "med"); jm = stat(k "|jk6", "med")
      ratio = (km != 0) ? sprintf("%.2fx", jm / km) : (jm == 0 ? "both 0" : "k6 0")
      t = ""; met = ""
      if (k in tg) { split(tg[k], p, " ")
        if (p[1] == "le") { t = "<=" p[2] "x"; met = (jm <= p[2] * km) ? "yes" : "NO" }
        if (p[1] == "ge") { t = ">=" p[2] "x"; met = (jm >= p[2] * km) ? "yes" : "NO" }
        if (p[1] == "abs") { t = "jk6 <=" p[2] " s"; met = (jm <= p[2]) ? "yes" : "NO" } }
      printf f, rf[1], rf[2], num(stat(k "|k6", "min")), num(km), num(stat(k "|jk6", "min")), num(jm), ratio, t, met
    }
  }' "$tmp/results"
}

main() {
  check
  tmp="$(mktemp -d -t vs-k6.XXXXXX)"
  install_tools
  start_nginx "$tmp/nginx"; url="$NGINX_URL"
  write_scripts
  prepare_jk6
  : >"$tmp/results"
  local load_before start round r tools build commit
  build="$(jk6_build)"
  commit="$(git -C "$here/.." rev-parse --short HEAD 2>/dev/null || echo unknown)" # before the rounds: the owner may commit meanwhile
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s)
  echo "rows: $ROWS; rounds: $ROUNDS; nginx at $url" >&2
  for round in $(seq 1 "$ROUNDS"); do
    # alternate which tool goes first, so order effects cancel over an even number of rounds
    tools="k6 jk6"; [ $((round % 2)) = 0 ] && tools="jk6 k6"
    for r in $ROWS; do for tool in $tools; do run_row "$r" "$tool" "$round"; done; done
  done
  echo
  echo "jk6 vs k6: same scripts, same private nginx (1 worker) on 127.0.0.1, $ROUNDS round(s), $(nproc) CPUs"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); jk6 commit: $commit"
  echo "jk6: $(head -n 1 <<<"$jk6_version"), $jk6_runtime; k6: $k6_version"
  [ "$build" = "$(jk6_build)" ] || echo "WARNING: jk6's lib/ changed during the run (a rebuild?): the rounds mix builds"
  echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); took $(( $(date +%s) - start )) s"
  echo
  report
}

main "$@"
