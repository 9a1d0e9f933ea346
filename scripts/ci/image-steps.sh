#!/usr/bin/env bash
# The container image's steps, outside a container (none can run on the CI machine): packs the
# package, runs deploy/image/install.sh as a non-root user into a fresh folder, starts
# deploy/image/entrypoint.sh as that user on a scripted model with a token, waits for /readyz on the
# HTTP/1.1 health port, runs one turn with the installed demo client (its command runs in the
# engine's bubblewrap sandbox, not escalated: the check is that it ran in its own PID namespace and
# wrote into the workspace as that user), then stops the server with SIGTERM and checks it drained.
# What this does not check: the Dockerfile's own build, the base image, the seccomp profile and
# the docker/kubernetes run flags (docs/deploy.md says so).
# Loopback only; one temporary folder, removed at the end. Exit 0 = all passed. As root it creates
# the user codex-api-ci (useradd) if missing, and removes it at the end; as another user it runs
# everything as that user.
set -euo pipefail
set -m # the server gets its own process group

REPO=$(cd "$(dirname "$0")/../.." && pwd -P)
HERE="$REPO/scripts/ci/image-steps"
START=$SECONDS
RUN_USER=codex-api-ci
CREATED_USER=""

say() { printf '[image-steps %3ss] %s\n' "$((SECONDS - START))" "$*"; }
fail() {
  if [ -n "${SERVER_PID:-}" ] && [ -f "${TMP:-/nonexistent}/logs/server.log" ]; then
    printf -- '--- the server log (last lines):\n' >&2
    tail -n 20 "$TMP/logs/server.log" >&2
  fi
  printf '\nimage-steps: FAILED: %s\n' "$*" >&2
  exit 1
}
for tool in node npm tar timeout curl; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done

# "${AS_USER[@]}" CMD...: runs CMD as the image's user (with env -i: a clean environment, as in a container).
if [ "$(id -u)" = 0 ]; then
  command -v runuser >/dev/null || fail "runuser (util-linux) is not installed"
  if ! id -u "$RUN_USER" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_USER" ||
      fail "useradd $RUN_USER failed"
    CREATED_USER=1
    trap 'userdel "$RUN_USER" 2>/dev/null || true' EXIT # until the full cleanup below takes over
    say "created the user $RUN_USER (removed at the end)"
  fi
  AS_USER=(runuser -u "$RUN_USER" --)
else
  RUN_USER=$(id -un)
  AS_USER=()
