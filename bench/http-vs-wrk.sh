#!/usr/bin/env bash
# http-vs-wrk.sh - how much does one HTTP request cost jk6, next to wrk (the C floor)?
#
# Starts a private nginx on 127.0.0.1 serving a ~350-byte file, drives it first with wrk and then
# with jk6 running a minimal k6 script (same connections/VUs, same duration), each under GNU time,
# and prints req/s, p95, peak RSS, CPU seconds and CPU microseconds per request side by side.
# See bench/README.md for how to read the numbers.
#
# Environment: DURATION (default 10s), VUS (default 50), JK6 (default: the built distribution).
# Only 127.0.0.1 is ever contacted; every step has a time limit; nginx is always stopped at exit.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "$0")" && pwd)"
DURATION="${DURATION:-10s}"
VUS="${VUS:-50}"
JK6="${JK6:-$SCRIPT_DIR/../distribution/target/jk6/bin/jk6}"
WRK_THREADS=2
FILE_BYTES=350
GNU_TIME=/usr/bin/time
# One machine-readable line per measured command (-o keeps it apart from the tool's own output).
TIME_FORMAT='TIME wall=%e user=%U sys=%S maxrss_kb=%M'

TMP=""

log() { printf '==> %s\n' "$*"; }
die() { printf 'http-vs-wrk: ERROR: %s\n' "$*" >&2; exit 1; }

# Prints the file's contents to stderr (used when a step fails, so the reason is visible).
show_log() { [ -s "$1" ] && { printf -- '--- %s ---\n' "$(basename "$1")" >&2; tail -n 40 "$1" >&2; } || true; }

. "$(dirname "$0")/lib/nginx.sh"
. "$(dirname "$0")/lib/packages.sh"
cleanup() {
  local rc=$?
  stop_nginx
  [ -n "$TMP" ] && rm -rf "$TMP"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- inputs -------------------------------------------------------------------------------------

# wrk and k6 both understand "<n>s|m|h"; bare numbers or compound forms (1m30s) are not portable
# between the two, so they are refused up front.
duration_seconds() {
  local d="$1" n
  [[ "$d" =~ ^([0-9]+)([smh])$ ]] || die "DURATION must look like 10s, 2m or 1h (got '$d')"
  n="${BASH_REMATCH[1]}"
  case "${BASH_REMATCH[2]}" in s) echo "$n" ;; m) echo $((n * 60)) ;; h) echo $((n * 3600)) ;; esac
}

check_inputs() {
  DURATION_S="$(duration_seconds "$DURATION")"
  [ "$DURATION_S" -ge 1 ] || die "DURATION must be at least 1s"
  [[ "$VUS" =~ ^[1-9][0-9]*$ ]] || die "VUS must be a positive integer (got '$VUS')"
  # wrk needs at least one connection per thread.
  if [ "$VUS" -lt "$WRK_THREADS" ]; then WRK_THREADS="$VUS"; fi
  if [ ! -x "$JK6" ]; then
    # The distribution may be being rebuilt by someone else right now: give it a moment.
    for _ in $(seq 1 30); do [ -x "$JK6" ] && break; sleep 1; done
    [ -x "$JK6" ] || die "jk6 not found at $JK6 (build the distribution or set JK6=/path/to/bin/jk6)"
  fi
}

# --- tools --------------------------------------------------------------------------------------

# Installs the missing tools from Debian packages (one apt-get update, then one install).
install_tools() {
  local missing=()
  [ -n "$(nginx_bin)" ] || missing+=(nginx-light)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  [ -x "$GNU_TIME" ] || missing+=(time)
  if ! command -v python3 >/dev/null 2>&1; then
    missing+=(python3) # nginx's port and readiness (lib/nginx.sh), jk6's summary JSON
  fi
  [ "${#missing[@]}" -eq 0 ] && return 0
  install_missing "$TMP/apt.log" "${missing[@]}"
  log "installed: ${missing[*]}"
  [ -n "$(nginx_bin)" ] && command -v wrk >/dev/null 2>&1 && [ -x "$GNU_TIME" ] ||
    die "packages installed but nginx/wrk/GNU time still not found"
}

# --- measuring ----------------------------------------------------------------------------------

# Reads one field (wall|user|sys|maxrss_kb) from a GNU time output file.
time_field() { sed -n "s/^TIME .*\\b$2=\\([0-9.]*\\).*/\\1/p" "$1" | tail -n 1; }

