#!/usr/bin/env bash
# jk6 start-up: wall time from launching `jk6 run` to the first iteration of a 1-VU script, and to
# its exit, next to `jk6 version` (JVM + GraalJS engine, no OSGi) and a plain `java -version` (the
# JVM alone) measured in the same rounds, interleaved, so machine load hits all of them alike.
#
#   bench/startup.sh                 # 10 rounds against ../distribution/target/jk6
#   ROUNDS=20 bench/startup.sh
#   JK6=/opt/jk6-0.1.0/bin/jk6 bench/startup.sh
#
# The script's first iteration logs Date.now(); the launch time is taken by this shell just
# before it starts bin/jk6 (the same wall clock), so the figure includes bin/jk6 itself.
# No network traffic; every run is bounded by `timeout`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
ROUNDS="${ROUNDS:-10}"
[ -x "$JK6" ] || { echo "no jk6 at $JK6: build it first (./demo.sh or mvn verify)" >&2; exit 1; }

# the JDK bin/jk6 would pick when JAVA_HOME is a JDK 25 (as in jdk25.sh), for the java -version peer
. "$here/../jdk25.sh"
JAVA="$JAVA_HOME/bin/java"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/first.js" <<'JS'
export const options = { vus: 1, iterations: 1 };
export default function () { console.log('first-iteration ' + Date.now()); }
JS

now_ms() { date +%s%3N; }

# each run_* prints milliseconds (one or two numbers)
run_java() {
  local s e
  s=$(now_ms); timeout 30 "$JAVA" -version >/dev/null 2>&1; e=$(now_ms)
  echo $((e - s))
}
run_version() {
  local s e
  s=$(now_ms)
  timeout 60 "$JK6" version >"$tmp/version.out" 2>&1 || { echo "jk6 version failed:" >&2; cat "$tmp/version.out" >&2; exit 1; }
  e=$(now_ms)
  grep -q 'JIT compiler active' "$tmp/version.out" \
    || { echo "the JIT is not active; start-up figures without it are meaningless:" >&2; cat "$tmp/version.out" >&2; exit 1; }
  echo $((e - s))
}
run_first() { # prints "first-iteration total"
  local s e first
  s=$(now_ms)
  (cd "$tmp" && timeout 60 "$JK6" run -q first.js >/dev/null 2>"$tmp/run.err") \
    || { echo "jk6 run failed:" >&2; cat "$tmp/run.err" >&2; exit 1; }
  e=$(now_ms)
  first=$(sed -n 's/.*first-iteration \([0-9]*\).*/\1/p' "$tmp/run.err" | head -n 1)
  [ -n "$first" ] || { echo "no first-iteration marker:" >&2; cat "$tmp/run.err" >&2; exit 1; }
  echo "$((first - s)) $((e - s))"
}

# warm the page cache once (not counted)
run_java >/dev/null; run_version >/dev/null; run_first >/dev/null

: >"$tmp/java"; : >"$tmp/version"; : >"$tmp/first"; : >"$tmp/total"
for _ in $(seq 1 "$ROUNDS"); do
  run_java >>"$tmp/java"
  run_version >>"$tmp/version"
  read -r f t < <(run_first)
  echo "$f" >>"$tmp/first"; echo "$t" >>"$tmp/total"
done

# stats FILE -> "median min max"
stats() { sort -n "$1" | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%d %d %d\n", m, v[1], v[NR]}'; }
read -r jm jmin jmax < <(stats "$tmp/java")
read -r vm vmin vmax < <(stats "$tmp/version")
read -r fm fmin fmax < <(stats "$tmp/first")
read -r tm tmin tmax < <(stats "$tmp/total")

echo "jk6: $JK6"
"$JK6" version | sed 's/^/  /'
printf 'CPUs: %s, load average before: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-44s %8s %8s %8s %10s %10s\n' "$ROUNDS rounds, wall ms" median min max "/java" "/version"
row() { printf '%-44s %8d %8d %8d %9.1fx %9.2fx\n' "$1" "$2" "$3" "$4" "$(echo "$2 / $jm" | bc -l)" "$(echo "$2 / $vm" | bc -l)"; }
row "java -version" "$jm" "$jmin" "$jmax"
row "jk6 version" "$vm" "$vmin" "$vmax"
row "jk6 run, 1 VU: launch -> first iteration" "$fm" "$fmin" "$fmax"
row "jk6 run, 1 VU, 1 iteration: launch -> exit" "$tm" "$tmin" "$tmax"
