#!/usr/bin/env bash
# Does constant-arrival-rate hold its rate? jk6 starts $RATE iterations/s for $DURATION, each an
# http.get to jk6's own test server on 127.0.0.1, and this prints:
#   - the achieved rate: iterations started in the scenario / its duration, and its error vs the target
#   - dropped_iterations (iterations that found no free VU), the VUs used
#   - the start lag: when each iteration started minus when it was scheduled, from a Trend the
#     script adds (Date.now() - (exec.scenario.startTime + iterationInTest * period); milliseconds,
#     exact only without dropped iterations, since iterationInTest counts started iterations)
# Two runs of the same schedule: iterations that only record their start lag (the peer: what the
# scheduler does with the machine to itself), then iterations that also make an http.get.
# The target server (a JVM too) is warmed up first with $WARMUP seconds of load, as a real
# target (nginx) is warm: the runs measure jk6, not the server's JIT. jk6 itself starts cold in
# each run, so the http run's drops are split into its first $COLD seconds (jk6's JIT warm-up)
# and the rest: the script counts the iterations that start in those seconds (a Counter; an
# output such as --out json would cost jk6 CPU while it is cold and change what is measured).
# Bounded: each scenario lasts $DURATION, each run at most $DURATION + 60 s.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
RATE="${RATE:-1000}"
DURATION="${DURATION:-20}"           # seconds
PRE_VUS="${PRE_VUS:-100}"
MAX_VUS="${MAX_VUS:-400}"
WARMUP="${WARMUP:-10}"              # seconds of load on the target server before the runs
COLD="${COLD:-3}"                  # seconds counted as jk6's own warm-up in the http run
[ -x "$JK6" ] || { echo "no jk6 at $JK6: build it first (mvn -DskipTests package)" >&2; exit 1; }
tmp="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

"$JK6" testserver --port 0 >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$tmp/server.log" || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "the test server did not start:" >&2; cat "$tmp/server.log" >&2; exit 1; }

cat >"$tmp/arrival.js" <<'JS'
import http from 'k6/http';
import exec from 'k6/execution';
import { Counter, Trend } from 'k6/metrics';

const startLag = new Trend('start_lag', true);
const startedCold = new Counter('started_cold');
const rate = Number(__ENV.RATE);
const cold = Number(__ENV.COLD) * 1000;

export const options = {
  scenarios: {
    open: {
      executor: 'constant-arrival-rate',
      rate: rate,
      timeUnit: '1s',
      duration: __ENV.DURATION + 's',
      preAllocatedVUs: Number(__ENV.PRE_VUS),
      maxVUs: Number(__ENV.MAX_VUS),
      gracefulStop: '5s',
    },
  },
};

export default function () {
  const scheduled = exec.scenario.startTime + exec.scenario.iterationInTest * 1000 / rate;
  const now = Date.now();
  startLag.add(now - scheduled);
  if (now - exec.scenario.startTime < cold) {
    startedCold.add(1);
  }
  if (__ENV.HTTP !== '0') {
    http.get(__ENV.BASE_URL + '/');
  }
}
JS

cat >"$tmp/warmup.js" <<'JS'
import http from 'k6/http';
export const options = { vus: 20, duration: __ENV.WARMUP + 's' };
export default function () { http.get(__ENV.BASE_URL + '/'); }
JS
echo "warming up the target server: $WARMUP s of load with 20 VUs"
timeout $((WARMUP + 60)) "$JK6" run -q --summary-mode disabled -e WARMUP="$WARMUP" -e BASE_URL="$url" "$tmp/warmup.js" \
  >"$tmp/warmup.out" 2>&1 || { echo "the warm-up run failed:" >&2; tail -n 30 "$tmp/warmup.out" >&2; exit 1; }

read -r _ u1 n1 s1 i1 _ < /proc/stat
sleep 1
read -r _ u2 n2 s2 i2 _ < /proc/stat
busy=$(( 100 * ((u2 + n2 + s2) - (u1 + n1 + s1)) / ((u2 + n2 + s2 + i2) - (u1 + n1 + s1 + i1)) ))
echo "CPU busy with other work just before the run: ${busy}% (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
run() {
  local name=$1 http=$2
  echo "command ($name): jk6 run -q --summary-export $name.json --summary-trend-stats 'min,med,avg,p(90),p(99),max'" \
    "-e RATE=$RATE -e DURATION=$DURATION -e PRE_VUS=$PRE_VUS -e MAX_VUS=$MAX_VUS -e HTTP=$http -e COLD=$COLD -e BASE_URL=$url arrival.js"
  timeout $((DURATION + 60)) "$JK6" run -q --summary-export "$tmp/$name.json" \
    --summary-trend-stats 'min,med,avg,p(90),p(99),max' \
    -e RATE="$RATE" -e DURATION="$DURATION" -e PRE_VUS="$PRE_VUS" -e MAX_VUS="$MAX_VUS" -e HTTP="$http" -e COLD="$COLD" \
    -e BASE_URL="$url" "$tmp/arrival.js" >"$tmp/$name.out" 2>"$tmp/$name.err" \
    || { echo "jk6 failed:" >&2; tail -n 30 "$tmp/$name.err" >&2; exit 1; }
  grep -h "Insufficient VUs" "$tmp/$name.err" || true
}
run empty 0
run http 1

python3 - "$tmp" "$RATE" "$DURATION" "$COLD" <<'PY'
import json, sys
tmp, rate, duration, cold = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])

print()
print(f"target: {rate:.0f} iterations/s for {duration:.0f} s = {rate * duration:.0f} iterations")
print(f"{'iteration':<10} {'achieved/s':>10} {'error':>8} {'dropped':>8} {'VUs':>5} "
      f"{'lag med':>8} {'lag p90':>8} {'lag p99':>8} {'lag max':>8} {'req p99':>8}")
for name in ("empty", "http"):
    m = json.load(open(f"{tmp}/{name}.json"))["metrics"]
    iterations = m["iterations"]["count"]
    dropped = m.get("dropped_iterations", {}).get("count", 0)
    achieved = iterations / duration
    lag = m["start_lag"]
    req = m.get("http_req_duration", {}).get("p(99)", 0)
    print(f"{name:<10} {achieved:10.1f} {100 * (achieved - rate) / rate:+7.2f}% {dropped:8.0f} {m['vus_max']['max']:5.0f} "
          f"{lag['med']:6.0f}ms {lag['p(90)']:6.0f}ms {lag['p(99)']:6.0f}ms {lag['max']:6.0f}ms {req:6.1f}ms"
          + ("" if dropped == 0 else "  (lag approximate: iterations dropped)"))
    if name == "http":
        # iterations due in the first `cold` seconds minus those started then: the early drops
        # (approximate by the few iterations due just before the mark that start just after it)
        started = m.get("started_cold", {}).get("count", 0)
        early = max(0, min(dropped, rate * cold - started))
        steady = rate * (duration - cold)
        print(f"http dropped in the first {cold:.0f} s (jk6's JIT warm-up): {early:.0f}; after: {dropped - early:.0f} "
              f"({100 * (dropped - early) / steady:.2f}% of the {steady:.0f} iterations due then)")
print()
print("achieved/s: iterations started in the scenario / its duration; error: vs the target;")
print("lag: start minus schedule, ms (Date.now() resolution); VUs: vus_max (pre-allocated + initialized during the run).")
PY
