#!/usr/bin/env bash
# The package as users get it: `npm pack` (prepack builds), the tarball's contents checked, then
# installed with --omit=dev into an empty folder with a fresh HOME, and run from there: the
# commands' --version, the server on a scripted model, one turn with the installed demo client,
# one with the installed client library, and a type-check of a consumer against its types.
# Everything on 127.0.0.1 and in one temporary folder, removed at the end. Exit 0 = all passed.
# Needs network access to the npm registry (or a warm npm cache); reuses this user's npm cache.
set -euo pipefail
set -m # background jobs get their own process group, so the server is stopped with all it started

REPO=$(cd "$(dirname "$0")/../.." && pwd -P)
HERE="$REPO/scripts/ci/packed-install"
START=$SECONDS

fail() {
  if [ -n "${SERVER_PID:-}" ] && [ -f "$TMP/logs/server.log" ]; then
    printf -- '--- the server log (last lines):\n' >&2
    tail -n 20 "$TMP/logs/server.log" >&2
  fi
  printf '\npacked-install: FAILED: %s\n' "$*" >&2
  exit 1
}
say() { printf '[packed-install %3ss] %s\n' "$((SECONDS - START))" "$*"; }
# run LOG TIMEOUT CMD...: runs a command with a deadline, output to LOG, shown when it fails.
# With IN_APP=1 (see in_app) it runs in the clean environment.
run() {
  local log=$1 limit=$2
  shift 2
  local code=0 env=()
  if [ "${IN_APP:-}" = 1 ]; then env=("${CLEAN_ENV[@]}"); fi
  timeout --kill-after=5 "$limit" "${env[@]}" "$@" >"$log" 2>&1 || code=$?
  if [ "$code" != 0 ]; then
    tail -n 40 "$log" >&2 || true
    [ "$code" = 124 ] && fail "timed out after ${limit}s: $*"
    fail "exit code $code: $*"
  fi
}

for tool in node npm npx tar timeout; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
TSC="$REPO/node_modules/.bin/tsc"
[ -x "$TSC" ] || fail "$TSC is missing: run npm ci in $REPO first"
VERSION=$(node -p 'require(process.argv[1]).version' "$REPO/package.json")
NAME=$(node -p 'require(process.argv[1]).name' "$REPO/package.json")
NPM_CACHE=$(npm config get cache)
NPM_REGISTRY=$(npm config get registry)

TMP=$(mktemp -d "${TMPDIR:-/tmp}/codex-api-packed.XXXXXX")
TMP=$(cd "$TMP" && pwd -P)
SERVER_PID=""
TSC_PID=""

