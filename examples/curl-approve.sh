#!/usr/bin/env bash
# Full-duplex NDJSON over HTTP/2 with nothing but curl and bash: send one message, answer every
# approval prompt while the turn runs, stop when the turn ends.
#   examples/curl-approve.sh [URL] ["prompt"] [decision]
# URL defaults to http://127.0.0.1:8080, decision to allow (or deny); a token comes from
# $CODEX_API_TOKEN, a CA certificate for https:// from $CODEX_API_CA. Exit 0 when the turn
# completed, 1 otherwise.
set -euo pipefail
url=${1:-http://127.0.0.1:8080}
prompt=${2:-What is in this repository?}
decision=${3:-allow}
session="curl-$$"
auth=()
if [ -n "${CODEX_API_TOKEN:-}" ]; then auth=(-H "authorization: Bearer $CODEX_API_TOKEN"); fi
tls=(--http2-prior-knowledge)
case "$url" in https:*) tls=(--http2 ${CODEX_API_CA:+--cacert "$CODEX_API_CA"}) ;; esac

# curl sends what we write to its stdin as the request body goes and prints frames as they come
# (-N). "-T ." reads stdin without blocking: with "-T -" curl would wait on stdin and show
# nothing of the response meanwhile (and, with "-T .", curl 7.88 shows its progress meter even
# with --silent: hence --no-progress-meter). "expect:" stops it waiting for a 100-continue.
coproc CURL {
  exec curl --silent --show-error --no-progress-meter --no-buffer --fail-with-body "${tls[@]}" -X POST -T . \
    -H 'expect:' -H 'content-type: application/x-ndjson' "${auth[@]}" "$url/agent/stream"
}
# curl gone (refused, 401, a certificate it does not trust): it said why on stderr.
send() { if [ -n "${CURL[1]:-}" ]; then printf '%s\n' "$1" >&"${CURL[1]}"; else echo "curl exited; see its message above" >&2; exit 1; fi; }
json_string() { local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"; }

send "{\"type\":\"user_message\",\"sessionId\":\"$session\",\"content\":$(json_string "$prompt")}"
state=none
while IFS= read -r frame <&"${CURL[0]}"; do
  printf '%s\n' "$frame"
  case "$frame" in
    *'"type":"command_prompt"'*)
      id=$(printf '%s' "$frame" | sed -n 's/.*"commandId":"\([^"]*\)".*/\1/p')
      echo "# answering $id: $decision" >&2
      send "{\"type\":\"approve\",\"sessionId\":\"$session\",\"commandId\":\"$id\",\"decision\":\"$decision\"}" ;;
    *'"type":"status"'*)
      state=$(printf '%s' "$frame" | sed -n 's/.*"state":"\([a-z]*\)".*/\1/p')
      case "$state" in completed | failed | interrupted) break ;; esac ;;
  esac
done
# Ending the request body ends the stream (the server answers with terminate client_closed).
if [ -n "${CURL[1]:-}" ]; then exec {CURL[1]}>&-; fi
wait "$CURL_PID" || true
[ "$state" = completed ]
