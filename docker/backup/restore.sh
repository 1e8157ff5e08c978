#!/bin/bash
# Restores a dump made by backup.sh into the bulletin database, replacing everything in it. Stop every
# application node first (docker compose stop app1 app2), then e.g.
#   docker compose -f docker/compose.yaml run --rm backup /backup/restore.sh --yes /backups/bulletin-20261130-020000.sql.gz
# and start the nodes again. It checks the file is complete, drops every table of the database (so tables
# made by migrations newer than the dump cannot remain), loads the dump in one session with utf8mb4, and
# prints the tables and the schema versions it restored. Uses the application's account (all privileges
# on its own database only): DB_USER (bulletin), DB_PASSWORD_FILE (/run/secrets/db_app_password),
# DB_HOST (mysql), DB_PORT (3306), DB_NAME (bulletin). Tested by BackupRestoreScriptTests.
set -euo pipefail

DB_HOST="${DB_HOST:-mysql}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-bulletin}"
DB_USER="${DB_USER:-bulletin}"
DB_PASSWORD_FILE="${DB_PASSWORD_FILE:-/run/secrets/db_app_password}"

confirmed=false
if [[ "${1:-}" == "--yes" ]]; then confirmed=true; shift; fi
file="${1:-}"
if [[ -z "$file" || ! -f "$file" ]]; then
  echo "usage: restore.sh --yes <bulletin-YYYYMMDD-HHMMSS.sql.gz>  (replaces everything in database $DB_NAME)" >&2
  exit 2
fi
if [[ "$confirmed" != true ]]; then
  echo "restore.sh: this replaces everything in database $DB_NAME on $DB_HOST; run again with --yes" >&2
  exit 2
fi
gzip -t "$file" || { echo "restore.sh: $file is not a complete dump" >&2; exit 3; }

client=$(command -v mysql || command -v mariadb)
options=$(mktemp)
trap 'rm -f "$options"' EXIT
chmod 600 "$options"
printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\n' "$DB_USER" "$(cat "$DB_PASSWORD_FILE")" "$DB_HOST" "$DB_PORT" > "$options"
sql() { "$client" --defaults-extra-file="$options" --default-character-set=utf8mb4 -N -B "$DB_NAME" "$@"; }

tables=$(sql -e "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")
drops="SET FOREIGN_KEY_CHECKS = 0;"
for table in $tables; do drops+=" DROP TABLE \`$table\`;"; done
sql -e "$drops"
echo "restore.sh: dropped $(echo "$tables" | grep -c . || true) tables of $DB_NAME"

gunzip -c "$file" | sql
count=$(sql -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()")
app=$(sql -e "SELECT MAX(installed_rank) FROM app_schema_history WHERE success = 1" 2>/dev/null || echo "?")
app_version=$(sql -e "SELECT version FROM app_schema_history WHERE installed_rank = ${app:-0}" 2>/dev/null || echo "?")
engine=$(sql -e "SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'schema.version'" 2>/dev/null || echo "?")
echo "restore.sh: restored $file into $DB_NAME: $count tables, application schema version $app_version, engine schema $engine"
