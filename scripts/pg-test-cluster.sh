#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite.
#
#   scripts/pg-test-cluster.sh start   initialise (if needed) and start it, create the
#                                      database mediation_test, print its URL on stdout
#   scripts/pg-test-cluster.sh url     print the URL
#   scripts/pg-test-cluster.sh status  exit 0 if it is running
#   scripts/pg-test-cluster.sh stop    stop it and delete its files
#
# The cluster listens on 127.0.0.1 only, on a private port, with trust authentication:
# never use it for real data. Progress messages go to stderr, so
#     export MEDIATION_TEST_PG_URL=$(scripts/pg-test-cluster.sh start)
# works. Run as root, the server runs as the "postgres" user (initdb refuses root);
# run as another user, it runs as that user.
#
# Environment:
#   MEDIATION_PG_PORT    port (default 55432)
#   MEDIATION_PG_DIR     cluster directory (default ${TMPDIR:-/tmp}/mediation-pg-PORT)
#   PG_BINDIR            directory holding initdb/pg_ctl (default: found automatically)
set -euo pipefail

PORT=${MEDIATION_PG_PORT:-55432}
BASE=${MEDIATION_PG_DIR:-${TMPDIR:-/tmp}/mediation-pg-$PORT}
DATA=$BASE/data
LOG=$BASE/server.log
DB=mediation_test
APP_ROLE=mediation
SUPERUSER=postgres
URL="postgresql+psycopg://$SUPERUSER@127.0.0.1:$PORT/$DB"

log() { printf '[pg-test-cluster] %s\n' "$*" >&2; }
die() { printf '[pg-test-cluster] ERROR: %s\n' "$*" >&2; exit 1; }

case "$PORT" in
    ''|*[!0-9]*) die "MEDIATION_PG_PORT must be a port number, got '$PORT'" ;;
esac

find_bindir() {
    local dir
    if [ -n "${PG_BINDIR:-}" ]; then
        [ -x "$PG_BINDIR/initdb" ] || die "PG_BINDIR=$PG_BINDIR has no initdb"
        echo "$PG_BINDIR"; return
    fi
    if command -v pg_config >/dev/null 2>&1; then
        dir=$(pg_config --bindir 2>/dev/null || true)
        if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"; return
        fi
    fi
    # Debian layout: /usr/lib/postgresql/<major>/bin; take the newest major version.
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"; return
    fi
    dir=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
    [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the 'postgresql'
    package (scripts/setup-debian.sh does) or set PG_BINDIR"
}

# Commands run as the cluster owner: "postgres" when we are root, ourselves otherwise.
if [ "$(id -u)" -eq 0 ]; then
    id -u postgres >/dev/null 2>&1 \
        || die "running as root but there is no 'postgres' user (install the postgresql package)"
    AS=(runuser -u postgres --)
else
    AS=()
fi
as_owner() { (cd "$BASE" && "${AS[@]}" "$@"); }

is_running() {
    [ -f "$DATA/PG_VERSION" ] && as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

psql_q() {
    as_owner "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" \
        -U "$SUPERUSER" -d postgres -tA "$@"
}

do_start() {
    if [ -d "$BASE" ] && is_running; then
        log "already running on 127.0.0.1:$PORT ($DATA)"
        echo "$URL"
        return
    fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
        rm -rf "$BASE"
        mkdir -p "$BASE"
        chmod 700 "$BASE"
        if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$BASE"; fi
        log "initdb $DATA ($("$BINDIR/initdb" --version))"
        as_owner "$BINDIR/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
            || { cat "$BASE/initdb.log" >&2; die "initdb failed"; }
    fi
    log "starting on 127.0.0.1:$PORT"
    # fsync off etc.: a crash loses nothing that matters in a throwaway test cluster.
    if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
            -o "-p $PORT -k $BASE -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
        tail -n 20 "$LOG" >&2 || true
        die "could not start PostgreSQL on port $PORT (in use? set MEDIATION_PG_PORT)"
    fi
    if [ "$(psql_q -c "SELECT 1 FROM pg_roles WHERE rolname = '$APP_ROLE'")" != 1 ]; then
        psql_q -c "CREATE ROLE $APP_ROLE LOGIN CREATEDB"
    fi
    if [ "$(psql_q -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
        log "creating database $DB"
        psql_q -c "CREATE DATABASE $DB OWNER $APP_ROLE ENCODING 'UTF8' TEMPLATE template0"
    fi
    log "ready: $URL"
    echo "$URL"
}

do_stop() {
    if [ ! -d "$BASE" ]; then
        log "not running (no $BASE)"
        return
    fi
    if is_running; then
        log "stopping"
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null \
            || log "pg_ctl stop failed; removing the directory anyway"
    fi
    rm -rf "$BASE"
    log "stopped and removed $BASE"
}

BINDIR=$(find_bindir)

case "${1:-}" in
    start) do_start ;;
    stop) do_stop ;;
    url) echo "$URL" ;;
    status)
        if [ -d "$BASE" ] && is_running; then log "running: $URL"; else log "not running"; exit 1; fi
        ;;
    *)
        echo "usage: $0 start|stop|url|status" >&2
        exit 2
        ;;
esac
