# Sourced by every script: where builds are cached and which Rust toolchain builds the wasm.

SAMLA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SAMLA_ROOT

# Builds live outside the clone, so a fresh clone on a machine that built before reuses them.
# Nothing depends on this cache: an empty one only means a longer first build.
export SAMLA_CACHE="${SAMLA_CACHE:-$HOME/.cache/samla}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$SAMLA_CACHE/target}"
mkdir -p "$CARGO_TARGET_DIR"

# wasm-opt (npm binaryen) and Playwright come from end2end/node_modules.
export PATH="$SAMLA_ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Which route gives the wasm32 standard library (see ../shared/TOOLCHAIN.md):
# rustup's target when installed, else Debian's rustc-web with its std source built by build-std.
# SAMLA_WASM_ROUTE=debian forces the fallback, to test it on a machine that has both.
if [ "${SAMLA_WASM_ROUTE:-}" != debian ] && rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  SAMLA_WASM_ROUTE=rustup
else
  SAMLA_WASM_ROUTE=debian
  export RUSTUP_TOOLCHAIN=debian-web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
fi
export SAMLA_WASM_ROUTE

say() { printf '\n==> %s\n' "$*"; }
