# Sourced by the bench scripts. install_missing LOG PKG...: installs the Debian packages with
# apt-get (one update, one install; output in LOG), or dies naming them when not root. Calls
# `die` (the caller's) on failure; does nothing without packages.
install_missing() {
  local log=$1; shift
  [ $# -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "missing $*; run as root or: apt-get install $*"
  command -v apt-get >/dev/null 2>&1 || die "missing $* and no apt-get to install them"
  echo "installing Debian packages: $*" >&2
  { timeout 300 apt-get update -q && DEBIAN_FRONTEND=noninteractive timeout 600 \
      apt-get install -y -q --no-install-recommends "$@"; } >"$log" 2>&1 ||
    { tail -n 30 "$log" >&2; die "apt-get install $* failed"; }
}
