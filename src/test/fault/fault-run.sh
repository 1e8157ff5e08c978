#!/bin/bash
# The fault run (issue 11): nginx + two application nodes + MariaDB on this machine, loopback only,
# bounded in time (about 6 minutes after the jar is built), not part of mvn verify. It
#   - starts its OWN MariaDB (a data directory in a temp dir, port 3407; the shared server on 3306 is
#     never touched), with a database and an application account whose password the nodes read from a
#     secret file (configtree, as in docker/compose.yaml);
#   - starts node 1, then node 2 (java -jar of target/bulletin-*.jar on ports 18181 and
#     18182, the default profile for its demo accounts, with the mysql profile's schema migrations) and nginx with docker/nginx/bulletin.conf made loopback (TLS on
#     18443 with a self-signed certificate);
#   - runs the load (FaultLoad.java: open issues, submit contributions, accept them, as the demo users)
#     for LOAD_SECONDS, and meanwhile: kill -9 of node 1 at KILL_AT s (restarted at RESTART_AT s),
#     the database stopped at DB_STOP_AT s for DB_DOWN_SECONDS and started again;
#   - checks every acknowledged (2xx) action against the database and prints acknowledged actions, lost
#     actions (must be 0), 5xx count, answers without status, and recovery times.
# Usage: src/test/fault/fault-run.sh   (from the repository root; builds the jar if there is none)
set -euo pipefail
cd "$(dirname "$0")/../../.."
LOAD_SECONDS=${LOAD_SECONDS:-180}
KILL_AT=${KILL_AT:-40}
RESTART_AT=${RESTART_AT:-60}
DB_STOP_AT=${DB_STOP_AT:-110}
DB_DOWN_SECONDS=${DB_DOWN_SECONDS:-30}
WORKERS=${WORKERS:-4}
DB_PORT=3407
TMP=$(mktemp -d /tmp/bulletin-fault.XXXXXX)
echo "fault run in $TMP ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -m))"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f $TMP/nginx.pid ]] && kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true
  [[ -S $TMP/db.sock ]] && mysqladmin -S "$TMP/db.sock" -u root shutdown 2>/dev/null || true
}
trap cleanup EXIT

jar=$(ls target/bulletin-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z "$jar" ]]; then
  mvn -q -B -DskipTests package
  jar=$(ls target/bulletin-*.jar | grep -v original | head -n 1)
fi

# ---- own MariaDB
start_db() {
  /usr/sbin/mariadbd --no-defaults --datadir="$TMP/db" --port=$DB_PORT --bind-address=127.0.0.1 \
    --socket="$TMP/db.sock" --pid-file="$TMP/db.pid" --user=root --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_bin --transaction-isolation=READ-COMMITTED --log-error="$TMP/db.err" &
  for _ in $(seq 1 60); do mysqladmin -S "$TMP/db.sock" -u root ping >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "database did not start"; exit 1
}
mariadb-install-db --no-defaults --datadir="$TMP/db" --auth-root-authentication-method=normal --user=root >/dev/null
start_db
mkdir -p "$TMP/secrets"
openssl rand -hex 16 | tr -d '\n' > "$TMP/secrets/BULLETIN_DB_PASSWORD"
mysql -S "$TMP/db.sock" -u root -e "CREATE DATABASE bulletin CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
  CREATE USER 'bulletin'@'127.0.0.1' IDENTIFIED BY '$(cat "$TMP/secrets/BULLETIN_DB_PASSWORD")';
  GRANT ALL PRIVILEGES ON bulletin.* TO 'bulletin'@'127.0.0.1';"

