#!/usr/bin/env bash
# jk6 start-up: wall time from launching `jk6 run` to the first iteration of a 1-VU script, and to
# its exit, next to `jk6 version` (JVM + GraalJS engine, no OSGi) and a plain `java -version` (the
# JVM alone) measured in the same rounds, interleaved, so machine load hits all of them alike.
#
#   bench/startup.sh                                  # 10 rounds against ../distribution/target/jk6
#   ROUNDS=20 bench/startup.sh
#   JK6=/opt/jk6-0.1.0/bin/jk6 bench/startup.sh
#   BASELINE=/tmp/old-jk6/bin/jk6 bench/startup.sh    # another jk6 in the same rounds (before/after)
#   JK6_AOT=off bench/startup.sh                      # ignore a runtime made by `jk6 prepare`
#
# A runtime made by `jk6 prepare` (AOT cache) is used when there is one: the header says so.
#
# The script's first iteration logs Date.now(); the launch time is taken by this shell just
# before it starts bin/jk6 (the same wall clock), so the figure includes bin/jk6 itself. CPU
# (user+sys, all threads) comes from GNU time when /usr/bin/time is there: it varies less than
# wall time on a busy machine. No network traffic; every run is bounded by `timeout`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
BASELINE="${BASELINE:-}"
ROUNDS="${ROUNDS:-10}"
for bin in "$JK6" ${BASELINE:+"$BASELINE"}; do
  [ -x "$bin" ] || { echo "no jk6 at $bin: build it first (./demo.sh or mvn verify)" >&2; exit 1; }
done

# the JDK bin/jk6 picks when JAVA_HOME is a JDK 25 (as jdk25.sh sets it), for the java -version peer
. "$here/../jdk25.sh"
JAVA="$JAVA_HOME/bin/java"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/first.js" <<'JS'
export const options = { vus: 1, iterations: 1 };
export default function () { console.log('first-iteration ' + Date.now()); }
JS

now_ms() { date +%s%3N; }
TIME=()
[ -x /usr/bin/time ] && TIME=(/usr/bin/time -f '%U %S' -o "$tmp/cpu")
cpu_ms() { # CPU ms of the last timed command, or 0 without GNU time
  if [ ${#TIME[@]} -gt 0 ]; then awk '{printf "%d\n", ($1 + $2) * 1000}' "$tmp/cpu"; else echo 0; fi
}

# NAME: a series of numbers, one file per series
record() { echo "$2" >>"$tmp/series.$1"; }

run_java() {
  local s e
  s=$(now_ms); timeout 30 "$JAVA" -version >/dev/null 2>&1; e=$(now_ms)
  record java $((e - s))
}
run_version() { # TAG BIN
  local s e
  s=$(now_ms)
  timeout 60 "${TIME[@]}" "$2" version >"$tmp/version.out" 2>&1 \
    || { echo "$2 version failed:" >&2; cat "$tmp/version.out" >&2; exit 1; }
  e=$(now_ms)
  grep -q 'JIT compiler active' "$tmp/version.out" \
    || { echo "the JIT is not active; start-up figures without it are meaningless:" >&2; cat "$tmp/version.out" >&2; exit 1; }
  record "$1.version" $((e - s)); record "$1.version.cpu" "$(cpu_ms)"
}
run_first() { # TAG BIN
  local s e first
  s=$(now_ms)
  (cd "$tmp" && timeout 60 "${TIME[@]}" "$2" run -q first.js >/dev/null 2>"$tmp/run.err") \
    || { echo "$2 run failed:" >&2; cat "$tmp/run.err" >&2; exit 1; }
  e=$(now_ms)
  first=$(sed -n 's/.*first-iteration \([0-9]*\).*/\1/p' "$tmp/run.err" | head -n 1)
  [ -n "$first" ] || { echo "no first-iteration marker:" >&2; cat "$tmp/run.err" >&2; exit 1; }
  record "$1.first" $((first - s)); record "$1.total" $((e - s)); record "$1.run.cpu" "$(cpu_ms)"
}
round() {
  run_java
  run_version jk6 "$JK6"
  run_first jk6 "$JK6"
  if [ -n "$BASELINE" ]; then
    run_version base "$BASELINE"
    run_first base "$BASELINE"
  fi
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
round; rm -f "$tmp"/series.* # warm the page cache once (not counted)
for _ in $(seq 1 "$ROUNDS"); do round; done

# stats SERIES -> "median min max"
stats() { sort -n "$tmp/series.$1" | awk '{v[NR]=$1} END {m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%d %d %d\n", m, v[1], v[NR]}'; }
read -r jm _ < <(stats java)
read -r vm _ < <(stats jk6.version)

echo "jk6: $JK6"
"$JK6" version | sed 's/^/  /'
aot() { # says whether bin/jk6 $1 starts with the AOT cache of a prepared runtime
  if JAVA_OPTS=-Xlog:aot "$1" version 2>&1 | grep -q 'Opened AOT cache'; then
    echo "with the AOT cache of a prepared runtime (jk6 prepare)"
  else
    echo "no AOT cache (no prepared runtime, or JK6_AOT=off)"
  fi
}
echo "  $(aot "$JK6")"
if [ -n "$BASELINE" ]; then
  echo "baseline: $BASELINE"
  echo "  $(aot "$BASELINE")"
fi
printf 'CPUs: %s, load average before: %s, after: %s\n' "$(nproc)" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '\n%-52s %7s %7s %7s %8s %9s\n' "$ROUNDS rounds, ms" median min max "/java" "/version"
row() { # LABEL SERIES
  local m lo hi
  read -r m lo hi < <(stats "$2")
  printf '%-52s %7d %7d %7d %7.1fx %8.2fx\n' "$1" "$m" "$lo" "$hi" "$(echo "$m / $jm" | bc -l)" "$(echo "$m / $vm" | bc -l)"
}
row "java -version (wall)" java
for tag in jk6 ${BASELINE:+base}; do
  [ "$tag" = base ] && echo "baseline:"
  row "$tag version (wall)" "$tag.version"
  row "$tag run 1 VU: launch -> first iteration (wall)" "$tag.first"
  row "$tag run 1 VU, 1 iteration: launch -> exit (wall)" "$tag.total"
  if [ ${#TIME[@]} -gt 0 ]; then
    row "$tag version (CPU user+sys)" "$tag.version.cpu"
    row "$tag run 1 VU, 1 iteration (CPU user+sys)" "$tag.run.cpu"
  fi
done
