#!/usr/bin/env bash
# The container image test: builds the image offline (a Debian base from image/base.sh, jib through
# `mvn -Pimage`) and runs it with podman:
#   1. `jk6 version` says the JIT is active, as a non-root user, also with a read-only root;
#   2. a script from a mounted folder runs against `jk6 testserver` on the host (127.0.0.1,
#      --network=host) and passes; a crossed threshold gives k6's exit code 99 through the container;
#   3. the compare extension mounted into /opt/jk6/deploy is importable as k6/x/compare, and without
#      the mount the same script fails with 107;
#   4. the image is a k6-operator runner image (`k6` on the PATH, sh, grep, cat, mkdir, dirname, a
#      writable /tmp, the AOT cache), and the pods k6-operator creates for a TestRun with parallelism 2
#      (image/k6-operator/*.yaml: initializer, two runners, the curl starter) run with `podman kube
#      play`: the initializer prints pure JSON, both runners wait paused until the starter, answer
#      kubelet-like probes within 1 s, and their iterations add up to the script's.
# Installs what it needs from Debian (podman, runc, catatonit, mmdebstrap, umoci, skopeo) when
# missing; skips, exit 0, only where podman cannot be installed. JK6_IMAGE_BASE=debian:bookworm-slim
# (or any base) uses that instead of building one. Traffic stays on this machine: 127.0.0.1, and for
# step 4 podman's pod network (a local bridge) between the pods, which send no load anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
. ./jdk25.sh
started=$SECONDS
phase() { echo "== image test: $* ($((SECONDS - started)) s)"; }