# ---- nodes
start_node() {
  local n=$1
  # The demo accounts exist only in the default profile: that profile on MariaDB, with the mysql profile's
  # schema handling (engine tables by migrations, the engine does not change the schema).
  SPRING_CONFIG_IMPORT="optional:configtree:$TMP/secrets/" BULLETIN_LOG_FILE="$TMP/node$n.file.log" \
  java -Xmx512m -jar "$jar" --server.port=1818$n --management.server.port=1828$n --bulletin.demo-data=true \
    --spring.datasource.url="jdbc:mysql://127.0.0.1:$DB_PORT/bulletin?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin&nullCatalogMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true" \
    --spring.datasource.username=bulletin --spring.datasource.password='${BULLETIN_DB_PASSWORD}' \
    --bulletin.database.engine-schema=migrations --flowable.database-schema-update=false \
    --bulletin.security.api-rate-limit.per-minute=0 --bulletin.security.login-throttle.max-failures=100000 \
    >> "$TMP/node$n.log" 2>&1 &
  echo $! > "$TMP/node$n.pid"
  pids+=($!)
}
wait_node() {
  local n=$1 began=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "http://127.0.0.1:1818$n/login" 2>/dev/null; then
      echo "node $n up after $(( ($(date +%s%N) - began) / 1000000 )) ms"; return 0; fi
    sleep 0.5
  done
  echo "node $n did not start"; tail -20 "$TMP/node$n.log"; return 1
}
# One after the other: the demo accounts of the default profile are not made for nodes starting together
# (the production seeds are; see EngineSchemaMigrationTests).
start_node 1; wait_node 1 || exit 1
start_node 2; wait_node 2 || exit 1

# ---- nginx: the shipped configuration, upstreams and ports made loopback
mkdir -p "$TMP/nginx/certs" "$TMP/nginx/temp"
openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 2 -keyout "$TMP/nginx/certs/server.key" \
  -out "$TMP/nginx/certs/server.crt" -subj "/CN=localhost" 2>/dev/null
sed -e 's/server app1:8080/server 127.0.0.1:18181/' -e 's/server app2:8080/server 127.0.0.1:18182/' \
    -e 's/listen 80;/listen 127.0.0.1:18080;/' -e 's/listen 443 ssl;/listen 127.0.0.1:18443 ssl;/' \
    -e "s#/etc/nginx/certs#$TMP/nginx/certs#g" -e 's/^\( *\)http2 on;/\1# http2 on; (nginx 1.25.1+)/' docker/nginx/bulletin.conf > "$TMP/nginx/bulletin.conf"
cat > "$TMP/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $TMP/nginx.pid;
error_log $TMP/nginx/error.log;
events { worker_connections 256; }
http {
  access_log $TMP/nginx/access.log;
  client_body_temp_path $TMP/nginx/temp/body; proxy_temp_path $TMP/nginx/temp/proxy;
  fastcgi_temp_path $TMP/nginx/temp/fastcgi; uwsgi_temp_path $TMP/nginx/temp/uwsgi; scgi_temp_path $TMP/nginx/temp/scgi;
  include $TMP/nginx/bulletin.conf;
}
CONF
nginx -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -g 'user root;'
BASE=https://127.0.0.1:18443

# ---- load, and the faults on a timeline
t0=$(date +%s%N)
java src/test/fault/FaultLoad.java "$BASE" "$LOAD_SECONDS" "$WORKERS" "$TMP" "$(( t0 / 1000000 ))" > "$TMP/load.log" 2>&1 &
load=$!
pids+=($load)
at() { local target=$1; while (( ($(date +%s%N) - t0) / 1000000000 < target )); do sleep 0.2; done; }
ms() { echo $(( ($(date +%s%N) - t0) / 1000000 )); }

at "$KILL_AT";  echo "$(ms) ms: kill -9 node 1";   kill -9 "$(cat "$TMP/node1.pid")" || echo "node 1 was not running"; killed=$(ms)
at "$RESTART_AT"; echo "$(ms) ms: restart node 1"; start_node 1; restarted=$(ms)
at "$DB_STOP_AT"; echo "$(ms) ms: database stopped"; mysqladmin -S "$TMP/db.sock" -u root shutdown; db_stopped=$(ms)
sleep "$DB_DOWN_SECONDS"
start_db; db_started=$(ms); echo "$db_started ms: database started"
# Node 1 may have been starting while the database was down and given up: then it is started again.
if ! kill -0 "$(cat "$TMP/node1.pid")" 2>/dev/null; then
  echo "$(ms) ms: node 1 had stopped (its start met the database outage); started again"; start_node 1; restarted=$(ms)
