#!/usr/bin/env bash
# How VUs scale in jk6: memory per idle VU, and iterations of many VUs on virtual threads.
#   1. idle VUs (each loops sleep(1)) for 1 and for $IDLE_VUS VUs: peak RSS, KiB per VU
#   2. $BUSY_VUS VUs each calling a small function then sleeping 10 ms, for $BUSY_DURATION:
#      iterations, peak RSS, time to first iteration
# No network traffic at all. Needs GNU time (/usr/bin/time, Debian package "time").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
IDLE_VUS="${IDLE_VUS:-1000}"
BUSY_VUS="${BUSY_VUS:-10000}"
BUSY_DURATION="${BUSY_DURATION:-5s}"
[ -x "$JK6" ] || { echo "no jk6 at $JK6: build it first (./demo.sh or mvn install)" >&2; exit 1; }
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (Debian package 'time')" >&2
  apt-get update -qq && apt-get install -y -qq --no-install-recommends time >/dev/null
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/idle.js" <<'JS'
import { sleep } from 'k6';
export default function () { sleep(1); }
JS
cat >"$tmp/busy.js" <<'JS'
import { sleep } from 'k6';
function work(n) { let s = 0; for (let i = 0; i < n; i++) { s += i * i; } return s; }
export default function () { work(100); sleep(0.01); }
JS

# run NAME VUS DURATION SCRIPT -> prints "rss_kib iterations wall_s"
run() {
  local name=$1 vus=$2 duration=$3 script=$4
  /usr/bin/time -f '%M %e' -o "$tmp/$name.time" \
    "$JK6" run -q -u "$vus" -d "$duration" --summary-export "$tmp/$name.json" "$script" >/dev/null 2>"$tmp/$name.err" \
    || { echo "jk6 failed for $name:" >&2; tail -n 20 "$tmp/$name.err" >&2; exit 1; }
  local iterations
  iterations=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))["metrics"]["iterations"]["count"]))' "$tmp/$name.json")
  echo "$(cut -d' ' -f1 "$tmp/$name.time") $iterations $(cut -d' ' -f2 "$tmp/$name.time")"
}

read -r rss1 _ _ < <(run idle1 1 10s "$tmp/idle.js")
read -r rssn _ _ < <(run idleN "$IDLE_VUS" 10s "$tmp/idle.js")
read -r rssb iterb wallb < <(run busy "$BUSY_VUS" "$BUSY_DURATION" "$tmp/busy.js")

printf '\n%-44s %12s\n' "measure" "value"
printf '%-44s %9d MiB\n' "peak RSS, 1 idle VU" $((rss1 / 1024))
printf '%-44s %9d MiB\n' "peak RSS, $IDLE_VUS idle VUs" $((rssn / 1024))
printf '%-44s %9d KiB\n' "per idle VU above the 1-VU run" $(((rssn - rss1) / (IDLE_VUS - 1)))
printf '%-44s %12s\n' "$BUSY_VUS VUs, work+sleep(10ms), $BUSY_DURATION: iterations" "$iterb"
printf '%-44s %9d MiB\n' "$BUSY_VUS VUs: peak RSS" $((rssb / 1024))
printf '%-44s %10s s\n' "$BUSY_VUS VUs: wall time incl. init" "$wallb"
echo
echo "k6 v0.48 on this machine kind (shared/reference/build-facts.md): 1000 idle VUs 117-127 MiB,"
echo "40-50 KiB per VU above a 77.5 MiB baseline."
