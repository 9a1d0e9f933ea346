# Shared by the CI scripts that run an installed codex-api (packed-install.sh, image-steps.sh):
# stopping the server's process group, and finding what still runs from an install.
# Source it after setting SERVER_PID="" (the pid of a process group leader).

# SIGTERM to the server's group, then up to 20 s; returns 1 if it had to be killed.
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  local pid=$SERVER_PID
  SERVER_PID=""
  kill -TERM -- "-$pid" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 -- "-$pid" 2>/dev/null || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  return 1
}

# The pids of processes whose command line contains $1 (the engine has its own process group,
# so stopping the server's group is not proof). Reads /proc: procps may not be installed.
leftovers_under() {
  local cmdline
  for cmdline in /proc/[0-9]*/cmdline; do
    tr '\0' ' ' 2>/dev/null <"$cmdline" | grep -qF -- "$1" && basename "$(dirname "$cmdline")"
  done
  true
}