run_wrk() {
  local out="$TMP/wrk.out" tim="$TMP/wrk.time" lua="$TMP/p95.lua"
  # wrk's --latency report has no p95; its done() hook can print any percentile (in µs).
  cat >"$lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK requests=%d duration_us=%d p50_us=%.0f p75_us=%.0f p90_us=%.0f p95_us=%.0f p99_us=%.0f errors=%d non2xx=%d\n",
    summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(75), latency:percentile(90),
    latency:percentile(95), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
EOF
  log "wrk -t$WRK_THREADS -c$VUS -d$DURATION --latency (under $GNU_TIME)"
  timeout -k 5 "$((DURATION_S + 30))" "$GNU_TIME" -f "$TIME_FORMAT" -o "$tim" \
    wrk -t"$WRK_THREADS" -c"$VUS" -d"$DURATION" --latency -s "$lua" "$NGINX_URL" \
    >"$out" 2>&1 || { show_log "$out"; show_log "$tim"; die "wrk failed or timed out"; }
  grep -q '^WRK ' "$out" || { show_log "$out"; die "wrk printed no result line"; }
  wrk_field() { sed -n "s/^WRK .*\\b$1=\\([0-9.]*\\).*/\\1/p" "$out"; }
  WRK_REQS="$(wrk_field requests)"
  WRK_RPS="$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$out")"
  WRK_P50="$(wrk_field p50_us)" WRK_P75="$(wrk_field p75_us)" WRK_P90="$(wrk_field p90_us)"
  WRK_P95="$(wrk_field p95_us)" WRK_P99="$(wrk_field p99_us)"
  WRK_ERRORS="$(wrk_field errors)" WRK_NON2XX="$(wrk_field non2xx)"
  WRK_WALL="$(time_field "$tim" wall)" WRK_USER="$(time_field "$tim" user)"
  WRK_SYS="$(time_field "$tim" sys)" WRK_RSS_KB="$(time_field "$tim" maxrss_kb)"
  [ "${WRK_REQS:-0}" -gt 0 ] || { show_log "$out"; die "wrk made no requests"; }
  [ -n "$WRK_USER" ] || { show_log "$tim"; die "could not read GNU time output for wrk"; }
}

# Prints "count rate p95_ms failed_rate" from a k6 summary-export JSON file.
read_summary() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$1" <<'EOF'
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]
failed = m.get("http_req_failed", {}).get("value", 0)
print(m["http_reqs"]["count"], m["http_reqs"]["rate"], m["http_req_duration"]["p(95)"], failed)
EOF
  else
    jq -r '.metrics | "\(.http_reqs.count) \(.http_reqs.rate) \(.http_req_duration["p(95)"]) \(.http_req_failed.value // 0)"' "$1"
  fi
}

run_jk6() {
  local script="$TMP/script.js" out="$TMP/jk6.out" tim="$TMP/jk6.time" sum="$TMP/summary.json"
  local boot="$TMP/jk6-version.time"
  cat >"$script" <<EOF
import http from 'k6/http';
export const options = { vus: $VUS, duration: '$DURATION' };
export default function () { http.get(__ENV.URL); }
EOF
  # Boot cost: 'jk6 version' starts the JVM and GraalJS and exits; its CPU approximates the
  # start-up share of the measured run.
  log "$JK6 version (under $GNU_TIME, to estimate start-up CPU)"
  timeout -k 5 120 "$GNU_TIME" -f "$TIME_FORMAT" -o "$boot" "$JK6" version >"$TMP/jk6-version.out" 2>&1 ||
    { show_log "$TMP/jk6-version.out"; die "'jk6 version' failed"; }
  JK6_VERSION="$(head -n 1 "$TMP/jk6-version.out")"
  BOOT_USER="$(time_field "$boot" user)" BOOT_SYS="$(time_field "$boot" sys)"
  BOOT_WALL="$(time_field "$boot" wall)"

  log "jk6 run -q --vus $VUS --duration $DURATION (under $GNU_TIME)"
  # Generous limit: JVM start-up plus k6's 30 s graceful stop on top of the test duration.
  timeout -k 10 "$((DURATION_S + 120))" "$GNU_TIME" -f "$TIME_FORMAT" -o "$tim" \
    "$JK6" run -q --summary-export "$sum" -e "URL=$NGINX_URL" "$script" \
    >"$out" 2>&1 || { show_log "$out"; show_log "$tim"; die "jk6 run failed or timed out"; }
  [ -s "$sum" ] || { show_log "$out"; die "jk6 wrote no summary JSON"; }
  read -r JK6_REQS JK6_RPS JK6_P95_MS JK6_FAILED < <(read_summary "$sum") ||
    die "could not read $sum"
  JK6_WALL="$(time_field "$tim" wall)" JK6_USER="$(time_field "$tim" user)"
  JK6_SYS="$(time_field "$tim" sys)" JK6_RSS_KB="$(time_field "$tim" maxrss_kb)"
  [ "${JK6_REQS%.*}" -gt 0 ] || { show_log "$out"; die "jk6 made no requests"; }
  [ -n "$JK6_USER" ] || { show_log "$tim"; die "could not read GNU time output for jk6"; }
}

