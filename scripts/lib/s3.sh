# Starts a throwaway S3 (moto's server) on a free loopback port; sourced by scripts/test.
# Creates the bucket samla-test, exports the AWS_* settings and SAMLA_TEST_S3_URL for the object
# store tests (domain/tests/file_store.rs); s3_stop ends the server and unsets them again.
# moto is installed once into a venv in the setup's cache and reinstalled only when the version
# pinned here changes.

S3_MOTO_VERSION=5.2.5
S3_VARS=(AWS_ENDPOINT AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_REGION AWS_ALLOW_HTTP SAMLA_TEST_S3_URL)

# s3_fail WHAT LOG: says what failed with the log's tail, stops what was started, returns 1.
s3_fail() {
  echo "s3_start: $1; the last lines of $2:" >&2
  tail -n 40 "$2" >&2
  s3_stop
  return 1
}

s3_start() {
  local venv="$SAMLA_CACHE/moto-venv" port
  S3_DIR=$(mktemp -d /tmp/samla-s3.XXXXXX)
  # The marker is written only after a whole install, and the import fails in a venv whose
  # python has gone (python3 upgraded), so a half-done or broken install is redone.
  if [ "$(cat "$venv/moto-version" 2>/dev/null)" != "$S3_MOTO_VERSION" ] \
    || ! "$venv/bin/python" -c 'import moto.server' 2>/dev/null; then
    rm -rf "$venv"
    if ! { python3 -m venv "$venv" \
      && "$venv/bin/pip" install --disable-pip-version-check --no-input "moto[server]==$S3_MOTO_VERSION"; } \
      >"$S3_DIR/pip.log" 2>&1; then
      rm -rf "$venv"
      s3_fail "installing moto[server]==$S3_MOTO_VERSION into $venv failed" "$S3_DIR/pip.log"
      return 1
    fi
    echo "$S3_MOTO_VERSION" >"$venv/moto-version"
  fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$S3_DIR/server.log" 2>&1 &
  S3_PID=$!
  local ready=
  for _ in $(seq 1 120); do
    if ! kill -0 "$S3_PID" 2>/dev/null; then
      s3_fail "moto_server exited" "$S3_DIR/server.log"
      return 1
    fi
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then ready=1; break; fi
    sleep 0.25
  done
  if [ -z "$ready" ]; then
    s3_fail "moto_server did not answer on port $port within 30 s" "$S3_DIR/server.log"
    return 1
  fi
  # Unsigned: moto does not check signatures. The bucket is made in the region the client signs for.
  if ! curl -fsS -o "$S3_DIR/bucket.log" -X PUT "http://127.0.0.1:$port/samla-test" \
    -d '<CreateBucketConfiguration><LocationConstraint>eu-north-1</LocationConstraint></CreateBucketConfiguration>' \
    2>>"$S3_DIR/server.log"; then
    s3_fail "creating the bucket samla-test failed" "$S3_DIR/server.log"
    return 1
  fi
  export AWS_ENDPOINT="http://127.0.0.1:$port" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test \
    AWS_REGION=eu-north-1 AWS_ALLOW_HTTP=true SAMLA_TEST_S3_URL=s3://samla-test
}

s3_stop() {
  if [ -n "${S3_PID:-}" ]; then kill "$S3_PID" 2>/dev/null; wait "$S3_PID" 2>/dev/null; S3_PID=; fi
  if [ -n "${S3_DIR:-}" ]; then rm -rf "$S3_DIR"; S3_DIR=; fi
  unset "${S3_VARS[@]}"
}
