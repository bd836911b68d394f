# Builds the release site as users get it and serves it on a free loopback port with fresh demo
# data; sourced by the measuring scripts. Sets $port and $base; stops the server on exit.

release_server_start() {
  scripts/lib/build-site --release >/dev/null 2>&1 || scripts/lib/build-site --release
  scripts/lib/precompress target/site/pkg
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  release_data=$(mktemp -d /tmp/samla-release.XXXXXX)
  SAMLA_ADDR="127.0.0.1:$port" SAMLA_DATA_DIR="$release_data" SAMLA_SITE_ROOT="$SAMLA_ROOT/target/site" SAMLA_LOG=warn \
    "$CARGO_TARGET_DIR/release/samla-server" >"$release_data/server.log" 2>&1 &
  release_server=$!
  trap 'kill $release_server 2>/dev/null; rm -rf "$release_data"' EXIT
  for _ in $(seq 1 120); do curl -fsS "$base/healthz" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the release server did not start; its log:" >&2
  cat "$release_data/server.log" >&2
  return 1
}