# shellcheck source=scripts/ci/lib.sh
. "$REPO/scripts/ci/lib.sh"
leftovers() { leftovers_under "$TMP/app/node_modules/"; } # processes still running the installed code
cleanup() {
  local code=$?
  if [ -n "$TSC_PID" ]; then kill -TERM -- "-$TSC_PID" 2>/dev/null || true; fi
  stop_server || true
  local pids
  pids=$(leftovers)
  if [ -n "$pids" ]; then
    echo "packed-install: killing leftover processes: $pids" >&2
    kill -KILL $pids 2>/dev/null || true
  fi
  rm -rf "$TMP"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$TMP/pack" "$TMP/unpacked" "$TMP/home" "$TMP/app" "$TMP/workspace" "$TMP/codex-home" "$TMP/logs"

# ---------------------------------------------------------------- pack and look inside
say "npm pack (prepack builds dist/)"
(cd "$REPO" && run "$TMP/logs/pack.log" 180 npm pack --pack-destination "$TMP/pack" --json --ignore-scripts=false)
TARBALL="$TMP/pack/$NAME-$VERSION.tgz"
[ -f "$TARBALL" ] || fail "npm pack wrote no $TARBALL (see its output above)"
tar -xzf "$TARBALL" -C "$TMP/unpacked"
say "$(basename "$TARBALL"): checking its contents"
node "$HERE/check-tarball.mjs" "$TARBALL" "$TMP/unpacked/package" || fail "the tarball's contents are wrong (above)"

# ---------------------------------------------------------------- install into an empty folder
# A fresh HOME (no ~/.codex, ~/.npmrc or global installs of this user), this user's npm cache and
# registry, proxies passed through; nothing else of the caller's environment.
CLEAN_ENV=(env -i "PATH=$PATH" "HOME=$TMP/home" "TMPDIR=$TMP" "LANG=${LANG:-C.UTF-8}"
  "npm_config_cache=$NPM_CACHE" "npm_config_registry=$NPM_REGISTRY" "npm_config_update_notifier=false"
  "npm_config_fund=false" "npm_config_audit=false")
for var in HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
  if [ -n "${!var:-}" ]; then CLEAN_ENV+=("$var=${!var}"); fi
done
# in_app LOG TIMEOUT CMD...: run, in the install folder with the clean environment.
in_app() {
  local log=$1 limit=$2
  shift 2
  (cd "$TMP/app" && IN_APP=1 run "$log" "$limit" "$@")
}

printf '{ "name": "packed-install-check", "version": "0.0.0", "private": true, "type": "module" }\n' >"$TMP/app/package.json"
say "npm install --omit=dev the tarball into an empty folder"
in_app "$TMP/logs/install.log" 300 npm install --omit=dev --no-audit --no-fund "$TARBALL"
[ -f "$TMP/app/node_modules/$NAME/package.json" ] || fail "the install has no node_modules/$NAME"
for dev in fast-check typescript tsx vitest; do
  [ ! -e "$TMP/app/node_modules/$dev" ] || fail "the install pulled the dev dependency $dev"
done

# ---------------------------------------------------------------- types, as a consumer sees them
# In the background meanwhile. nodenext is the strictest resolution (exports, extensions);
# skipLibCheck false checks the shipped .d.ts too, and a missing one fails.
cp "$HERE/consumer.ts" "$TMP/app/consumer.ts"
# The README's client-library example, type-checked (checkJs) and run below as a user would.
cp "$REPO/examples/client-library.mjs" "$TMP/app/client-library.mjs"
cat >"$TMP/app/tsconfig.json" <<EOF
{
  "compilerOptions": {
    "target": "ES2022", "module": "nodenext", "moduleResolution": "nodenext", "strict": true,
    "noEmit": true, "skipLibCheck": false, "types": ["node"], "typeRoots": ["$REPO/node_modules/@types"],
    "allowJs": true, "checkJs": true
  },
  "files": ["consumer.ts", "client-library.mjs"]
}
EOF
say "tsc on a consumer of $NAME/client and /scripted-model (in the background)"
in_app "$TMP/logs/tsc.log" 180 "$TSC" -p tsconfig.json &
TSC_PID=$!

# ---------------------------------------------------------------- the commands
# --no: never fetch a package of that name from the registry (npm's `codex-api` is another package).
# --: without it npm 11's npx takes --version, --help, --port, --workspace… as its own options.
for bin in codex-api codex-api-demo-client; do
  in_app "$TMP/logs/$bin-version.log" 30 npx --no -- "$bin" --version
  got=$(tail -n 1 "$TMP/logs/$bin-version.log")
  [ "$got" = "$VERSION" ] || fail "npx $bin --version printed '$got', package.json says $VERSION"
  say "npx $bin --version: $got"
done
in_app "$TMP/logs/codex-api-help.log" 30 npx --no -- codex-api --help
grep -q -- "--scripted-model" "$TMP/logs/codex-api-help.log" || fail "codex-api --help does not list --scripted-model"

# ---------------------------------------------------------------- the server, on a scripted model
cp "$HERE/model-script.json" "$TMP/model-script.json"
printf '# packed-install workspace\n' >"$TMP/workspace/README.md"
say "starting the installed server (scripted model)"
(cd "$TMP/app" && exec "${CLEAN_ENV[@]}" npx --no -- codex-api --host 127.0.0.1 --port 0 \
  --scripted-model "$TMP/model-script.json" --workspace "$TMP/workspace" --codex-home "$TMP/codex-home" \
  >"$TMP/logs/server.log" 2>&1) &
SERVER_PID=$!
disown # stopped by process group below; no job-control notices
URL=""
for _ in $(seq 1 300); do
  URL=$(sed -n 's/.*listening on \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$TMP/logs/server.log" | head -n 1)
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited before listening"
  sleep 0.2
done
[ -n "$URL" ] || fail "the server did not say 'listening on' within 60 s"
say "server listening on $URL"
run "$TMP/logs/ready.log" 40 node "$HERE/wait-ready.mjs" "$URL" 30

say "one turn with the installed demo client"
in_app "$TMP/logs/demo-client.log" 90 npx --no -- codex-api-demo-client --url "$URL" --non-interactive --yes "packed install: demo client turn"
grep -q "packed install: turn done" "$TMP/logs/demo-client.log" || { cat "$TMP/logs/demo-client.log" >&2; fail "the demo client did not show the final message"; }
grep -q "packed-install-ok" "$TMP/logs/demo-client.log" || { cat "$TMP/logs/demo-client.log" >&2; fail "the demo client did not show the command output"; }

say "one turn with the installed client library (import \"$NAME/client\")"
cp "$HERE/client-turn.mjs" "$TMP/app/client-turn.mjs"
in_app "$TMP/logs/client-turn.log" 90 node client-turn.mjs "$URL"
say "$(tail -n 1 "$TMP/logs/client-turn.log")"

say "the README's client-library example (examples/client-library.mjs)"
in_app "$TMP/logs/client-library.log" 90 node client-library.mjs "$URL" "packed install: README example"
grep -q "^completed: packed install: turn done$" "$TMP/logs/client-library.log" || { cat "$TMP/logs/client-library.log" >&2; fail "the README's client-library example did not complete its turn"; }
say "$(head -n 1 "$TMP/logs/client-library.log")"

say "stopping the server (SIGTERM)"
stop_server || fail "the server did not stop within 20 s of SIGTERM"
say "server stopped"
sleep 0.5
[ -z "$(leftovers)" ] || fail "processes from the install still run after the server stopped: $(leftovers)"
grep -q "shutting down" "$TMP/logs/server.log" || { tail -n 20 "$TMP/logs/server.log" >&2; fail "the server did not shut down cleanly"; }

wait "$TSC_PID" || fail "tsc rejected a consumer of the installed package (above)"
TSC_PID=""
say "tsc (moduleResolution nodenext, skipLibCheck false) accepts a consumer of $NAME/client and /scripted-model"

say "passed in $((SECONDS - START)) s"
