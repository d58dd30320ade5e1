#!/usr/bin/env bash
# What a .ts script costs at start-up: wall time of `jk6 run -q` of the same 1-iteration test
# as script.js and as script.ts (types added, one imported .ts module), alternated ROUNDS times
# in the same run. The .ts run pays for sucrase (parse once per process) and one transform per
# file. No network traffic; every run ends by itself after one iteration.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
ROUNDS="${ROUNDS:-5}"
[ -x "$JK6" ] || { echo "no jk6 at $JK6: build it first (./demo.sh or ./test.sh)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/lib.js" <<'JS'
export function total(items) { return items.reduce((sum, i) => sum + i.price * i.count, 0); }
JS
cat >"$tmp/script.js" <<'JS'
import { check } from 'k6';
import { total } from './lib.js';
export const options = { vus: 1, iterations: 1 };
export default function () {
  const items = [{ price: 2, count: 3 }, { price: 5, count: 1 }];
  check(items, { 'total': (xs) => total(xs) === 11 });
}
JS
cat >"$tmp/lib.ts" <<'TS'
export interface Item { price: number; count: number }
export function total(items: Item[]): number { return items.reduce((sum: number, i: Item) => sum + i.price * i.count, 0); }
TS
cat >"$tmp/script.ts" <<'TS'
import { check } from 'k6';
import { Options } from 'k6/options';
import { Item, total } from './lib.ts';
export const options: Options = { vus: 1, iterations: 1 };
export default function (): void {
  const items: Item[] = [{ price: 2, count: 3 }, { price: 5, count: 1 }];
  check(items, { 'total': (xs: Item[]) => total(xs) === 11 });
}
TS

run() { # prints wall milliseconds of one run
  local start end
  start=$(date +%s%N)
  (cd "$tmp" && "$JK6" run -q "$1" >/dev/null 2>&1) || { echo "jk6 run $1 failed" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

run script.js >/dev/null # warm the file cache
js=(); ts=()
for _ in $(seq "$ROUNDS"); do
  js+=("$(run script.js)")
  ts+=("$(run script.ts)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mj=$(median "${js[@]}"); mt=$(median "${ts[@]}")
echo "script.js wall ms: ${js[*]}  (median $mj)"
echo "script.ts wall ms: ${ts[*]}  (median $mt)"
awk -v j="$mj" -v t="$mt" 'BEGIN { printf "ts/js: %.2f  (+%d ms)\n", t / j, t - j }'
