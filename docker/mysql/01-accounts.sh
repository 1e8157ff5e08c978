#!/bin/bash
# Run once by the mysql image when it initialises an empty data directory (sourced by its entrypoint,
# which defines docker_process_sql and has created the database MYSQL_DATABASE). Creates the two accounts
# the other services use, so that none of them ever needs the root password:
#   bulletin  the application: every privilege on its own database only (tables, migrations, restore);
#   backup    the nightly dump: read-only on that database.
# Passwords come from the secret files (docker/secrets/db_app_password, db_backup_password).
app_password="$(cat /run/secrets/db_app_password)"
backup_password="$(cat /run/secrets/db_backup_password)"
quote() { printf "%s" "$1" | sed "s/'/''/g"; }
docker_process_sql --database=mysql <<SQL
CREATE USER 'bulletin'@'%' IDENTIFIED BY '$(quote "$app_password")';
GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO 'bulletin'@'%';
CREATE USER 'backup'@'%' IDENTIFIED BY '$(quote "$backup_password")';
GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON \`${MYSQL_DATABASE}\`.* TO 'backup'@'%';
FLUSH PRIVILEGES;
SQL
echo "01-accounts.sh: accounts bulletin and backup created on ${MYSQL_DATABASE}"
