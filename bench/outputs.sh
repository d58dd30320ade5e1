#!/usr/bin/env bash
# outputs.sh - what each output costs a test: the same 50-VU test with no output and with each
# output on, against the same private nginx, in the same rounds; requests kept against no output.
#
#   bench/outputs.sh                          # 2 rounds of 30 s runs, ~8 min
#   ROUNDS=3 DUR=10s VUS=20 bench/outputs.sh
#   OUTPUTS="none influxdb" bench/outputs.sh  # a subset; none is the baseline and is always run
#   PEER=off bench/outputs.sh                 # jk6 only (by default real k6 runs beside it)
#   RATE=8000 bench/outputs.sh                # paced: 8,000 requests/s (constant-arrival-rate, VUS VUs)
#
# Two questions, two modes. By default the VUs loop as fast as they can: the 2 cores are saturated,
# so whatever CPU an output takes comes out of the test's requests, and the ratio is the output's
# CPU cost. With RATE the test asks for a fixed rate below the machine's capacity, as most load
# tests do: an output that never slows VUs then costs no request and no latency (the p95 column),
# whatever its CPU.
#
# The peer: real k6 v0.48 (K6=, default ../shared/peers/k6) runs the same test with the same outputs
# where it has them (none, json, csv, influxdb, experimental-prometheus-rw: its web dashboard and
# OpenTelemetry output came later), in the same rounds, so each output's cost to jk6 stands beside
# its cost to k6.
#
# The outputs write to real receivers on 127.0.0.1 started here with temporary data: InfluxDB 1.x
# (influxd) and Prometheus with its remote-write receiver (Debian packages; the script installs
# them as root), an OTLP/HTTP sink (python3, answers 200 and discards: Debian has no collector),
# files for json and csv. On a 2-core machine the receivers share the CPU with jk6, so the
# influxdb and prometheus rows include what the database costs; jk6's own CPU per request is in
# its own column. Raw lines go to stderr, the table to stdout; every run is bounded by `timeout`
# and every process started here is stopped at exit.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
K6="${K6:-$here/../../shared/peers/k6}"
PEER="${PEER:-on}"
ROUNDS="${ROUNDS:-2}" DUR="${DUR:-30s}" VUS="${VUS:-50}" RATE="${RATE:-}"
OUTPUTS="${OUTPUTS:-json csv influxdb experimental-prometheus-rw opentelemetry web-dashboard}"
OUTPUTS="none ${OUTPUTS//none/}"

tmp="" pids=()
die() { echo "outputs: $*" >&2; exit 1; }
. "$here/lib/nginx.sh"
. "$here/lib/packages.sh"
cleanup() {
  stop_nginx
  local pid; for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do timeout 10 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true; done
  [ -n "$tmp" ] && rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# await_http NAME URL: until URL answers 2xx (30 s), else the log and die.
await_http() {
  for _ in $(seq 1 300); do
    python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$2" 2>/dev/null && return 0
    sleep 0.1
  done
  tail -n 20 "$tmp/$1.log" >&2 2>/dev/null || true
  die "$1 did not answer on $2"
}

install_tools() {
  local missing=()
  [ -n "$(nginx_bin)" ] || missing+=(nginx-light)
  [ -x /usr/bin/time ] || missing+=(time)
  [ -x /usr/bin/influxd ] || missing+=(influxdb)
  [ -x /usr/bin/prometheus ] || missing+=(prometheus)
  install_missing "$tmp/apt.log" "${missing[@]}"
}

start_receivers() {
  local influx_port prom_port otlp_port
  influx_port="$(free_port)"; prom_port="$(free_port)"; otlp_port="$(free_port)"
  mkdir -p "$tmp/influx" "$tmp/prometheus"
  cat >"$tmp/influx/influxdb.conf" <<CONF
reporting-disabled = true
bind-address = "127.0.0.1:$(free_port)"
[meta]
  dir = "$tmp/influx/meta"
[data]
  dir = "$tmp/influx/data"
  wal-dir = "$tmp/influx/wal"
[http]
  bind-address = "127.0.0.1:$influx_port"
  log-enabled = false
[monitor]
  store-enabled = false
CONF
  /usr/bin/influxd -config "$tmp/influx/influxdb.conf" >"$tmp/influxdb.log" 2>&1 & pids+=($!)
  printf 'global:\n  scrape_interval: 1m\n' >"$tmp/prometheus/prometheus.yml"
  /usr/bin/prometheus --config.file="$tmp/prometheus/prometheus.yml" --storage.tsdb.path="$tmp/prometheus/data" \
    --web.listen-address="127.0.0.1:$prom_port" --web.enable-remote-write-receiver >"$tmp/prometheus.log" 2>&1 & pids+=($!)
  python3 - "$otlp_port" >"$tmp/otlp.log" 2>&1 <<'PY' & pids+=($!)
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
class Sink(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        self.send_response(200); self.send_header('Content-Type', 'application/x-protobuf')
        self.send_header('Content-Length', '0'); self.end_headers()
    def do_GET(self):
        self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()
    def log_message(self, *args): pass
ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), Sink).serve_forever()
PY
  await_http influxdb "http://127.0.0.1:$influx_port/ping"
  await_http prometheus "http://127.0.0.1:$prom_port/-/ready"
  await_http otlp "http://127.0.0.1:$otlp_port/"
  INFLUX_URL="http://127.0.0.1:$influx_port/k6"
  PROM_URL="http://127.0.0.1:$prom_port/api/v1/write"
  OTLP_ENDPOINT="127.0.0.1:$otlp_port"
}

