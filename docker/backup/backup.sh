#!/bin/bash
# One backup of the bulletin database: a consistent dump (one transaction, no locks held on the
# application's InnoDB tables) compressed to $BACKUP_DIR/bulletin-YYYYMMDD-HHMMSS.sql.gz, written under a
# temporary name and renamed only when complete; then dumps older than $BACKUP_KEEP_DAYS days (by the date
# in their name) are deleted, never the newest one. Run nightly by scheduler.sh in the backup service of
# docker/compose.yaml; tested against a local MariaDB by BackupRestoreScriptTests (README, "Backup and restore").
#
# Settings (environment): DB_HOST (mysql), DB_PORT (3306), DB_NAME (bulletin), DB_USER (backup),
# DB_PASSWORD_FILE (/run/secrets/db_backup_password; the password is handed to the client in a private
# option file, never on the command line), BACKUP_DIR (/backups), BACKUP_KEEP_DAYS (14).
set -euo pipefail

DB_HOST="${DB_HOST:-mysql}"
DB_PORT="${DB_PORT:-3306}"
DB_NAME="${DB_NAME:-bulletin}"
DB_USER="${DB_USER:-backup}"
DB_PASSWORD_FILE="${DB_PASSWORD_FILE:-/run/secrets/db_backup_password}"
BACKUP_DIR="${BACKUP_DIR:-/backups}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"

log() { echo "$(date '+%Y-%m-%d %H:%M:%S') backup: $*"; }

dump=$(command -v mysqldump || command -v mariadb-dump) || { log "no mysqldump found"; exit 2; }
options=$(mktemp)
trap 'rm -f "$options" "${partial:-}"' EXIT
chmod 600 "$options"
printf '[client]\nuser=%s\npassword=%s\nhost=%s\nport=%s\n' "$DB_USER" "$(cat "$DB_PASSWORD_FILE")" "$DB_HOST" "$DB_PORT" > "$options"

extra=()
# MySQL's own client: no GTID statement in the dump (it would need privileges the backup account lacks).
if "$dump" --help 2>/dev/null | grep -q -- '--set-gtid-purged'; then
  extra+=(--set-gtid-purged=OFF)
fi

mkdir -p "$BACKUP_DIR"
name="bulletin-$(date '+%Y%m%d-%H%M%S').sql.gz"
partial="$BACKUP_DIR/.$name.partial"
started=$(date +%s)
"$dump" --defaults-extra-file="$options" --single-transaction --quick --no-tablespaces --triggers \
  --hex-blob --default-character-set=utf8mb4 "${extra[@]}" "$DB_NAME" | gzip -6 > "$partial"
gzip -t "$partial"
mv "$partial" "$BACKUP_DIR/$name"
partial=
log "wrote $BACKUP_DIR/$name ($(du -h "$BACKUP_DIR/$name" | cut -f1), $(( $(date +%s) - started )) s)"

# Keep BACKUP_KEEP_DAYS days: a dump is deleted when the date in its name is before that many days ago.
cutoff=$(date -d "-$BACKUP_KEEP_DAYS days" '+%Y%m%d')
newest=$(ls -1 "$BACKUP_DIR" | grep -E '^bulletin-[0-9]{8}-[0-9]{6}\.sql\.gz$' | sort | tail -n 1)
for file in $(ls -1 "$BACKUP_DIR" | grep -E '^bulletin-[0-9]{8}-[0-9]{6}\.sql\.gz$' | sort); do
  day=${file:9:8}
  if [[ "$day" < "$cutoff" && "$file" != "$newest" ]]; then
    rm -f "$BACKUP_DIR/$file"
    log "deleted $file (older than $BACKUP_KEEP_DAYS days)"
  fi
done
