#!/usr/bin/env bash
# codex-api over TLS with a token, end to end on this machine: a self-signed certificate, the
# server on a free port, one turn with the demo client, then the server stops.
#   examples/tls-token.sh WORKSPACE ["prompt"]
# The server uses your Codex login or OPENAI_API_KEY; with CODEX_API_SCRIPTED_MODEL=FILE it plays
# a script instead (offline). To serve other machines, add --host 0.0.0.0 and a real certificate.
set -euo pipefail
workspace=${1:?usage: examples/tls-token.sh WORKSPACE [prompt]}
prompt=${2:-What is in this repository?}
here=$(cd "$(dirname "$0")" && pwd)
# The installed commands, or the built ones of a clone (npm run build).
if command -v codex-api >/dev/null; then server=(codex-api) client=(codex-api-demo-client)
else server=(node "$here/../dist/cli/server.js") client=(node "$here/../dist/cli/demo-client.js"); fi

dir=$(mktemp -d)
server_pid=
cleanup() { if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; rm -rf "$dir"; }
trap cleanup EXIT

openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
CODEX_API_TOKEN=$(openssl rand -hex 32)
export CODEX_API_TOKEN   # the server requires it; the demo client sends it

CODEX_API_USE_TLS=true CODEX_API_TLS_KEY_PATH="$dir/key.pem" CODEX_API_TLS_CERT_PATH="$dir/cert.pem" \
  "${server[@]}" --port 0 --workspace "$workspace" 2> "$dir/server.log" &
server_pid=$!
for _ in $(seq 300); do
  url=$(sed -n 's/^codex-api listening on \(https:[^ ]*\).*/\1/p' "$dir/server.log")
  if [ -n "$url" ] || ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "${url:-}" ]; then echo "the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; fi
echo "# $url (TLS, token required)" >&2

# "-" is a new session; --yes approves every prompt; --non-interactive exits 0 only if the turn completed.
"${client[@]}" --url "${url/127.0.0.1/localhost}" --ca "$dir/cert.pem" --yes --non-interactive - "$prompt"
