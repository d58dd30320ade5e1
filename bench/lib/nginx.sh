# Sourced by the bench scripts: a private nginx on 127.0.0.1 as the load target: one worker, no
# access log, keep-alive for the whole run, a 350-byte static file (a small JSON answer's size).
#
#   start_nginx DIR   starts it with its files in DIR; sets NGINX_PID and NGINX_URL (the file's URL)
#   stop_nginx        stops it (TERM, then KILL after 5 s); safe to call twice or before start
# Needs python3 (a free port, the readiness probe). Calls `die` (the caller's) on failure.

NGINX_PID="" NGINX_URL=""

nginx_bin() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

start_nginx() {
  local dir=$1 nginx port temps m
  nginx="$(nginx_bin)"
  [ -n "$nginx" ] || die "no nginx (apt-get install nginx-light)"
  mkdir -p "$dir/www" "$dir/temp"
  head -c 349 /dev/zero | tr '\0' 'x' >"$dir/www/file"; echo >>"$dir/www/file"
  temps="client_body_temp_path $dir/temp/body;"
  for m in proxy fastcgi uwsgi scgi; do # name only the temp paths of modules this nginx has
    "$nginx" -V 2>&1 | grep -q -- "--without-http_${m}_module" || temps+=" ${m}_temp_path $dir/temp/$m;"
  done
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
worker_rlimit_nofile 16384;
events { worker_connections 8192; }
http {
  access_log off; default_type text/plain; sendfile on; tcp_nodelay on;
  keepalive_requests 100000000; keepalive_timeout 300s;
  open_file_cache max=16 inactive=300s; open_file_cache_valid 300s;
  $temps
  server { listen 127.0.0.1:$port; root $dir/www; }
}
CONF
  # mktemp -d is 0700; as root the worker runs as nobody and must be able to read the file
  chmod 755 "$(dirname "$dir")" "$dir" "$dir/www"; chmod 644 "$dir/www/file"
  "$nginx" -p "$dir/" -c "$dir/nginx.conf" -e "$dir/error.log" >"$dir/start.log" 2>&1 &
  NGINX_PID=$!
  NGINX_URL="http://127.0.0.1:$port/file"
  for _ in $(seq 1 100); do
    python3 -c 'import sys,urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$NGINX_URL" 2>/dev/null && return 0
    kill -0 "$NGINX_PID" 2>/dev/null || break
    sleep 0.1
  done
  cat "$dir/start.log" "$dir/error.log" >&2 2>/dev/null || true
  die "nginx did not answer on $NGINX_URL"
}

stop_nginx() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill -TERM "$NGINX_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$NGINX_PID" 2>/dev/null || true
  fi
  NGINX_PID=""
}
