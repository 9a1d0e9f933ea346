#!/bin/sh
# The image's entrypoint (installed by install.sh next to node_modules/). Starts codex-api with
# container defaults; every option can still be given as a flag after the image name or as its
# environment variable (README, Configuration). Defaults here:
#   HOST=0.0.0.0 (so CODEX_API_TOKEN is required, or --insecure-no-auth), PORT=8080 (h2c),
#   CODEX_API_HEALTH_PORT=8081 (/healthz, /readyz, /metrics over HTTP/1.1),
#   CODEX_API_WORKSPACE=/workspace, CODEX_HOME=/codex-home (both volumes), CODEX_API_LOG_FORMAT=json.
# Refuses to run as root: the agent's escalated commands run as this user.
set -eu

PREFIX=$(cd "$(dirname "$0")" && pwd -P)
export HOST="${HOST:-0.0.0.0}"
export PORT="${PORT:-8080}"
export CODEX_API_HEALTH_PORT="${CODEX_API_HEALTH_PORT:-8081}"
export CODEX_API_WORKSPACE="${CODEX_API_WORKSPACE:-/workspace}"
export CODEX_HOME="${CODEX_HOME:-/codex-home}"
export CODEX_API_LOG_FORMAT="${CODEX_API_LOG_FORMAT:-json}"

if [ "$(id -u)" = 0 ] && [ "${CODEX_API_ALLOW_ROOT:-}" != 1 ]; then
  echo "entrypoint: refusing to run as root (run the image with a non-root --user; CODEX_API_ALLOW_ROOT=1 overrides)" >&2
  exit 77
fi
for dir in "$CODEX_API_WORKSPACE" "$CODEX_HOME"; do
  if [ ! -d "$dir" ] || [ ! -w "$dir" ]; then
    echo "entrypoint: $dir is not a directory this user ($(id -u)) can write: mount a volume there owned by it" >&2
    exit 73
  fi
done
# HOME for the engine and git when the passwd entry's home is not writable (read-only root).
if [ -z "${HOME:-}" ] || [ ! -w "${HOME:-/nonexistent}" ]; then export HOME="$CODEX_HOME"; fi

exec node "$PREFIX/node_modules/codex-api-server/dist/cli/server.js" "$@"