# out_args OUTPUT: jk6's flags and environment for OUTPUT (as `env` arguments, then `--`, then flags).
out_args() {
  case "$1" in
    none) echo "--" ;;
    json) echo "-- --out json=$tmp/out.json" ;;
    csv) echo "-- --out csv=$tmp/out.csv" ;;
    influxdb) echo "-- --out influxdb=$INFLUX_URL" ;;
    experimental-prometheus-rw) echo "K6_PROMETHEUS_RW_SERVER_URL=$PROM_URL -- --out experimental-prometheus-rw" ;;
    # over OTLP/HTTP: the sink is python's HTTP/1.1 server (a gRPC sink would need grpcio)
    opentelemetry) echo "K6_OTEL_EXPORTER_PROTOCOL=http/protobuf K6_OTEL_HTTP_EXPORTER_ENDPOINT=$OTLP_ENDPOINT" \
      "K6_OTEL_HTTP_EXPORTER_INSECURE=true -- --out opentelemetry" ;;
    web-dashboard) echo "K6_WEB_DASHBOARD_PORT=0 -- --out web-dashboard" ;; # its page served, nobody watching
    *) die "unknown output '$1'" ;;
  esac
}

# k6_has OUTPUT: whether k6 v0.48 has OUTPUT built in.
k6_has() { case "$1" in none|json|csv|influxdb|experimental-prometheus-rw) return 0 ;; *) return 1 ;; esac; }

