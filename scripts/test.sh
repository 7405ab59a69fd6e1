#!/usr/bin/env bash
# Runs every test of the solution: unit, property, grain (Orleans TestingHost), storage and end-to-end gRPC tests,
# plus buf lint, after checking the deployment (scripts/check-deployment.sh, needs docker-compose).
#
# PostgreSQL: MENTORING_TEST_POSTGRES selects an existing server (a role that may CREATE DATABASE). Without it, this
# script starts a private, throwaway server from the distribution's binaries (initdb and pg_ctl from
# /usr/lib/postgresql/<version>/bin, installed with apt when run as root and missing) in a temporary folder on a free
# port, as a non-root user, and removes it when the run ends, however it ends. The last line is "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
pg_root=""
pg_data=""
pg_user=""
pg_bin=""

# Runs a PostgreSQL command as the server's user, from a folder that user may enter.
as_pg_user() {
  if [[ -n "$pg_user" ]]; then
    (cd / && runuser -u "$pg_user" -- "$@")
  else
    "$@"
  fi
}

stop_postgres() {
  [[ -n "$pg_root" ]] || return 0
  if [[ -f "$pg_data/postmaster.pid" ]]; then
    as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" stop -m immediate -w -t 30 >/dev/null 2>&1 || true
  fi
  if [[ -f "$pg_data/postmaster.pid" ]]; then
    kill -KILL "$(head -1 "$pg_data/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$pg_root"
  pg_root=""
}

cleanup() {
  stop_postgres
  rm -f "$log"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The highest installed version's server binaries, or nothing.
find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  done
}

start_postgres() {
  pg_bin=$(find_pg_bin)
  if [[ -z "$pg_bin" ]]; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing PostgreSQL (apt-get install postgresql) for the tests..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update >/dev/null
      apt-get install -y postgresql >/dev/null
      pg_bin=$(find_pg_bin)
    fi
    if [[ -z "$pg_bin" ]]; then
      echo "scripts/test.sh: no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql; install them (Debian/Ubuntu: apt-get install postgresql) or set MENTORING_TEST_POSTGRES to an existing server." >&2
      exit 1
    fi
  fi

  # PostgreSQL refuses to run as root: use its own account, else nobody.
  if [[ $(id -u) -eq 0 ]]; then
    if id postgres >/dev/null 2>&1; then pg_user=postgres; else pg_user=nobody; fi
  fi

  local parent="${TMPDIR:-/tmp}"
  [[ -z "$pg_user" ]] || parent=/tmp
  pg_root=$(mktemp -d "$parent/mentoring-test-postgres.XXXXXX")
  chmod 700 "$pg_root"
  if [[ -n "$pg_user" ]]; then
    chown "$pg_user" "$pg_root"
  fi
  pg_data="$pg_root/data"

  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  as_pg_user "$pg_bin/initdb" -D "$pg_data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --no-locale >"$pg_root/initdb.log" 2>&1 \
    || { cat "$pg_root/initdb.log" >&2; echo "scripts/test.sh: initdb failed (above)." >&2; exit 1; }

  # Several silos each keep a connection pool; the data is thrown away, so durability is not needed.
  as_pg_user tee -a "$pg_data/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_root'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF

  # A random port below the kernel's ephemeral range (which outgoing connections draw from); retried if taken.
  local port attempt
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 10000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      continue
    fi
    if as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_root/server.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    if ! grep -q "could not bind\|already in use" "$pg_root/server.log" 2>/dev/null; then
      cat "$pg_root/server.log" >&2 || true
      echo "scripts/test.sh: the throwaway PostgreSQL did not start (log above)." >&2
      exit 1
    fi
    port=""
  done
  if [[ -z "${port:-}" ]]; then
    echo "scripts/test.sh: found no free port for the throwaway PostgreSQL." >&2
    exit 1
  fi

  as_pg_user "$pg_bin/psql" -h "$pg_root" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE mentoring LOGIN CREATEDB PASSWORD '$password'" \
    -c "CREATE DATABASE mentoring OWNER mentoring" >/dev/null

  export MENTORING_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=mentoring;Password=$password;Database=mentoring"
  echo "Started a throwaway PostgreSQL ($(basename "$(dirname "$pg_bin")")) on 127.0.0.1:$port in $pg_root; it is removed after the run." >&2
}

if [[ -z "${MENTORING_TEST_POSTGRES:-}" ]]; then
  start_postgres
fi

dotnet build Mentoring.sln -c Release -warnaserror
# The deployment (docker-compose.yml, the images' publish step) is checked before the tests; it fails loudly.
./scripts/check-deployment.sh
set +e
dotnet test Mentoring.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole solution: "N passed, N failed".
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"

exit "$status"
