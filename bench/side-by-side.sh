#!/usr/bin/env bash
# side-by-side.sh - two or more jk6 builds (or JAVA_OPTS variants of one) on one k6 script, in
# alternating rounds, so the machine's drift hits every variant alike.
#
# Figures of one build taken minutes apart moved 95k -> 137k requests on this machine kind: a
# build compared with a figure from another time (a table in the docs, the last session) says
# nothing. This is how 07bc9c5's regression was found (docs/design.md): each candidate beside
# both ends of the range, in the same rounds.
#
#   bench/side-by-side.sh old=/tmp/jk6-old/bin/jk6 new=distribution/target/jk6/bin/jk6
#   bench/side-by-side.sh base= 't2k=-Dpolyglot.engine.FirstTierCompilationThreshold=2000'
#   ROW=idle1000 ROUNDS=6 bench/side-by-side.sh a=/x/bin/jk6 b=/y/bin/jk6
#
# Each argument is NAME=BUILD or NAME=JAVA_OPTS: a value naming an executable is a jk6 (its
# bin/jk6), anything else JAVA_OPTS for ../distribution/target/jk6 (empty: as shipped).
# ROW: http10s (50 VUs http.get for 10 s on a private 1-worker nginx: requests), idle1000 (1000
# VUs sleep(1) for 10 s: CPU) or cold1 (1 VU, 1 http.get: wall and CPU). ROUNDS: 4.
# For http10s, DUR changes the test's duration (default 10s) and OUT adds an output to every run
# (OUT=csv writes the file in the run's temporary folder): what an output costs each variant.
#   ROW=http10s DUR=30s OUT=csv bench/side-by-side.sh base= xmn128=-Xmn128m
# Runs use JK6_AOT=off unless JK6_AOT is set: a build's first run would otherwise prepare its
# runtime in the background while the next variant runs. Raw lines go to stderr, the table to
# stdout. Traffic goes only to 127.0.0.1; every run is bounded by `timeout`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
DEFAULT_JK6="$here/../distribution/target/jk6/bin/jk6"
ROW="${ROW:-http10s}"
ROUNDS="${ROUNDS:-4}"
DUR="${DUR:-10s}"
OUT="${OUT:-}"
export JK6_AOT="${JK6_AOT:-off}"
tmp=""
die() { echo "side-by-side: $*" >&2; exit 1; }
. "$here/lib/nginx.sh"
. "$here/lib/packages.sh"
cleanup() { stop_nginx; [ -n "$tmp" ] && rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ $# -ge 2 ] || die "usage: [ROW=http10s|idle1000|cold1] [ROUNDS=n] $0 NAME=BUILD|JAVA_OPTS NAME=... (see its top)"
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
case "$ROW" in http10s|idle1000|cold1) ;; *) die "unknown ROW '$ROW' (http10s, idle1000 or cold1)" ;; esac
names=() bins=() opts=()
for arg in "$@"; do
  [[ "$arg" == *=* ]] || die "'$arg' is not NAME=BUILD or NAME=JAVA_OPTS"
  value="${arg#*=}"
  names+=("${arg%%=*}")
  if [ -n "$value" ] && [ -x "$value" ] && [ ! -d "$value" ]; then bins+=("$(realpath "$value")") opts+=("")
  else bins+=("$DEFAULT_JK6") opts+=("$value"); fi
done
for b in "${bins[@]}"; do [ -x "$b" ] || die "no jk6 at $b (build the distribution first)"; done

tmp="$(mktemp -d)"
missing=()
[ -n "$(nginx_bin)" ] || missing+=(nginx-light)
[ -x /usr/bin/time ] || missing+=(time)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
install_missing "$tmp/apt.log" "${missing[@]}"
start_nginx "$tmp/nginx"

cat >"$tmp/http.js" <<'JS'
import http from 'k6/http';
export const options = { vus: 50, duration: __ENV.DUR };
export default function () { http.get(__ENV.URL); }
JS
cat >"$tmp/idle.js" <<'JS'
import { sleep } from 'k6';
export const options = { vus: 1000, duration: '10s' };
export default function () { sleep(1); }
JS
cat >"$tmp/cold1.js" <<'JS'
import http from 'k6/http';
export const options = { vus: 1, iterations: 1 };
export default function () { http.get(__ENV.URL); }
JS
script="$tmp/$( case "$ROW" in http10s) echo http.js ;; idle1000) echo idle.js ;; cold1) echo cold1.js ;; esac )"

out_flags=()
if [ -n "$OUT" ]; then out_flags=(--out "$OUT"); fi
echo "side by side: $ROW${OUT:+ --out $OUT}, $ROUNDS alternating round(s), JK6_AOT=$JK6_AOT, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for round in $(seq "$ROUNDS"); do
  for i in "${!names[@]}"; do
    rm -f "$tmp/s.json"
    (cd "$tmp" && env JAVA_OPTS="${opts[$i]}" timeout -k 10 300 /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" \
      "${bins[$i]}" run -q --summary-export "$tmp/s.json" -e "URL=$NGINX_URL" -e "DUR=$DUR" "${out_flags[@]}" "$script" \
      >"$tmp/out" 2>"$tmp/err") ||
      { tail -n 20 "$tmp/err" >&2; die "${names[$i]}: jk6 run failed or timed out"; }
    requests="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["metrics"].get("http_reqs", {}).get("count", 0))' "$tmp/s.json")"
    read -r wall cpu rss < <(awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$tmp/time")
    printf '%-12s round %s  requests %8s  CPU s %6s  wall s %6s  peak RSS MiB %5s  load %s\n' "${names[$i]}" "$round" \
      "$requests" "$cpu" "$wall" "$rss" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$tmp/raw" >&2
  done
done

# min / median per variant and figure, in the order given
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %-14s %10s %10s\n' variant figure min median
for name in "${names[@]}"; do
  for field in "requests:4" "CPU s:7" "wall s:10" "peak RSS MiB:14"; do
    label="${field%%:*}" col="${field##*:}"
    [ "$ROW" != http10s ] && [ "$label" = requests ] && continue
    awk -v n="$name" -v c="$col" '$1 == n { print $(c + 1) }' "$tmp/raw" | sort -n |
      awk -v n="$name" -v l="$label" '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
        printf "%-12s %-14s %10s %10s\n", n, l, v[1], m }'
  done
done