# run_one TOOL OUTPUT ROUND: one run of jk6 or k6; one raw line to stderr and to the results file.
run_one() {
  local tool=$1 output=$2 round=$3 args envs=() flags=() seen_dashes=0 word reqs p95 wall cpu rss dropped bin
  read -ra args <<<"$(out_args "$output")"
  for word in "${args[@]}"; do
    if [ "$word" = "--" ]; then seen_dashes=1; elif [ $seen_dashes = 0 ]; then envs+=("$word"); else flags+=("$word"); fi
  done
  rm -f "$tmp/summary.json" "$tmp/out.json" "$tmp/out.csv"
  if [ "$tool" = k6 ]; then bin="$K6"; else bin="$JK6"; fi
  timeout -k 10 300 /usr/bin/time -f '%e %U %S %M' -o "$tmp/run.time" \
    env K6_NO_USAGE_REPORT=true "${envs[@]}" "$bin" run -q --summary-export "$tmp/summary.json" \
    -e "URL=$NGINX_URL" "${flags[@]}" "$tmp/script.js" >"$tmp/run.out" 2>"$tmp/run.err" ||
    { tail -n 30 "$tmp/run.err" >&2; die "$tool run with output '$output' failed or timed out"; }
  read -r reqs p95 < <(python3 -c 'import json,sys; m = json.load(open(sys.argv[1]))["metrics"]
print(int(m["http_reqs"]["count"]), "%.3f" % m["http_req_duration"]["p(95)"])' "$tmp/summary.json")
  read -r wall cpu rss < <(awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$tmp/run.time")
  dropped="$(grep -c 'samples dropped\|were dropped' "$tmp/run.err" || true)"
  printf 'round %s  %-3s %-28s requests %8s  p95 %7s ms  wall %6s s  cpu %6s s  rss %5s MiB  drop warnings %s\n' \
    "$round" "$tool" "$output" "$reqs" "$p95" "$wall" "$cpu" "$rss" "$dropped" >&2
  echo "$tool $output $round $reqs $cpu $rss $dropped $p95" >>"$tmp/results"
}

report() {
  python3 - "$tmp/results" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    tool, output, _, reqs, cpu, rss, dropped, p95 = line.split()
    rows.setdefault(tool, {}).setdefault(output, []).append((int(reqs), float(cpu), int(rss), int(dropped),
                                                             float(p95)))

def figures(tool, output):
    runs = rows.get(tool, {}).get(output)
    if not runs:
        return None
    reqs = [r[0] for r in runs]
    med = statistics.median(reqs)
    base = statistics.median(r[0] for r in rows[tool]['none'])
    return (min(reqs), med, med / base, statistics.median(r[1] / r[0] * 1e6 for r in runs),
            statistics.median(r[2] for r in runs), sum(r[3] for r in runs), statistics.median(r[4] for r in runs))

print(f"{'output':28} {'jk6 requests min':>16} {'median':>8} {'vs none':>8} {'p95 ms':>7} {'CPU µs/req':>10}"
      f" {'RSS MiB':>8} {'drops':>6} {'verdict':>8} | {'k6 median':>9} {'vs none':>8} {'p95 ms':>7} {'CPU µs/req':>10}"
      f" {'RSS MiB':>8}")
for output in rows['jk6']:
    lo, med, ratio, cpu, rss, drops, p95 = figures('jk6', output)
    verdict = '' if output == 'none' else ('ok' if ratio >= 0.95 else 'MISSED')
    line = (f"{output:28} {lo:16d} {med:8.0f} {ratio:8.2f} {p95:7.2f} {cpu:10.1f} {rss:8.0f} {drops:6d}"
            f" {verdict:>8} |")
    peer = figures('k6', output)
    line += f" {peer[1]:9.0f} {peer[2]:8.2f} {peer[6]:7.2f} {peer[3]:10.1f} {peer[4]:8.0f}" if peer else f" {'-':>9}"
    print(line)
print("verdict: jk6's median requests with the output against its own with none (target >= 0.95)")
PY
}

main() {
  [[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
  [ -x "$JK6" ] || die "no jk6 at $JK6 (build the distribution or set JK6=/path/to/bin/jk6)"
  case "$PEER" in
    on) [ -x "$K6" ] || die "no k6 at $K6 (the peer, see shared/peers/README.md; set K6=/path/to/k6, or PEER=off)" ;;
    off) ;;
    *) die "PEER must be on or off (got '$PEER')" ;;
  esac
  tmp="$(mktemp -d)"
  install_tools
  local version; version="$(timeout 60 "$JK6" version 2>&1)" || die "'$JK6 version' failed: $version"
  grep -q 'JIT compiler active' <<<"$version" || die "jk6 runs without the JIT compiler: $version"
  if ! JAVA_OPTS=-Xlog:aot timeout 60 "$JK6" version 2>&1 | grep -q 'Opened AOT cache'; then
    echo "preparing jk6's runtime first, so no run competes with it (jk6 prepare)" >&2
    timeout 900 "$JK6" prepare >"$tmp/prepare.log" 2>&1 || echo "jk6 prepare failed: runs start without it" >&2
  fi
  if [ -n "$RATE" ]; then
    [[ "$RATE" =~ ^[1-9][0-9]*$ ]] || die "RATE must be a positive integer of requests a second (got '$RATE')"
    # as many VUs from the start as at most: none is initialized while the test runs
    printf "import http from 'k6/http';\nexport const options = { scenarios: { paced: { executor: %s, rate: %s,
      timeUnit: '1s', duration: '%s', preAllocatedVUs: %s, maxVUs: %s } } };\n%s\n" "'constant-arrival-rate'" \
      "$RATE" "$DUR" "$VUS" "$VUS" 'export default function () { http.get(__ENV.URL); }' >"$tmp/script.js"
  else
    printf "import http from 'k6/http';\nexport const options = { vus: %s, duration: '%s' };\n%s\n" "$VUS" "$DUR" \
      'export default function () { http.get(__ENV.URL); }' >"$tmp/script.js"
  fi
  start_nginx "$tmp/nginx"
  start_receivers
  local load_before start round list=() output
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"; start=$(date +%s)
  for output in $OUTPUTS; do
    list+=("jk6:$output")
    if [ "$PEER" = on ] && k6_has "$output"; then list+=("k6:$output"); fi
  done
  for round in $(seq 1 "$ROUNDS"); do
    # rotate the order each round, so no run always comes first (coldest page cache, JIT cache)
    for i in $(seq 0 $((${#list[@]} - 1))); do
      output="${list[$(( (i + round - 1) % ${#list[@]} ))]}"
      run_one "${output%%:*}" "${output#*:}" "$round"
    done
  done
  echo
  echo "outputs: $VUS VUs for $DUR$([ -n "$RATE" ] && echo " paced at $RATE requests/s") against a private nginx (1 worker)" \
    "on 127.0.0.1, $ROUNDS round(s), $(nproc) CPUs"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); jk6 commit: $(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?')$(
    [ "$PEER" = on ] && echo "; peer: $("$K6" version 2>/dev/null | head -n 1)")"
  echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg); took $(( $(date +%s) - start )) s"
  echo
  report
}

main "$@"
