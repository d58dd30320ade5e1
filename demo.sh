#!/usr/bin/env bash
# Builds jk6 (once) and runs the bundled example load test (examples/demo.js) against the
# embedded test target, an HTTP server on 127.0.0.1. Extra arguments go to `jk6 run`.
set -euo pipefail
cd "$(dirname "$0")"
. ./jdk25.sh
DIST=distribution/target/jk6
if [ ! -x "$DIST/bin/jk6" ] || [ -n "${REBUILD:-}" ]; then
  echo "building jk6 (mvn install -DskipTests)..."
  mvn -B -q --no-transfer-progress install -DskipTests
fi
log="$(mktemp)"
"$DIST/bin/jk6" testserver --port 0 >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do
  grep -q 'listening on' "$log" && break
  sleep 0.1
done
target="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$log" | head -n 1)"
[ -n "$target" ] || { echo "the test server did not start:" >&2; cat "$log" >&2; exit 1; }
echo "test target: $target"
"$DIST/bin/jk6" run -e TARGET="$target" "$DIST/examples/demo.js" "$@"
