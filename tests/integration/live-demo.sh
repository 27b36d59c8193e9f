#!/usr/bin/env bash
# Drift Deck's live demo: real servers on 127.0.0.1, seeded with three drifting environments.
#
#   tests/integration/live-demo.sh BINARY [ARGS…]     (usually `packaging/devenv run --live-demo`)
#
# Starts two docker-registry instances (production's registry and staging's mirror), Prometheus
# scraping one metrics file per environment, etcd, Unleash 7.5 on PostgreSQL, and two TLS
# endpoints (openssl s_server), all on free ports in a temporary folder; seeds them from
# tests/integration/livedemo/; writes a workspace pointing at them; then opens BINARY on it.
# Without a display (no DISPLAY or WAYLAND_DISPLAY) it prints `BINARY check WORKSPACE --fail-on
# never ARGS…` instead. Every server is stopped when the script ends, Ctrl+C included.
#
# Environment:
#   DRIFTDECK_UNLEASH_CACHE  where unleash-server is installed from npm, once
#                            (default ${XDG_CACHE_HOME:-$HOME/.cache}/driftdeck/unleash)
#   TMPDIR                   where the temporary folder goes (default /tmp)

# Functions run from traps or through wait_for look unreachable to shellcheck.
# shellcheck disable=SC2317
set -euo pipefail

say() { printf 'live-demo: %s\n' "$*"; }
# fail MESSAGE [LOG…]: one line saying what went wrong, then the last lines of each log.
fail() {
    printf 'live-demo: error: %s\n' "$1" >&2
    shift
    local log
    for log in "$@"; do
        [ -s "$log" ] || continue
        printf '    last lines of %s:\n' "${log#"$work"/}" >&2
        tail -n 12 "$log" | sed 's/^/      /' >&2
    done
    exit 1
}

