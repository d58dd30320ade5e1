# Sourced by test.sh: the real backends the outputs' tests write to and read back (Debian
# packages), installed when missing: InfluxDB 1.x for --out influxdb, Prometheus (its remote write
# receiver) for --out experimental-prometheus-rw, headless Chromium for the web dashboard's pages
# (--out web-dashboard), PostgreSQL for the k6/x/sql extension (extensions/sql). The tests start
# their own servers on 127.0.0.1 with temporary data (PostgreSQL's as the postgres user when run
# as root); a missing backend fails its tests with a message (PostgreSQL's skip, unless CI is set).
backends_missing=()
[ -x /usr/bin/influxd ] || backends_missing+=(influxdb)
[ -x /usr/bin/prometheus ] || backends_missing+=(prometheus)
[ -x /usr/bin/chromium ] || backends_missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || backends_missing+=(postgresql)
if [ ${#backends_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${backends_missing[*]} (Debian) for the outputs' tests"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${backends_missing[@]}" >/dev/null
  else
    echo "the outputs' and extensions' tests need the Debian packages: ${backends_missing[*]} (run ./test.sh as root to install them)" >&2
  fi
fi