fi
wait $load || true
if curl -fsS -o /dev/null "http://127.0.0.1:18181/login" 2>/dev/null; then node1_up=$(ms); else node1_up=; fi
cat "$TMP/load.log"

# ---- acknowledged actions against the database
q() { mysql -S "$TMP/db.sock" -u root -N -B bulletin -e "$1"; }
ids() { { grep "^$1 " "$TMP/acknowledged.txt" || true; } | cut -d' ' -f2 | paste -sd, -; }   # none of a kind is no error
acknowledged=$(wc -l < "$TMP/acknowledged.txt")
lost=0
issues=$(ids issue); submits=$(ids submit); accepts=$(ids accept)
n=$(grep -c '^issue ' "$TMP/acknowledged.txt" || true)
[[ -n "$issues" ]] && lost=$(( lost + n - $(q "SELECT COUNT(*) FROM issue WHERE id IN ($issues)") ))
n=$(grep -c '^submit ' "$TMP/acknowledged.txt" || true)
[[ -n "$submits" ]] && lost=$(( lost + n - $(q "SELECT COUNT(*) FROM contribution WHERE id IN ($submits) AND status IN ('SUBMITTED','ACCEPTED','RETURNED')") ))
n=$(grep -c '^accept ' "$TMP/acknowledged.txt" || true)
[[ -n "$accepts" ]] && lost=$(( lost + n - $(q "SELECT COUNT(*) FROM contribution WHERE id IN ($accepts) AND status = 'ACCEPTED'") ))

# events: start-ms duration-ms status action id
awk -v killed="$killed" -v stopped="$db_stopped" -v started="$db_started" '
  { total++; s=$3; if (s>=500) five++; if (s==0) none++; if (s>=200 && s<300) ok++;
    if (s>=500 && $1<stopped) fiveBefore++;
    if (s>=500 && $1>=stopped && $1<started) fiveDown++;
    if (s>=500 && $1>=started) fiveAfter++;
    if ($4!="mine" && s>=200 && s<300 && $1+$2>=started && (firstOk=="" || $1+$2<firstOk)) firstOk=$1+$2;
    if ($1>=stopped && $1<started && $2>maxDown) maxDown=$2;
    if ($1>=killed-2000 && $1<killed+30000 && s>=200 && s<300 && $1>killed && (firstAfterKill=="" || $1+$2<firstAfterKill)) firstAfterKill=$1+$2;
    if ($1<killed && $1+$2>killed && (s<200 || s>=300)) failedAtKill++;
  }
  END {
    printf "requests %d, 2xx %d, 5xx %d (before the database stop %d, while it was down %d, after %d), no answer %d\n", total, ok, five, fiveBefore, fiveDown, fiveAfter, none;
    printf "kill -9 of node 1: requests in flight on it that failed %d; first success after the kill %s ms after it\n", failedAtKill, firstAfterKill=="" ? "(none)" : firstAfterKill-killed;
    printf "database down %d ms: longest request started while down %d ms; first successful write %s ms after the database was back\n", started-stopped, maxDown, firstOk=="" ? "(none)" : firstOk-started;
  }' "$TMP/events.txt" | tee "$TMP/summary.txt"
[[ -n "$node1_up" ]] && echo "node 1 restarted at $restarted ms: answering at the end of the load" \
  || echo "node 1 restarted at $restarted ms: not answering yet at the end of the load"
echo "acknowledged actions: $acknowledged"
echo "lost actions: $lost"
grep -o ' [0-9]\{3\} [a-z]*' "$TMP/events.txt" | sort | uniq -c | sort -rn | head -20
echo "details: $TMP (events.txt, acknowledged.txt, node*.log, nginx/)"
trap - EXIT
cleanup
[[ $lost -eq 0 ]]
