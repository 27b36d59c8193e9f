#!/usr/bin/env bash
# Runs Unleash 7.5.1 on PostgreSQL 17 in the foreground until it gets SIGTERM/SIGINT.
#
#   start-unleash.sh WORKDIR CACHE_DIR UNLEASH_PORT PG_PORT ADMIN_TOKEN
#
# WORKDIR    an empty temporary folder: the database cluster, its socket and the logs go there
# CACHE_DIR  where unleash-server is installed with npm, once; later runs reuse it (shared by
#            every test run and the live demo, guarded by a lock)
# ADMIN_TOKEN becomes INIT_ADMIN_API_TOKENS='*:*.<ADMIN_TOKEN>'; send it as "Authorization: *:*.<token>"
#
# Readiness is the caller's job (poll GET /health). PostgreSQL refuses to run as root, so when
# started as root the cluster runs as the "postgres" user. Every child gets a parent-death
# signal, so nothing outlives a crashed test.
set -euo pipefail

[ $# -eq 5 ] || { echo "usage: $0 WORKDIR CACHE_DIR UNLEASH_PORT PG_PORT ADMIN_TOKEN" >&2; exit 2; }
work=$1 cache=$2 port=$3 pgport=$4 token=$5
version=7.5.1

log() { printf 'start-unleash: %s\n' "$*" >&2; }

# ---- unleash-server from npm, installed once --------------------------------------------------
mkdir -p "$cache"
installed() {
    [ -f "$cache/node_modules/unleash-server/package.json" ] &&
        grep -q "\"version\": \"$version\"" "$cache/node_modules/unleash-server/package.json"
}
(
    flock 9
    if ! installed; then
        log "installing unleash-server@$version into $cache (about a minute, needs the npm registry)"
        (cd "$cache" && npm install --no-audit --no-fund --omit=dev --loglevel=error "unleash-server@$version" >&2)
    fi
) 9>"$cache/.install-lock"
installed || { log "unleash-server@$version is not installed in $cache"; exit 3; }

# ---- PostgreSQL cluster in WORKDIR -----------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
[ -x "$pgbin/initdb" ] || { log "PostgreSQL is not installed (no initdb under /usr/lib/postgresql)"; exit 3; }
as_pg=()
if [ "$(id -u)" = 0 ]; then
    as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups)
    chown postgres: "$work"
fi
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U unleash --auth=trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1 ||
    { log "initdb failed:"; tail -n 20 "$work/initdb.log" >&2; exit 4; }
mkdir -p "$work/sock" && [ ${#as_pg[@]} -eq 0 ] || chown postgres: "$work/sock"

children=()
stop() {
    trap - TERM INT EXIT
    # Unleash first (it holds connections), then a fast PostgreSQL shutdown.
    [ ${#children[@]} -gt 1 ] && kill -TERM "${children[1]}" 2>/dev/null || true
    [ ${#children[@]} -gt 0 ] && kill -INT "${children[0]}" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap 'stop; exit 0' TERM INT
trap stop EXIT

"${as_pg[@]}" setpriv --pdeathsig INT "$pgbin/postgres" -D "$work/pg" -h 127.0.0.1 -p "$pgport" \
    -k "$work/sock" -c fsync=off -c synchronous_commit=off -c full_page_writes=off >"$work/postgres.log" 2>&1 &
children+=($!)
for _ in $(seq 100); do
    "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$pgport" && break
    kill -0 "${children[0]}" 2>/dev/null || { log "postgres exited:"; tail -n 20 "$work/postgres.log" >&2; exit 4; }
    sleep 0.1
done
"$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U unleash unleash

# ---- Unleash ---------------------------------------------------------------------------------
export DATABASE_URL="postgres://unleash@127.0.0.1:$pgport/unleash" DATABASE_SSL=false
export HTTP_HOST=127.0.0.1 HTTP_PORT=$port INIT_ADMIN_API_TOKENS="*:*.$token"
export CHECK_VERSION=false SEND_TELEMETRY=false LOG_LEVEL=warn TZ=UTC
setpriv --pdeathsig TERM node "$cache/node_modules/unleash-server/dist/server.js" >"$work/unleash.log" 2>&1 &
children+=($!)
log "unleash pid ${children[1]} on 127.0.0.1:$port, postgres pid ${children[0]} on $pgport"
# Whichever ends first ends the run; the trap stops the other.
wait -n "${children[@]}" || true
log "a server exited; last lines of the Unleash log:"
tail -n 20 "$work/unleash.log" >&2
exit 5
