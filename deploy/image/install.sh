#!/bin/sh
# Installs the packed codex-api-server into PREFIX, production dependencies only, as the image's
# build step does (Dockerfile) and as CI does outside a container (scripts/ci/image-steps.sh):
#   deploy/image/install.sh PACKAGE.tgz PREFIX
# PREFIX gets node_modules/ (codex-api-server and the pinned engine) and entrypoint.sh. Needs node
# and npm; works as any user that can write PREFIX and the npm cache (npm_config_cache). Checks the
# installed server and engine start (--version) and that the engine's bundled bubblewrap is there.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 PACKAGE.tgz PREFIX" >&2
  exit 64
fi
TARBALL=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
PREFIX=$2
HERE=$(cd "$(dirname "$0")" && pwd -P)
[ -f "$TARBALL" ] || { echo "install.sh: no such package: $TARBALL" >&2; exit 66; }

mkdir -p "$PREFIX"
PREFIX=$(cd "$PREFIX" && pwd -P)
cd "$PREFIX"
[ ! -e node_modules ] || { echo "install.sh: $PREFIX/node_modules exists: install into an empty PREFIX" >&2; exit 73; }

printf '{ "name": "codex-api-image", "version": "0.0.0", "private": true }\n' >package.json
npm install --omit=dev --no-audit --no-fund --no-update-notifier "$TARBALL"

SERVER=$PREFIX/node_modules/codex-api-server/dist/cli/server.js
[ -f "$SERVER" ] || { echo "install.sh: $SERVER is missing" >&2; exit 70; }
for dev in typescript vitest tsx fast-check; do
  [ ! -e "node_modules/$dev" ] || { echo "install.sh: the dev dependency $dev was installed" >&2; exit 70; }
done
echo "install.sh: codex-api $(node "$SERVER" --version)"
echo "install.sh: engine $("$PREFIX/node_modules/.bin/codex" --version)"
# The engine sandboxes commands with the bubblewrap it ships (docs/engine-notes.md); no system bwrap
# is needed, but the platform package must be there.
BWRAP=$(find "$PREFIX/node_modules/@openai" -path '*codex-resources/bwrap' -type f 2>/dev/null | head -n 1)
[ -n "$BWRAP" ] && [ -x "$BWRAP" ] || { echo "install.sh: the engine's bundled bubblewrap is missing" >&2; exit 70; }
echo "install.sh: bubblewrap ${BWRAP#"$PREFIX"/}"

install -m 0755 "$HERE/entrypoint.sh" "$PREFIX/entrypoint.sh"
echo "install.sh: installed into $PREFIX"