fi
RUN_UID=$(id -u "$RUN_USER")
[ "$RUN_UID" != 0 ] || fail "the image's user must not be root"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/codex-api-image.XXXXXX")
TMP=$(cd "$TMP" && pwd -P)
chmod 0755 "$TMP"
SERVER_PID=""
# shellcheck source=scripts/ci/lib.sh
. "$REPO/scripts/ci/lib.sh"
leftovers() { leftovers_under "$TMP/opt/"; } # processes still running the installed code
cleanup() {
  local code=$?
  stop_server || true
  local pids
  pids=$(leftovers)
  if [ -n "$pids" ]; then
    echo "image-steps: killing leftover processes: $pids" >&2
    kill -KILL $pids 2>/dev/null || true
  fi
  rm -rf "$TMP"
  if [ -n "$CREATED_USER" ]; then userdel "$RUN_USER" 2>/dev/null || echo "image-steps: could not remove the user $RUN_USER" >&2; fi
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$TMP/pack" "$TMP/logs" "$TMP/opt" "$TMP/workspace" "$TMP/codex-home" "$TMP/tmp"
# run LOG TIMEOUT CMD...
run() {
  local log=$1 limit=$2 code=0
  shift 2
  timeout --kill-after=5 "$limit" "$@" >"$log" 2>&1 || code=$?
  if [ "$code" != 0 ]; then
    tail -n 40 "$log" >&2 || true
    [ "$code" = 124 ] && fail "timed out after ${limit}s: $*"
    fail "exit code $code: $*"
  fi
}

# ---------------------------------------------------------------- pack (the Dockerfile's first stage)
say "npm pack"
(cd "$REPO" && run "$TMP/logs/pack.log" 180 npm pack --pack-destination "$TMP/pack" --ignore-scripts=false)
TARBALL=$(ls "$TMP/pack"/*.tgz)
say "packed $(basename "$TARBALL")"

# ---------------------------------------------------------------- install.sh as the user
# The user's own npm cache, seeded from this user's (a Docker build would use a cache mount);
# the registry and proxies passed through, nothing else of this environment.
NPM_CACHE=$(npm config get cache)
if [ -d "$NPM_CACHE" ]; then cp -a "$NPM_CACHE" "$TMP/npm-cache"; else mkdir "$TMP/npm-cache"; fi
mkdir -p "$TMP/home"
chown -R "$RUN_USER:" "$TMP/npm-cache" "$TMP/opt" "$TMP/workspace" "$TMP/codex-home" "$TMP/tmp" "$TMP/home" "$TMP/logs"
chmod 0644 "$TARBALL"
USER_ENV=(env -i "PATH=$PATH" "HOME=$TMP/home" "TMPDIR=$TMP/tmp" "LANG=C.UTF-8"
  "npm_config_cache=$TMP/npm-cache" "npm_config_registry=$(npm config get registry)")
for var in HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
  if [ -n "${!var:-}" ]; then USER_ENV+=("$var=${!var}"); fi
done
say "deploy/image/install.sh as $RUN_USER (uid $RUN_UID) into an empty folder"
run "$TMP/logs/install.log" 300 "${AS_USER[@]}" "${USER_ENV[@]}" "$REPO/deploy/image/install.sh" "$TARBALL" "$TMP/opt/codex-api"
grep '^install.sh:' "$TMP/logs/install.log" | sed 's/^/    /'
[ "$(stat -c %u "$TMP/opt/codex-api/node_modules/codex-api-server/package.json")" = "$RUN_UID" ] ||
  fail "the install is not owned by $RUN_USER: install.sh did not run as that user"

# ---------------------------------------------------------------- the entrypoint as the user
TOKEN=$(node -e 'process.stdout.write(require("node:crypto").randomBytes(24).toString("hex"))')
printf '# image-steps workspace\n' >"$TMP/workspace/README.md"
chown "$RUN_USER:" "$TMP/workspace/README.md"
cp "$HERE/model-script.json" "$TMP/model-script.json"
chmod 0644 "$TMP/model-script.json"
say "starting deploy/image/entrypoint.sh as $RUN_USER (scripted model, token, health port)"
# Loopback and free ports here; everything else the entrypoint's defaults (workspace, codex home,
# json logs) pointed at this run's folders. HOME unset, as with a passwd entry's unwritable home.
"${AS_USER[@]}" env -i "PATH=$PATH" "LANG=C.UTF-8" "TMPDIR=$TMP/tmp" HOST=127.0.0.1 PORT=0 CODEX_API_HEALTH_PORT=0 \
  "CODEX_API_WORKSPACE=$TMP/workspace" "CODEX_HOME=$TMP/codex-home" "CODEX_API_TOKEN=$TOKEN" \
  "CODEX_API_SCRIPTED_MODEL=$TMP/model-script.json" CODEX_API_LOG_LEVEL=info \
  "$TMP/opt/codex-api/entrypoint.sh" >"$TMP/logs/server.log" 2>&1 &
SERVER_PID=$!
disown
URL="" HEALTH=""
for _ in $(seq 1 300); do
  URL=$(sed -n 's/.*codex-api listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$TMP/logs/server.log" | head -n 1)
  HEALTH=$(sed -n 's/.*health port listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$TMP/logs/server.log" | head -n 1)
  [ -n "$URL" ] && [ -n "$HEALTH" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the entrypoint exited before listening"
  sleep 0.2
done
[ -n "$URL" ] && [ -n "$HEALTH" ] || fail "the server did not log both listeners within 60 s"
say "listening on $URL, health port $HEALTH"
ready=""
for _ in $(seq 1 150); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$HEALTH/readyz" || true)
  [ "$code" = 200 ] && { ready=1; break; }
  sleep 0.2
done
[ -n "$ready" ] || fail "GET $HEALTH/readyz did not answer 200 within 30 s (last: $code)"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$HEALTH/healthz")
[ "$code" = 200 ] || fail "GET /healthz on the health port answered $code"
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$HEALTH/metrics")
[ "$code" = 401 ] || fail "GET /metrics without the token answered $code, not 401"
say "health port: /readyz 200, /healthz 200, /metrics 401 without the token"

say "one turn with the installed demo client (token from CODEX_API_TOKEN)"
run "$TMP/logs/demo-client.log" 90 "${AS_USER[@]}" env -i "PATH=$PATH" "HOME=$TMP/home" "LANG=C.UTF-8" "CODEX_API_TOKEN=$TOKEN" \
  "$TMP/opt/codex-api/node_modules/.bin/codex-api-demo-client" --url "$URL" --non-interactive --yes "image steps: one turn"
grep -q "image steps: turn done" "$TMP/logs/demo-client.log" || { cat "$TMP/logs/demo-client.log" >&2; fail "the demo client did not show the final message"; }
PROOF="$TMP/workspace/image-sandbox-proof.txt"
[ -f "$PROOF" ] || { cat "$TMP/logs/demo-client.log" >&2; fail "the sandboxed command did not write $PROOF"; }
# In the engine's bubblewrap sandbox a command runs in its own PID namespace, its parent PID 1
# (docs/engine-notes.md); outside it, its parent would be the engine's shell.
grep -qx "image-sandbox-ppid=1 uid=$RUN_UID" "$PROOF" || fail "the command did not run in the sandbox as $RUN_USER: $(cat "$PROOF")"
[ "$(stat -c %u "$PROOF")" = "$RUN_UID" ] || fail "the sandboxed command's file is not owned by $RUN_USER"
say "the turn completed; its command ran sandboxed: $(cat "$PROOF")"

say "stopping the server (SIGTERM to the entrypoint's process)"
stop_server || fail "the server did not stop within 20 s of SIGTERM"
sleep 0.5
[ -z "$(leftovers)" ] || fail "processes from the install still run after the server stopped: $(leftovers)"
grep -q "shutting down" "$TMP/logs/server.log" || { tail -n 20 "$TMP/logs/server.log" >&2; fail "the server did not shut down cleanly"; }
say "stopped cleanly"
say "passed in $((SECONDS - START)) s"
