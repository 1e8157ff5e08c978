#!/bin/bash
# The backup service: runs backup.sh every day at BACKUP_TIME (HH:MM, the container's time zone TZ), and
# once at start when BACKUP_ON_START=true. A failed backup is logged (docker compose logs backup) and
# tried again the next night; the service itself keeps running.
set -uo pipefail
BACKUP_TIME="${BACKUP_TIME:-02:00}"
here="$(dirname "$0")"

run() { bash "$here/backup.sh" || echo "$(date '+%Y-%m-%d %H:%M:%S') backup: FAILED (exit $?)"; }

trap 'exit 0' TERM INT
if [[ "${BACKUP_ON_START:-false}" == "true" ]]; then run; fi
while true; do
  now=$(date +%s)
  next=$(date -d "today $BACKUP_TIME" +%s)
  if (( next <= now )); then next=$(date -d "tomorrow $BACKUP_TIME" +%s); fi
  echo "$(date '+%Y-%m-%d %H:%M:%S') backup: next run $(date -d "@$next" '+%Y-%m-%d %H:%M')"
  sleep $(( next - now )) &
  wait $!
  run
done
