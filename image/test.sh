#!/usr/bin/env bash
# The container image test: builds the image offline (a Debian base from image/base.sh, jib through
# `mvn -Pimage`) and runs it with podman:
#   1. `jk6 version` says the JIT is active, as a non-root user, also with a read-only root;
#   2. a script from a mounted folder runs against `jk6 testserver` on the host (127.0.0.1,
#      --network=host) and passes; a crossed threshold gives k6's exit code 99 through the container;
#   3. the compare extension mounted into /opt/jk6/deploy is importable as k6/x/compare, and without
#      the mount the same script fails with 107.
# Installs what it needs from Debian (podman, runc, mmdebstrap, umoci, skopeo) when missing; skips,
# exit 0, only where podman cannot be installed. JK6_IMAGE_BASE=debian:bookworm-slim (or any base)
# uses that instead of building one. Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./jdk25.sh
started=$SECONDS
phase() { echo "== image test: $* ($((SECONDS - started)) s)"; }

# --- tools ---
tools=(podman runc)
[ -n "${JK6_IMAGE_BASE:-}" ] || tools+=(mmdebstrap umoci skopeo)
missing=()
for tool in "${tools[@]}"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    phase "installing ${missing[*]}"
    { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
      >/tmp/jk6-image-test-apt.log 2>&1 || { tail -n 20 /tmp/jk6-image-test-apt.log >&2; echo "image test: apt-get install ${missing[*]} failed" >&2; }
  fi
  if ! command -v podman >/dev/null; then
    echo "image test SKIPPED: podman is not installed and cannot be installed here (needs root and apt-get: apt-get install podman runc)" >&2
    exit 0
  fi
  for tool in "${tools[@]}"; do
    command -v "$tool" >/dev/null || { echo "image test: $tool is missing (apt-get install $tool)" >&2; exit 1; }
  done
fi

work="$(mktemp -d)"
chmod 755 "$work" # the image's user (uid 12345) reads the mounted folders
server=""
image=""
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  [ -z "$image" ] || podman rmi --force "$image" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# crun fails on this kind of kernel's cgroup layout, and podman's default ulimits exceed what root may set here
cat >"$work/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=4096:4096"]
[engine]
runtime = "runc"
EOF
export CONTAINERS_CONF="$work/containers.conf"

# --- build ---
if [ -n "${JK6_IMAGE_BASE:-}" ]; then
  base="$JK6_IMAGE_BASE"
else
  phase "building the Debian base (image/base.sh)"
  base="tar://$(image/base.sh "$work/base.tar" 2>"$work/base.log" | tail -n 1)" || { cat "$work/base.log" >&2; exit 1; }
fi
phase "building the image from $base (mvn -Pimage)"
rm -f image/target/jib-image.tar
mvn -B --no-transfer-progress -pl image -am package -Pimage -DskipTests \
  -Djk6.image.base="$base" -Djib.disableUpdateChecks=true >"$work/mvn.log" 2>&1 ||
  { tail -n 60 "$work/mvn.log" >&2; echo "image test: the image build failed" >&2; exit 1; }
phase "loading image/target/jib-image.tar ($(du -m image/target/jib-image.tar | cut -f1) MB)"
loaded="$(podman load -q -i image/target/jib-image.tar)"
image="$(echo "$loaded" | sed -n 's/^Loaded image[^:]*: *//p')"
[ -n "$image" ] || { echo "image test: podman load named no image" >&2; exit 1; }
echo "$image: $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%d MB", $1 / 1000000}')"

# --- checks ---
failures=()
fail() { echo "FAIL: $*" >&2; failures+=("$*"); }
pass() { echo "ok: $*"; }
# run NAME ARGS...: podman run --rm, stdout/stderr/exit code into $work/NAME.{out,err,rc}
run() {
  local name="$1"
  shift
  set +e
  podman run --rm "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
  set -e
}
expect() { # expect NAME RC PATTERN_IN_OUTPUT...: exit code RC and each pattern in stdout+stderr
  local name="$1" rc="$2" pattern ok=1
  shift 2
  [ "$(cat "$work/$name.rc")" = "$rc" ] || { fail "$name: exit code $(cat "$work/$name.rc"), expected $rc"; ok=0; }
  for pattern in "$@"; do
    # grep the files themselves: `cat | grep -q` fails at random under pipefail (SIGPIPE to cat)
    grep -q -e "$pattern" "$work/$name.out" "$work/$name.err" || { fail "$name: no '$pattern' in the output"; ok=0; }
  done
  if [ $ok = 1 ]; then pass "$name"; else sed 's/^/    /' "$work/$name.out" "$work/$name.err" >&2; fi
}

