#!/usr/bin/env bash
# Installs what the real-editor tests need: Debian's chromium, neovim, ripgrep,
# libkrb5-dev and a CJK font, and code-server (VS Code 1.100.3 on Node 20) into a cache folder outside
# the repository. Idempotent: every step is skipped when its result is already there.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE_DIR="${LECTERN_E2E_CACHE:-$HOME/.cache/lectern-e2e}"
CS_DIR="$CACHE_DIR/code-server-$CODE_SERVER_VERSION"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v nvim >/dev/null 2>&1 || need_apt+=(neovim)
command -v rg >/dev/null 2>&1 || need_apt+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
# A CJK font, so the screenshot shows the drafts' text rather than empty boxes.
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need_apt+=(fonts-wqy-microhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "e2e-setup: apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  echo "e2e-setup: code-server $CODE_SERVER_VERSION already in $CS_DIR"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads a musl build of rg unless it finds this
# archive in its cache; Debian's rg in a tar.gz named the way it expects satisfies it.
TMP_BASE="${TMPDIR:-/tmp}"
RG_CACHE="$TMP_BASE/vscode-ripgrep-cache-1.15.11"
RG_TAR="$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$RG_TAR" ]; then
  mkdir -p "$RG_CACHE"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -C "$staging" -czf "$RG_TAR" rg
  rm -rf "$staging"
fi

echo "e2e-setup: installing code-server $CODE_SERVER_VERSION into $CS_DIR"
mkdir -p "$CS_DIR"
# node-pty's postinstall asks before running npx (npm_config_yes answers it); as root,
# code-server's postinstall refuses to run unless npm_config_unsafe_perm is true.
npm_config_yes=true npm_config_unsafe_perm=true npm install --prefix "$CS_DIR" --no-audit --no-fund --loglevel=error \
  "code-server@$CODE_SERVER_VERSION"
test -x "$CS_DIR/node_modules/.bin/code-server"
echo "e2e-setup: code-server installed"
