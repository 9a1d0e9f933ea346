#!/usr/bin/env bash
# Runs the go command in clients/go with no module proxy and no network, against the golang.org/x
# sources that Debian's golang-golang-x-net-dev installs in /usr/share/gocode/src: a go.work in a
# temporary directory replaces golang.org/x/net and golang.org/x/text with them.
#   clients/go/offline.sh build ./...      clients/go/offline.sh test ./...      (any go command)
# GO_OFFLINE_SRC names another such directory. With network access you do not need this: plain
# `go build ./...` in clients/go fetches the versions go.mod requires.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
src=${GO_OFFLINE_SRC:-/usr/share/gocode/src}
for module in golang.org/x/net golang.org/x/text; do
  if [ ! -f "$src/$module/go.mod" ]; then
    echo "offline.sh: no $src/$module: apt-get install golang-go golang-golang-x-net-dev (or set GO_OFFLINE_SRC)" >&2
    exit 2
  fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/go.work" <<EOF
go 1.19

use $here

replace golang.org/x/net => $src/golang.org/x/net

replace golang.org/x/text => $src/golang.org/x/text
EOF
cd "$here"
# -buildvcs=false: a worktree or a tarball of this repository has no VCS information Go can read.
# CGO_ENABLED=0 (unless set): pure Go, so no C compiler is needed (golang-go only recommends gcc).
GOWORK="$work/go.work" GOPROXY=off GOFLAGS="-buildvcs=false ${GOFLAGS:-}" CGO_ENABLED="${CGO_ENABLED:-0}" go "$@"
