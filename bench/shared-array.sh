#!/usr/bin/env bash
# What k6/data's SharedArray saves: live heap after init with a ~10 MB JSON array that every VU
# reads, built with SharedArray (one copy per run) vs parsed by each VU (one copy per VU, the peer).
#   shared: 1 VU and $SHARED_VUS VUs;  per-VU copy: 1 VU and $COPY_VUS VUs (more would not fit)
# Live heap = "used" of jcmd GC.heap_info right after a full GC, once every VU is initialized.
# No network traffic; each run is stopped with SIGINT after the measurement (and ends by itself
# after 2 minutes anyway).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JK6="${JK6:-$here/../distribution/target/jk6/bin/jk6}"
JCMD="${JCMD:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd}"
SHARED_VUS="${SHARED_VUS:-1000}"
COPY_VUS="${COPY_VUS:-20}"
[ -x "$JK6" ] || { echo "no jk6 at $JK6: build it first (./demo.sh or ./test.sh)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# ~10 MB: 80,000 users of ~130 bytes of JSON each
python3 - "$tmp/users.json" <<'PY'
import json, sys
users = [{"id": i, "username": "user%06d" % i, "email": "user%06d@example.test" % i,
          "password": "p%012d" % (i * 7919), "roles": ["reader", "writer"]} for i in range(80000)]
open(sys.argv[1], "w").write(json.dumps(users))
PY
cat >"$tmp/shared.js" <<'JS'
import { SharedArray } from 'k6/data';
import { sleep } from 'k6';
const users = new SharedArray('users', () => JSON.parse(open('./users.json')));
export default function () { if (users[__VU % users.length].id < 0) throw new Error('bad data'); sleep(1); }
JS
cat >"$tmp/copy.js" <<'JS'
import { sleep } from 'k6';
const users = JSON.parse(open('./users.json'));
export default function () { if (users[__VU % users.length].id < 0) throw new Error('bad data'); sleep(1); }
JS

# live_heap SCRIPT VUS -> prints the live heap in KiB once all VUs are initialized
live_heap() {
  local script=$1 vus=$2 err="$tmp/run.err" pid used
  (cd "$tmp" && exec "$JK6" run -u "$vus" -d 2m "$script" >/dev/null 2>"$err") &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q "VUs initialized" "$err" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "jk6 ended early:" >&2; tail -n 20 "$err" >&2; exit 1; }
    sleep 0.5
  done
  sleep 2
  "$JCMD" "$pid" GC.run >/dev/null
  used=$("$JCMD" "$pid" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -n 1)
  kill -INT "$pid"
  wait "$pid" || true
  echo "$used"
}

s1=$(live_heap shared.js 1)
sn=$(live_heap shared.js "$SHARED_VUS")
c1=$(live_heap copy.js 1)
cn=$(live_heap copy.js "$COPY_VUS")
per_shared=$(((sn - s1) / (SHARED_VUS - 1)))
per_copy=$(((cn - c1) / (COPY_VUS - 1)))

printf '\n%-48s %12s\n' "live heap after init (users.json: $(($(stat -c %s "$tmp/users.json") / 1024)) KiB)" "KiB"
printf '%-48s %12d\n' "SharedArray, 1 VU" "$s1"
printf '%-48s %12d\n' "SharedArray, $SHARED_VUS VUs" "$sn"
printf '%-48s %12d\n' "per-VU copy (JSON.parse in init), 1 VU" "$c1"
printf '%-48s %12d\n' "per-VU copy, $COPY_VUS VUs" "$cn"
printf '%-48s %12d\n' "per VU with SharedArray" "$per_shared"
printf '%-48s %12d\n' "per VU with its own copy" "$per_copy"
echo "a VU costs x$(python3 -c "print(round($per_copy / max($per_shared, 1), 1))") less heap with SharedArray"
