#!/bin/bash
# Makes the secret files docker/compose.yaml mounts (docker/secrets/, a directory only its owner can open),
# random where none exists yet; an existing file is kept. The three administrators' first-start
# passwords are printed once: hand them to the three people (each must change it at the first login).
# mail_password is left empty: write the SMTP password into it if the mail server wants a login.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"
random() { openssl rand -base64 24 | tr -d '/+=' | cut -c1-24; }
make() {
  local name="$1" value="$2"
  if [[ -s "$dir/$name" || ( "$name" == mail_password && -e "$dir/$name" ) ]]; then return; fi
  printf '%s' "$value" > "$dir/$name"
  chmod 644 "$dir/$name"   # the directory is private; the file must be readable by the containers' own users (bind mount)
  echo "made secrets/$name"
}
for name in db_root_password db_app_password db_backup_password; do make "$name" "$(random)"; done
make mail_password ""
for name in sysadmin secadmin auditor; do
  # upper, lower case and digits from random(), plus two other characters: meets the password rules
  password="$(random)#A1"
  if [[ ! -s "$dir/${name}_password" ]]; then echo "$name: $password"; fi
  make "${name}_password" "$password"
done