# --- tools ---
tools=(podman runc catatonit python3) # catatonit: kube play's pause (infra) container
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
pods=()          # podman pods this test played
extra_images=()  # images it made or loaded besides jk6's
extra_networks=() # networks kube play made
remove_pause=""  # "yes" when kube play made its pause image
cleanup() {
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  local pod
  for pod in ${pods[@]+"${pods[@]}"}; do podman pod rm --force "$pod" >/dev/null 2>&1 || true; done
  podman rm --force jk6-test-starter-build >/dev/null 2>&1 || true
  [ -z "$image" ] || podman rmi --force "$image" >/dev/null 2>&1 || true
  local other i
  for ((i = ${#extra_images[@]} - 1; i >= 0; i--)); do # the starter before its base
    podman rmi --force "${extra_images[i]}" >/dev/null 2>&1 || true
  done
  for other in ${extra_networks[@]+"${extra_networks[@]}"}; do podman network rm --force "$other" >/dev/null 2>&1 || true; done
  if [ -n "$remove_pause" ]; then
    for other in $(podman images -q --filter reference=localhost/podman-pause); do podman rmi --force "$other" >/dev/null 2>&1 || true; done
  fi
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

phase "a k6-operator runner image: k6 on the PATH and the initializer's tools"
run k6-tools --entrypoint sh "$image" -c 'for t in k6 sh grep cat mkdir dirname; do command -v "$t" || exit 1; done
  mkdir -p /tmp/k6op && echo writable > /tmp/k6op/x && cat /tmp/k6op/x'
expect k6-tools 0 '^/opt/jk6/bin/k6$' '^writable$'
run k6-aot --entrypoint k6 -e JAVA_OPTS=-Xlog:aot "$image" version
if grep -q 'gets no AOT cache' "$work/mvn.log"; then
  echo "skipped: k6-aot (no AOT cache in the image)"
else
  expect k6-aot 0 'Opened AOT cache /opt/jk6/lib/aot/jk6.aot' 'JIT compiler active'
fi

phase "k6-operator's pods for a TestRun with parallelism 2 (podman kube play)"
operator_test() {
  local k=image/k6-operator op="$work/k6-operator" base_image starter_image=localhost/jk6-test-starter:latest
  mkdir -p "$op"
  # the extensions' ConfigMap: the compare extension's jar as binaryData, mounted on /opt/jk6/deploy
  local jar
  jar="$(ls distribution/target/jk6/extensions/jk6-ext-compare-*.jar)"
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: jk6-extensions\nbinaryData:\n  %s: %s\n' \
    "$(basename "$jar")" "$(base64 -w 0 "$jar")" >"$op/extensions.yaml"
  podman network exists podman-default-kube-network || extra_networks+=(podman-default-kube-network)
  # kube play builds its pause image (localhost/podman-pause:VERSION-N) when it has none
  [ -n "$(podman images -q --filter reference=localhost/podman-pause)" ] || remove_pause=yes
  # the starter's image: the base plus curl (k6-operator's is curlimages/curl)
  if [[ "$base" == tar://* ]]; then
    base_image="$(podman load -q -i "${base#tar://}" | sed -n 's/^Loaded image[^:]*: *//p')"
    extra_images+=("$base_image")
  else
    base_image="$base"
  fi
  extra_images+=("$starter_image")
  podman run --network=host --name jk6-test-starter-build "$base_image" sh -c 'apt-get update -q &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends curl' >"$op/starter-build.log" 2>&1 &&
    podman commit -q jk6-test-starter-build "$starter_image" >/dev/null ||
    { tail -n 20 "$op/starter-build.log" >&2; fail "operator: cannot build the starter image (apt-get install curl)"; return; }
  podman rm jk6-test-starter-build >/dev/null
  play() { # play NAME: image/k6-operator/NAME.yaml with its placeholders filled, its ConfigMap given
    sed -e "s|@IMAGE@|$image|; s|@STARTER_IMAGE@|$starter_image|" \
      -e "s|@RUNNER_1@|${ip1:-}|; s|@RUNNER_2@|${ip2:-}|" "$k/$1.yaml" >"$op/$1.yaml"
    case "$1" in runner-*) pods+=("k6-sample-${1#runner-}") ;; *) pods+=("k6-sample-$1") ;; esac
    podman kube play --configmap "$k/configmap.yaml" --configmap "$op/extensions.yaml" "$op/$1.yaml" >"$op/$1.play" 2>&1 ||
      { cat "$op/$1.play" >&2; fail "operator: podman kube play $1.yaml failed"; return 1; }
  }
  exit_code() { timeout "$2" podman wait "$1" 2>/dev/null || echo "still running after $2 s"; }
  pod_ip() { podman inspect "$(podman pod inspect "$1" --format '{{.InfraContainerID}}')" \
    --format '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'; }

  # 1. the initializer: k6 archive, then k6 inspect --execution-requirements; its whole log is the JSON
  play initializer || return
  local rc
  rc="$(exit_code k6-sample-initializer-k6 120)"
  podman logs k6-sample-initializer-k6 >"$op/initializer.log" 2>&1
  if [ "$rc" != 0 ]; then
    fail "operator: the initializer exited $rc: $(head -c 2000 "$op/initializer.log")"; return
  fi
  if python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["maxVUs"] == 4 and d["totalDuration"] == "1m30s", d' \
      "$op/initializer.log" 2>"$op/initializer.check"; then
    pass "operator: the initializer's log is one JSON document, maxVUs 4 (>= parallelism 2), totalDuration 1m30s"
  else
    fail "operator: the initializer's log is not k6's JSON: $(cat "$op/initializer.check") $(head -c 1000 "$op/initializer.log")"
  fi

  # 2. the runners: paused until the starter, probed from outside as kubelet does (1 s timeout)
  play runner-1 && play runner-2 || return
  ip1="$(pod_ip k6-sample-1)"
  ip2="$(pod_ip k6-sample-2)"
  local i ip n failed worst slowest status1 status2 ready="" probers=()
  for i in 1 2; do
    ip="$(pod_ip "k6-sample-$i")"
    ( while [ "$(podman inspect --format '{{.State.Running}}' "k6-sample-$i-k6" 2>/dev/null)" = true ]; do
        curl -s -o /dev/null -m 1 -w '%{http_code} %{time_total}\n' "http://$ip:6565/v1/status" || true
        sleep 0.5
      done ) >"$op/probes-$i.log" 2>&1 &
    probers+=($!)
  done
  for n in $(seq 1 120); do
    status1="$(curl -s -m 1 "http://$ip1:6565/v1/status" || true)"
    status2="$(curl -s -m 1 "http://$ip2:6565/v1/status" || true)"
    if [[ "$status1" == *'"status":4,'* && "$status2" == *'"status":4,'* ]]; then ready=yes; break; fi
    sleep 0.5
  done
  [ -n "$ready" ] || { fail "operator: the runners did not reach status 4 (paused, VUs ready) in 60 s: $status1 / $status2"; return; }
  sleep 2 # the starter comes when the operator sees every runner ready: nothing may start before it
  status1="$(curl -s -m 1 "http://$ip1:6565/v1/status" || true)"
  status2="$(curl -s -m 1 "http://$ip2:6565/v1/status" || true)"
  if [[ "$status1" == *'"status":4,"paused":true,"vus":0,"vus-max":2,'* && "$status2" == *'"status":4,"paused":true,"vus":0,"vus-max":2,'* ]] &&
      ! grep -q 'iterations' <(podman logs k6-sample-1-k6 2>&1; podman logs k6-sample-2-k6 2>&1); then
    pass "operator: both runners wait paused (status 4, 2 VUs each initialized, none running) for the starter"
  else
    fail "operator: a runner did not wait for the starter: $status1 / $status2"
  fi

  # 3. the starter: one curl PATCH per runner; then the runners run their halves and exit
  play starter || return
  rc="$(exit_code k6-sample-starter-k6-curl 60)"
  podman logs k6-sample-starter-k6-curl >"$op/starter.log" 2>&1
  if [ "$rc" = 0 ] && [ "$(grep -c '"http_code":200' "$op/starter.log")" = 2 ]; then
    pass "operator: the starter's two PATCH /v1/status got 200"
  else
    fail "operator: the starter exited $rc: $(cat "$op/starter.log")"
  fi
  local total=0 count
  for i in 1 2; do
    rc="$(exit_code "k6-sample-$i-k6" 90)"
    podman logs "k6-sample-$i-k6" >"$op/runner-$i.log" 2>&1
    # the runner's --summary-export, from its emptyDir
    podman cp "k6-sample-$i-k6:/out/summary.json" "$op/summary-$i.json" >/dev/null 2>&1 || true
    count="$(python3 -c 'import json, sys; m = json.load(open(sys.argv[1]))["metrics"]
print(m["iterations"]["count"], m["checks"]["passes"], m["checks"]["fails"])' "$op/summary-$i.json" 2>/dev/null || echo none)"
    if [ "$rc" = 0 ] && [ "$count" = "15 15 0" ]; then
      pass "operator: runner $i exited 0 after its 15 iterations, each calling the extension from the ConfigMap"
      total=$((total + 15))
    else
      fail "operator: runner $i exited $rc with $count iterations: $(tail -n 30 "$op/runner-$i.log")"
    fi
  done
  [ "$total" = 30 ] && pass "operator: the runners' iterations add up to the script's 30"
  for i in 1 2; do podman stop -t 1 "k6-sample-$i-k6" >/dev/null 2>&1 || true; done # (if still running)
  wait "${probers[@]}" # the probe loops end with their runners
  local probes verdict
  for i in 1 2; do
    # kubelet's view from the first answer to the last (the API closes just before the exit): a probe
    # fails when it gets no 200 within its 1 s timeout, and 3 failures in a row restart the pod
    probes="$(awk '/^200 / { printf "%s", held; held = ""; print; on = 1; next } on { held = held $0 "\n" }' "$op/probes-$i.log")"
    verdict="$(echo "$probes" | awk 'BEGIN { failed = 0; worst = 0; slowest = 0 } NF { ok = ($1 == 200 && $2 < 1); n++; if (!ok) { failed++; run++ } else run = 0;
        if (run > worst) worst = run; if ($2 > slowest) slowest = $2 }
      END { printf "%d %d %d %s", n, failed, worst, slowest }')"
    read -r n failed worst slowest <<<"$verdict"
    if [ -n "$probes" ] && [ "$n" -gt 0 ] && [ "$worst" -lt 3 ]; then
      pass "operator: $n probes of runner $i, $failed without a 200 within 1 s (3 in a row fail kubelet's), slowest ${slowest} s"
    else
      fail "operator: runner $i failed kubelet's probes ($failed of $n without 200 in 1 s, $worst in a row): $(cat "$op/probes-$i.log")"
    fi
  done
}
operator_test

phase "done: ${#failures[@]} failure(s)"
[ ${#failures[@]} = 0 ] || { printf 'FAIL: %s\n' "${failures[@]}" >&2; exit 1; }
