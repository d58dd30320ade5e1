#!/usr/bin/env bash
# Records the image's AOT cache at build time: what `jk6 prepare` makes on a workstation, made
# once for every container (each container starts anew, so one made on first use would be lost).
#   image/aot-cache.sh IMAGE_ROOT      (IMAGE_ROOT/opt/java: the image's runtime; IMAGE_ROOT/opt/jk6: jk6)
# The JVM accepts an AOT cache only at the paths and with the jar times it was recorded with: the
# training runs in a private mount namespace where IMAGE_ROOT/opt is /opt, on files whose times are
# jib's (1970-01-01T00:00:01Z, jib's default for every file of a layer). The cache goes to
# /opt/jk6/lib/aot/jk6.aot, where bin/jk6 finds it. Where no mount namespace can be had (no root, no
# user namespaces), the image is built without it and this says so: it then starts the normal way.
set -euo pipefail
root="$(realpath "$1")"
[ -x "$root/opt/java/bin/java" ] && [ -x "$root/opt/jk6/bin/jk6" ] || { echo "aot-cache.sh: no $root/opt/java or $root/opt/jk6" >&2; exit 1; }
if [ "${JK6_IMAGE_AOT:-on}" = off ]; then
  echo "aot-cache.sh: JK6_IMAGE_AOT=off: the image gets no AOT cache" >&2
  exit 0
fi
as_root=()
[ "$(id -u)" = 0 ] || as_root=(--map-root-user)
if ! unshare --mount "${as_root[@]}" true 2>/dev/null; then
  echo "aot-cache.sh: no mount namespace here (unshare --mount failed): the image gets no AOT cache and starts about twice as slow" >&2
  exit 0
fi

# jib's time for every file: the cache records the jars' times and checks them at each start
find "$root/opt" -exec touch -h -d @1 {} +
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deploy" "$root/opt/jk6/lib/aot"
cp "$root/opt/jk6/lib/aot-training.js" "$work/training.js"
# bin/jk6 itself records it (JK6_AOT_RECORD): the same JVM options as every later start
unshare --mount "${as_root[@]}" bash -c '
  set -e
  mount --bind "$1/opt" /opt
  cd "$2"
  JAVA_HOME=/opt/java JK6_HOME=/opt/jk6 XDG_CACHE_HOME="$2/cache" JK6_AOT_RECORD=/opt/jk6/lib/aot/jk6.aot \
    bash /opt/jk6/bin/jk6 run -q training.js
' _ "$root" "$work" >"$work/training.log" 2>&1 || { cat "$work/training.log" >&2; echo "aot-cache.sh: the training run failed" >&2; exit 1; }
[ -s "$root/opt/jk6/lib/aot/jk6.aot" ] || { cat "$work/training.log" >&2; echo "aot-cache.sh: no AOT cache written" >&2; exit 1; }
stat -c %s "$root/opt/jk6/lib/aot/jk6.aot" >"$root/opt/jk6/lib/aot/complete"
touch -h -d @1 "$root/opt/jk6/lib/aot" "$root/opt/jk6/lib/aot/"*
echo "aot-cache.sh: recorded $(du -m "$root/opt/jk6/lib/aot/jk6.aot" | cut -f1) MB of AOT cache" >&2
