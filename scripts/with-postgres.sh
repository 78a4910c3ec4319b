#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster, for the server tests on PostgreSQL:
#
#   bash scripts/with-postgres.sh [--optional] <command> [args…]
#
# Creates a cluster in a fresh temp dir (as user postgres when run as root, since initdb refuses
# root; as the current user otherwise), listening on 127.0.0.1 only at a free port, exports
# TEST_DATABASE_URL=postgres://postgres@127.0.0.1:<port>/postgres, runs the command, and stops and
# removes the cluster on exit, whatever happened. The command's exit status is the script's.
# Durability settings are off (fsync, synchronous_commit): the cluster is thrown away after.
#
# Needs PostgreSQL's server binaries (Debian: apt-get install postgresql); PG_BIN may name their
# directory. When they are missing the run fails; with --optional it is skipped with a note
# instead, except under CI=true, where a missing PostgreSQL always fails.
set -euo pipefail

optional=false
if [ "${1:-}" = "--optional" ]; then
  optional=true
  shift
fi
if [ $# -eq 0 ]; then
  echo "usage: bash scripts/with-postgres.sh [--optional] <command> [args…]" >&2
  exit 2
fi

bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then
      bin="$dir"
      break
    fi
  done
fi
if [ -z "$bin" ] && command -v pg_ctl >/dev/null 2>&1; then
  bin="$(dirname "$(command -v pg_ctl)")"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "${CI:-}" = "true" ]; then
    echo "with-postgres: PostgreSQL is not installed (no initdb), and CI=true: failing." >&2
    echo "  Install it (Debian: apt-get install postgresql) or set PG_BIN." >&2
    exit 1
  fi
  if [ "$optional" = true ]; then
    echo "with-postgres: PostgreSQL is not installed (no initdb): skipping: $*" >&2
    echo "  Install it (Debian: apt-get install postgresql) to run the server tests on PostgreSQL too." >&2
    exit 0
  fi
  echo "with-postgres: PostgreSQL is not installed (no initdb); set PG_BIN or install it." >&2
  exit 1
fi

base="$(mktemp -d "${TMPDIR:-/tmp}/varna-pg.XXXXXX")"
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$base"
  chmod 700 "$base"
  as_owner() { runuser -u postgres -- "$@"; }
fi

cleanup() {
  as_owner "$bin/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$base"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });")"
as_owner "$bin/initdb" -D "$base/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
options="-p $port -k $base -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
options="$options -c full_page_writes=off -c max_connections=200"
if ! as_owner "$bin/pg_ctl" -D "$base/data" -o "$options" -l "$base/log" -w -t 60 start >/dev/null; then
  echo "with-postgres: the cluster did not start:" >&2
  cat "$base/log" >&2 || true
  exit 1
fi
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit "$status"