[ $# -ge 1 ] || { echo "usage: $0 BINARY [ARGS…]" >&2; exit 2; }
binary=$1
shift
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
seeds="$here/livedemo"
unleash_cache=${DRIFTDECK_UNLEASH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/driftdeck/unleash}
[ -x "$binary" ] || { echo "live-demo: error: $binary is not an executable (build the driftdeck target)" >&2; exit 2; }

missing=()
for program in docker-registry prometheus etcd openssl curl node npm setsid setpriv; do
    command -v "$program" >/dev/null || missing+=("$program")
done
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=("postgresql (initdb)")
[ ${#missing[@]} -eq 0 ] ||
    { echo "live-demo: error: missing server programs: ${missing[*]} (see packaging/devenv-packages.txt)" >&2; exit 3; }

work=$(mktemp -d "${TMPDIR:-/tmp}/driftdeck-live-demo.XXXXXX")
# PostgreSQL runs as its own user when we are root: it must reach its folder inside this one.
chmod 0755 "$work"

# ---- servers: each in its own session, so one signal to its process group stops all of it ------
groups=()
names=()
any_server_left() {
    local g
    for g in "${groups[@]}"; do
        if kill -0 -- "-$g" 2>/dev/null; then return 0; fi
    done
    return 1
}
stop_servers() {
    [ ${#groups[@]} -gt 0 ] || return 0
    say "stopping the servers"
    local g
    for g in "${groups[@]}"; do kill -TERM -- "-$g" 2>/dev/null || true; done
    for _ in $(seq 100); do # 10 s to shut down cleanly, then SIGKILL
        any_server_left || break
        sleep 0.1
    done
    if any_server_left; then
        for g in "${groups[@]}"; do kill -KILL -- "-$g" 2>/dev/null || true; done
        sleep 0.2
    fi
    groups=()
}
cleanup() {
    trap - EXIT INT TERM HUP
    stop_servers
    rm -rf "$work"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM HUP

# start NAME DIR CMD…: runs CMD in DIR, its output in DIR/NAME.log. setsid makes it a session and
# process group leader; the parent-death signal stops it even if this script is killed outright.
start() {
    local name=$1 dir=$2
    shift 2
    mkdir -p "$dir"
    (cd "$dir" && exec setsid setpriv --pdeathsig TERM "$@" >"$dir/$name.log" 2>&1 </dev/null) &
    groups+=("$!")
    names+=("$name")
}

# running NAME: whether the server started as NAME still runs.
running() {
    local i
    for i in "${!names[@]}"; do
        [ "${names[$i]}" = "$1" ] && { kill -0 -- "-${groups[$i]}" 2>/dev/null; return; }
    done
    return 1
}

declare -A port=()
# pick_port NAME…: for each NAME, port[NAME] becomes a port nothing listens on (below the
# ephemeral range, so outgoing connections do not take it meanwhile) and no other NAME has.
pick_port() {
    local name p
    for name in "$@"; do
        for _ in $(seq 500); do
            p=$((20000 + RANDOM % 12000))
            case " ${port[*]} " in *" $p "*) continue ;; esac
            if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
                port[$name]=$p
                continue 2
            fi
        done
        fail "found no free port on 127.0.0.1"
    done
}

http() { curl --noproxy '*' --silent --show-error --max-time 10 "$@"; }

# wait_for NAME SECONDS LOG CHECK…: polls CHECK until it succeeds; fails when NAME exits or time is up.
wait_for() {
    local name=$1 seconds=$2 log=$3
    shift 3
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        running "$name" || fail "$name exited while starting" "$log" "${extra_logs[@]}"
        [ $SECONDS -lt $deadline ] || fail "$name did not answer within $seconds s" "$log" "${extra_logs[@]}"
        sleep 0.2
    done
}
extra_logs=()

# ---- start everything at once; Unleash on PostgreSQL takes longest --------------------------
pick_port unleash postgres registry-production registry-staging prometheus metrics etcd etcd-peer \
    tls-production tls-staging

unleash_token="drift-deck-demo-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
if [ ! -f "$unleash_cache/node_modules/unleash-server/package.json" ]; then
    say "first run: installing unleash-server 7.5.1 from npm into $unleash_cache (about a minute)"
fi
say "starting the servers in $work"
mkdir -p "$work/unleash"
start unleash "$work/unleash-run" bash "$here/unleash/start-unleash.sh" "$work/unleash" "$unleash_cache" \
    "${port[unleash]}" "${port[postgres]}" "$unleash_token"

for env in production staging; do
    mkdir -p "$work/registry-$env"
    cat >"$work/registry-$env/config.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $work/registry-$env/data
http:
  addr: 127.0.0.1:${port[registry-$env]}
EOF
    start "registry-$env" "$work/registry-$env" docker-registry serve "$work/registry-$env/config.yml"
done

start etcd "$work/etcd" etcd --name demo --data-dir "$work/etcd/data" \
    --listen-client-urls "http://127.0.0.1:${port[etcd]}" --advertise-client-urls "http://127.0.0.1:${port[etcd]}" \
    --listen-peer-urls "http://127.0.0.1:${port[etcd-peer]}" \
    --initial-advertise-peer-urls "http://127.0.0.1:${port[etcd-peer]}" \
    --initial-cluster "demo=http://127.0.0.1:${port[etcd-peer]}" --log-level warn

# Certificates: a demo CA; production's edge certificate expires in 3 days, staging's was renewed.
mkdir -p "$work/tls" "$work/workspace"
certificate() { # certificate NAME DAYS
    openssl req -x509 -CA "$work/tls/ca.pem" -CAkey "$work/tls/ca.key" -newkey ec -pkeyopt ec_paramgen_curve:P-256 \
        -nodes -keyout "$work/tls/$1.key" -out "$work/tls/$1.pem" -days "$2" -subj "/O=Checkout/CN=checkout.example.test" \
        -addext "subjectAltName=DNS:checkout.example.test,IP:127.0.0.1" >>"$work/tls/openssl.log" 2>&1 ||
        fail "openssl could not make the $1 certificate" "$work/tls/openssl.log"
}
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/tls/ca.key" \
    -out "$work/tls/ca.pem" -days 365 -subj "/O=Drift Deck/CN=Drift Deck Demo CA" >>"$work/tls/openssl.log" 2>&1 ||
    fail "openssl could not make the demo CA" "$work/tls/openssl.log"
certificate production 3
certificate staging 90
cp "$work/tls/ca.pem" "$work/workspace/demo-ca.pem"
for env in production staging; do
    mkdir -p "$work/tls-$env"
    # s_server -HTTP sends the file as it is, so it holds the whole answer.
    printf 'HTTP/1.0 200 OK\r\nServer: checkout-edge/2.4\r\nStrict-Transport-Security: max-age=31536000\r\nContent-Type: text/plain\r\n\r\ncheckout %s\r\n' \
        "$env" >"$work/tls-$env/index.html"
    start "tls-$env" "$work/tls-$env" openssl s_server -quiet -HTTP -accept "127.0.0.1:${port[tls-$env]}" \
        -cert "$work/tls/$env.pem" -key "$work/tls/$env.key"
done

# Each environment's metrics as a static file; one Prometheus job per environment adds env="…".
mkdir -p "$work/metrics" "$work/prometheus"
cp "$seeds"/metrics/*.txt "$work/metrics/"
if command -v python3 >/dev/null; then
    metrics_scheme=http
    start metrics "$work/metrics" python3 -m http.server --bind 127.0.0.1 "${port[metrics]}"
else
    # No Python in this root: openssl serves the files (over TLS, signed by the demo CA).
    metrics_scheme=https
    start metrics "$work/metrics" openssl s_server -quiet -WWW -accept "127.0.0.1:${port[metrics]}" \
        -cert "$work/tls/staging.pem" -key "$work/tls/staging.key"
fi
{
    printf 'global:\n  scrape_interval: 1s\n  evaluation_interval: 15s\nscrape_configs:\n'
    for env in staging canary production; do
        printf '  - job_name: %s\n    scheme: %s\n    metrics_path: /%s.txt\n' "$env" "$metrics_scheme" "$env"
        printf '    tls_config:\n      ca_file: %s\n' "$work/tls/ca.pem"
        printf "    static_configs:\n      - targets: ['127.0.0.1:%s']\n        labels:\n          env: %s\n" \
            "${port[metrics]}" "$env"
    done
} >"$work/prometheus/prometheus.yml"
start prometheus "$work/prometheus" prometheus --config.file="$work/prometheus/prometheus.yml" \
    --storage.tsdb.path="$work/prometheus/data" --web.listen-address="127.0.0.1:${port[prometheus]}" --log.level=warn

# ---- seed: registries ------------------------------------------------------------------------
registry_production="http://127.0.0.1:${port[registry-production]}"
registry_staging="http://127.0.0.1:${port[registry-staging]}"
wait_for registry-production 20 "$work/registry-production/registry-production.log" http -f "$registry_production/v2/"
wait_for registry-staging 20 "$work/registry-staging/registry-staging.log" http -f "$registry_staging/v2/"

# push REGISTRY REPOSITORY TAG CONFIG: a config blob and an OCI manifest naming it; prints the digest.
push() {
    local registry=$1 repository=$2 tag=$3 dir="$work/push"
    mkdir -p "$dir"
    printf '%s' "$4" >"$dir/config.json"
    local config_digest location manifest_digest stored
    config_digest="sha256:$(sha256sum "$dir/config.json" | cut -d' ' -f1)"
    location=$(http -f -X POST -D - -o /dev/null "$registry/v2/$repository/blobs/uploads/" |
        tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }') || return 1
    case "$location" in http*) ;; *) location="$registry$location" ;; esac
    http -f -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$dir/config.json" \
        "$location&digest=$config_digest" -o /dev/null || return 1
    printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%s},"layers":[]}' \
        "$config_digest" "$(stat -c %s "$dir/config.json")" >"$dir/manifest.json"
    manifest_digest="sha256:$(sha256sum "$dir/manifest.json" | cut -d' ' -f1)"
    stored=$(http -f -X PUT -H 'Content-Type: application/vnd.oci.image.manifest.v1+json' \
        --data-binary "@$dir/manifest.json" -D - -o /dev/null "$registry/v2/$repository/manifests/$tag" |
        tr -d '\r' | awk 'tolower($1) == "docker-content-digest:" { print $2 }') || return 1
    [ "$stored" = "$manifest_digest" ] || return 1
    echo "$manifest_digest"
}
image_config() { # image_config CREATED REVISION
    printf '{"architecture":"amd64","os":"linux","created":"%s","config":{"Labels":{"org.opencontainers.image.revision":"%s"}},"rootfs":{"type":"layers","diff_ids":[]}}' "$1" "$2"
}
registry_log="$work/registry-production/registry-production.log"
digest_production=$(push "$registry_production" checkout-api release-42 "$(image_config 2025-11-03T09:12:00Z a1c3e09)") ||
    fail "could not push checkout-api:release-42 to the production registry" "$registry_log"
push "$registry_production" payments-worker release-42 "$(image_config 2025-11-02T16:40:00Z 9e0d1b7)" >/dev/null ||
    fail "could not push payments-worker:release-42 to the production registry" "$registry_log"
# The moved tag: release-42 was rebuilt and pushed again to staging's mirror only.
registry_log="$work/registry-staging/registry-staging.log"
digest_staging=$(push "$registry_staging" checkout-api release-42 "$(image_config 2025-11-05T14:03:00Z f07b2d4)") ||
    fail "could not push checkout-api:release-42 to the staging registry" "$registry_log"
push "$registry_staging" payments-worker release-42 "$(image_config 2025-11-02T16:40:00Z 9e0d1b7)" >/dev/null ||
    fail "could not push payments-worker:release-42 to the staging registry" "$registry_log"
say "registries seeded: checkout-api:release-42 is ${digest_production:0:19}… in production, ${digest_staging:0:19}… in staging"

# ---- seed: etcd ------------------------------------------------------------------------------
etcd_url="http://127.0.0.1:${port[etcd]}"
wait_for etcd 20 "$work/etcd/etcd.log" http -f "$etcd_url/health"
b64() { printf '%s' "$1" | base64 -w0; }
declare -A value=()
while read -r key 'value[staging]' 'value[canary]' 'value[production]'; do
    case "$key" in '' | '#'*) continue ;; esac
    for env in staging canary production; do
        http -f -X POST -H 'Content-Type: application/json' "$etcd_url/v3/kv/put" -o /dev/null \
            -d "{\"key\":\"$(b64 "checkout/$env/$key")\",\"value\":\"$(b64 "${value[$env]}")\"}" ||
            fail "could not write checkout/$env/$key to etcd" "$work/etcd/etcd.log"
    done
done <"$seeds/etcd.txt"
say "etcd seeded: $(grep -cvE '^\s*(#|$)' "$seeds/etcd.txt") keys under checkout/<environment>/"

# ---- TLS endpoints and Prometheus ------------------------------------------------------------
tls_up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for tls-production 10 "$work/tls-production/tls-production.log" tls_up "${port[tls-production]}"
wait_for tls-staging 10 "$work/tls-staging/tls-staging.log" tls_up "${port[tls-staging]}"
prometheus_url="http://127.0.0.1:${port[prometheus]}"
wait_for prometheus 30 "$work/prometheus/prometheus.log" http -f "$prometheus_url/-/ready"
# Ready once every environment has been scraped.
all_scraped() {
    http -f -G "$prometheus_url/api/v1/query" --data-urlencode 'query=count(group by (env) (checkout_build_info))' |
        grep -q '"value":\[[0-9.]*,"3"\]'
}
extra_logs=("$work/metrics/metrics.log")
wait_for prometheus 30 "$work/prometheus/prometheus.log" all_scraped
extra_logs=()
say "prometheus scraped staging, canary and production"

# ---- seed: Unleash ---------------------------------------------------------------------------
unleash_url="http://127.0.0.1:${port[unleash]}"
extra_logs=("$work/unleash/unleash.log" "$work/unleash/postgres.log")
wait_for unleash 300 "$work/unleash-run/unleash.log" http -f "$unleash_url/health"
extra_logs=()
unleash_call() { # unleash_call METHOD PATH [JSON]
    local body=()
    [ $# -lt 3 ] || body=(-d "$3")
    http -f -X "$1" -H "Authorization: *:*.$unleash_token" -H 'Content-Type: application/json' \
        "$unleash_url$2" "${body[@]}" -o /dev/null
}
# Unleash's open-source edition has two environments; staging reads "development", canary
# "production" (the workspace template says the same).
unleash_env() { case "$1" in staging) echo development ;; *) echo production ;; esac; }
seed_flag() { # seed_flag NAME ROLLOUT ENVIRONMENTS_ON…
    local flag=$1 rollout=$2 env
    shift 2
    unleash_call POST /api/admin/projects/default/features "{\"name\":\"$flag\",\"type\":\"release\"}" || return 1
    for env in development production; do
        unleash_call POST "/api/admin/projects/default/features/$flag/environments/$env/strategies" \
            "{\"name\":\"flexibleRollout\",\"parameters\":{\"rollout\":\"$rollout\",\"stickiness\":\"default\",\"groupId\":\"$flag\"}}" ||
            return 1
    done
    for env in "$@"; do
        unleash_call POST "/api/admin/projects/default/features/$flag/environments/$(unleash_env "$env")/on" || return 1
    done
}
# new-checkout-flow: on in staging, still off in production; fast-search: on everywhere.
seed_flag new-checkout-flow 100 staging || fail "could not seed Unleash's new-checkout-flow" "$work/unleash/unleash.log"
seed_flag fast-search 100 staging production || fail "could not seed Unleash's fast-search" "$work/unleash/unleash.log"
say "unleash seeded: new-checkout-flow on in staging, off in production"

# ---- the workspace ---------------------------------------------------------------------------
workspace="$work/workspace/workspace.yaml"
sed -e "s|@REGISTRY_PRODUCTION_URL@|$registry_production|" -e "s|@REGISTRY_STAGING_URL@|$registry_staging|" \
    -e "s|@PROMETHEUS_URL@|$prometheus_url|" -e "s|@UNLEASH_URL@|$unleash_url|" -e "s|@ETCD_URL@|$etcd_url|" \
    -e "s|@TLS_PRODUCTION_URL@|https://127.0.0.1:${port[tls-production]}/|" \
    -e "s|@TLS_STAGING_URL@|https://127.0.0.1:${port[tls-staging]}/|" "$seeds/workspace.yaml.in" >"$workspace"
if grep -q '@[A-Z_]*@' "$workspace"; then
    fail "workspace.yaml.in has a placeholder this script does not fill: $(grep -o '@[A-Z_]*@' "$workspace" | head -n1)"
fi

echo
say "servers (stopped when this ends):"
printf '  %-34s %s\n' \
    "docker-registry (production)" "$registry_production" \
    "docker-registry (staging mirror)" "$registry_staging" \
    "prometheus" "$prometheus_url" \
    "metrics files (scraped)" "$metrics_scheme://127.0.0.1:${port[metrics]}/" \
    "etcd" "$etcd_url" \
    "unleash 7.5.1" "$unleash_url" \
    "postgresql (Unleash's database)" "postgres://127.0.0.1:${port[postgres]}/unleash" \
    "tls endpoint (production, canary)" "https://127.0.0.1:${port[tls-production]}/" \
    "tls endpoint (staging)" "https://127.0.0.1:${port[tls-staging]}/"
say "workspace: $workspace"
echo

export DRIFTDECK_LIVE_DEMO_UNLEASH_TOKEN="*:*.$unleash_token"
status=0
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    say "opening Drift Deck; close the window (or press Ctrl+C here) to stop the servers"
    "$binary" "$workspace" "$@" || status=$?
else
    say "no display: $(basename "$binary") check workspace.yaml --fail-on never${*:+ $*}"
    "$binary" check "$workspace" --fail-on never "$@" || status=$?
fi
exit "$status"
