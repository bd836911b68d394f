# Starts a throwaway PostgreSQL cluster on a free loopback port; sourced by scripts/test.
# Sets SAMLA_TEST_POSTGRES_URL and stops the cluster when the calling script exits.

pg_start() {
  local bin port
  bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -n 1)")
  PG_DIR=$(mktemp -d /tmp/samla-pg.XXXXXX)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local run=()
  # PostgreSQL refuses to run as root.
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >"$PG_DIR/initdb.log" 2>&1
  "${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop)
  export SAMLA_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ]; then "${PG_STOP[@]}" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; PG_DIR=; fi
}
