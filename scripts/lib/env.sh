# Sourced by every script after scripts/setup: where builds are cached and which Rust toolchain
# builds the wasm (docs/SETUP.md).

SAMLA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SAMLA_ROOT

# Builds live outside the clone, so a fresh clone on a machine that built before reuses them.
# Nothing depends on this cache: an empty one only means a longer first build.
export SAMLA_CACHE="${SAMLA_CACHE:-$HOME/.cache/samla}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$SAMLA_CACHE/target}"
mkdir -p "$CARGO_TARGET_DIR"

# The tools (cargo-leptos, wasm-bindgen) are installed into CARGO_INSTALL_ROOT, else ~/.cargo;
# wasm-opt (npm binaryen) and Playwright come from end2end/node_modules.
export PATH="$SAMLA_ROOT/end2end/node_modules/.bin:${CARGO_INSTALL_ROOT:+$CARGO_INSTALL_ROOT/bin:}$HOME/.cargo/bin:$PATH"

# The route scripts/setup chose and remembered: rustup's wasm32 target, or Debian's rustc-web
# with its std source built by build-std and Debian's lld as the wasm linker (Debian ships no
# `rust-lld`, the name rustc looks for).
SAMLA_WASM_ROUTE=$(cat "$SAMLA_CACHE/wasm-route" 2>/dev/null || echo rustup)
if [ "$SAMLA_WASM_ROUTE" = debian ]; then
  export RUSTUP_TOOLCHAIN=debian-web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=$(compgen -G '/usr/bin/lld-[0-9]*' | sort -V | tail -n 1)
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER
fi
export SAMLA_WASM_ROUTE

say() { printf '\n==> %s\n' "$*"; }