phase "jk6 version"
run version "$image" version
expect version 0 'JIT compiler active'
grep -q WARNING "$work/version.err" && fail "version: bin/jk6 warned: $(cat "$work/version.err")"
run uid --entrypoint id "$image" -u
expect uid 0 '^[1-9][0-9]*$'
run read-only --read-only "$image" version
expect read-only 0 'JIT compiler active'
# the AOT cache recorded at build time (image/aot-cache.sh) opens in every container, read-only too
run aot --read-only -e JAVA_OPTS=-Xlog:aot "$image" version
if grep -q 'gets no AOT cache' "$work/mvn.log"; then
  echo "skipped: aot (the image was built without an AOT cache: $(grep -m1 'gets no AOT cache' "$work/mvn.log"))"
else
  expect aot 0 'Opened AOT cache /opt/jk6/lib/aot/jk6.aot' 'JIT compiler active'
  grep -q '\[error' "$work/aot.out" "$work/aot.err" && fail "aot: the JVM refused the cache: $(grep -h '\[error' "$work/aot.out" "$work/aot.err")"
fi

phase "a script against jk6 testserver on the host (127.0.0.1)"
distribution/target/jk6/bin/jk6 testserver --port 0 >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 150); do grep -q 'listening on' "$work/server.log" && break; sleep 0.2; done
target="$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$work/server.log" | head -n 1)"
[ -n "$target" ] || { cat "$work/server.log" >&2; echo "image test: jk6 testserver did not start" >&2; exit 1; }
mkdir -p "$work/scripts" "$work/deploy" "$work/out"
chmod 777 "$work/out"
cat >"$work/scripts/test.js" <<'EOF'
import http from 'k6/http';
import { check } from 'k6';
export const options = { vus: 2, iterations: 20, thresholds: { checks: ['rate==1'] } };
export default function () {
  const res = http.get(`${__ENV.TARGET}/json`);
  check(res, { 'json has items': (r) => r.json().items.length === 3 });
}
EOF
cat >"$work/scripts/crossed.js" <<'EOF'
import http from 'k6/http';
export const options = { iterations: 3, thresholds: { http_reqs: ['count>1000'] } };
export default function () { http.get(`${__ENV.TARGET}/`); }
EOF
cat >"$work/scripts/compare.js" <<'EOF'
import compare from 'k6/x/compare';
export const options = { iterations: 1 };
export default function () { console.log(`compare ${compare.isGreater(2, 1)} ${compare.isGreater(1, 2)}`); }
EOF
chmod 644 "$work"/scripts/*
cp distribution/target/jk6/extensions/jk6-ext-compare-*.jar "$work/deploy/"
chmod 644 "$work"/deploy/*
run script --network=host -v "$work/scripts:/scripts:ro" -v "$work/out:/out" "$image" \
  run -e TARGET="$target" --summary-export /out/summary.json /scripts/test.js
expect script 0 'checks_succeeded.*100.00% 20 out of 20' 'http_reqs[ .:]*20 ' '✓ .rate==1'
grep -q '"http_reqs"' "$work/out/summary.json" 2>/dev/null && pass "summary export" ||
  fail "script: no http_reqs in the --summary-export file /out/summary.json"
run crossed --network=host -v "$work/scripts:/scripts:ro" "$image" run -e TARGET="$target" /scripts/crossed.js
expect crossed 99 "thresholds on metrics 'http_reqs' have been crossed"

phase "an extension mounted into /opt/jk6/deploy"
run extension -v "$work/deploy:/opt/jk6/deploy" -v "$work/scripts:/scripts:ro" "$image" run /scripts/compare.js
expect extension 0 'compare true false'
run no-extension -v "$work/scripts:/scripts:ro" "$image" run /scripts/compare.js
expect no-extension 107 'unknown module k6/x/compare'

phase "done: ${#failures[@]} failure(s)"
[ ${#failures[@]} = 0 ] || { printf 'FAIL: %s\n' "${failures[@]}" >&2; exit 1; }