# Share of all CPUs in use over one second, from /proc/stat (the load average would still carry
# a previous run of this script).
cpu_busy() {
  local a b
  a="$(head -n 1 /proc/stat)"; sleep 1; b="$(head -n 1 /proc/stat)"
  awk -v a="$a" -v b="$b" 'BEGIN {
    n = split(a, x); split(b, y); total = 0
    for (i = 2; i <= n; i++) total += y[i] - x[i]
    idle = (y[5] - x[5]) + (y[6] - x[6]) # idle + iowait
    printf "%.0f%%", (total > 0 ? 100 * (total - idle) / total : 0) # parens: a bare > would redirect
  }'
}

# --- report -------------------------------------------------------------------------------------

report() {
  echo
  echo "HTTP client cost: GET of a ${FILE_BYTES}-byte file from nginx (1 worker) on 127.0.0.1"
  echo "$VUS connections/VUs, $DURATION; $(nproc) CPUs shared by nginx and the load generator"
  # Other work on the machine skews everything; this says whether there was any.
  echo "CPU busy with other work just before the run: $BUSY_BEFORE (should be near 0%)"
  echo "$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //') | $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2) | $JK6_VERSION"
  echo
  awk -v wr="$WRK_RPS" -v wn="$WRK_REQS" -v wp="$WRK_P95" -v wm="$WRK_RSS_KB" \
      -v wu="$WRK_USER" -v ws="$WRK_SYS" -v ww="$WRK_WALL" \
      -v jr="$JK6_RPS" -v jn="$JK6_REQS" -v jp="$JK6_P95_MS" -v jm="$JK6_RSS_KB" \
      -v ju="$JK6_USER" -v js="$JK6_SYS" -v jw="$JK6_WALL" \
      -v dur="$DURATION_S" -v bu="$BOOT_USER" -v bs="$BOOT_SYS" -v bw="$BOOT_WALL" \
      -v p50="$WRK_P50" -v p75="$WRK_P75" -v p90="$WRK_P90" -v p99="$WRK_P99" '
  BEGIN {
    wcpu = wu + ws; jcpu = ju + js; boot = bu + bs
    wus = wcpu / wn * 1e6; jus = jcpu / jn * 1e6
    jnet = jcpu - boot; if (jnet < 0) jnet = 0
    jusnet = jnet / jn * 1e6
    fmt = "%-5s %10s %10s %14s %9s %12s %10s %9s\n"
    # Pad "us" then swap in "µs": awk pads by bytes in some locales and by characters in others.
    header = sprintf(fmt, "tool", "req/s", "p95 (ms)", "peak RSS (MiB)", "CPU (s)", "CPU us/req", "requests", "wall (s)")
    sub(/us\/req/, "µs/req", header)
    printf "%s", header
    printf fmt, "wrk", sprintf("%.0f", wr), sprintf("%.2f", wp / 1000), sprintf("%.1f", wm / 1024), \
      sprintf("%.2f", wcpu), sprintf("%.1f", wus), wn, sprintf("%.1f", ww)
    printf fmt, "jk6", sprintf("%.0f", jr), sprintf("%.2f", jp), sprintf("%.1f", jm / 1024), \
      sprintf("%.2f", jcpu), sprintf("%.1f", jus), jn, sprintf("%.1f", jw)
    print ""
    printf "wrk latency (ms): p50 %.2f  p75 %.2f  p90 %.2f  p95 %.2f  p99 %.2f\n", \
      p50 / 1000, p75 / 1000, p90 / 1000, wp / 1000, p99 / 1000
    # jk6 reports rate = count / its own test clock; show that clock next to the asked duration.
    printf "jk6 test clock (http_reqs count / rate): %.1f s for a %s s test\n", jn / jr, dur
    printf "jk6/wrk: req/s x%.2f, CPU µs/request x%.1f\n", jr / wr, jus / wus
    printf "jk6 CPU includes JVM start-up and JIT warm-up. Excluding start-up (approximation: minus the\n"
    printf "  %.2f CPU s / %.1f s wall of one `jk6 version` run under /usr/bin/time):\n", boot, bw
    printf "  %.2f CPU s, %.1f µs/request (x%.1f wrk)\n", jnet, jusnet, jusnet / wus
    print "reference: k6 v0.48 measured on this machine kind: ~8-15k req/s, ~80-100 µs CPU per request, ~100 MiB RSS"
  }'
  # A benchmark of failing requests measures the wrong thing: say so loudly.
  if [ "${WRK_ERRORS:-0}" -gt 0 ] || [ "${WRK_NON2XX:-0}" -gt 0 ]; then
    echo "WARNING: wrk saw $WRK_ERRORS socket errors and $WRK_NON2XX non-2xx responses"
  fi
  if awk -v f="$JK6_FAILED" 'BEGIN { exit !(f > 0) }'; then
    echo "WARNING: jk6 http_req_failed rate is $JK6_FAILED"
  fi
}

main() {
  check_inputs
  BUSY_BEFORE="$(cpu_busy)"
  TMP="$(mktemp -d -t http-vs-wrk.XXXXXX)"
  install_tools
  start_nginx "$TMP/nginx"
  log "nginx on $NGINX_URL (pid $NGINX_PID)"
  run_wrk
  run_jk6
  report
}

main "$@"
