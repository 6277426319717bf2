#!/bin/bash
# Runs once, when the MySQL volume is new (docker-entrypoint-initdb.d):
# one database and one user per agency, each user allowed on its own database only.
# The agencies are the <AGENCY>_DB_PASSWORD variables docker-compose.yml gives this
# service (generated from agencies.json): COMMERCE_BUREAU_DB_PASSWORD makes the
# database and user commerce_bureau. A new bureau needs no change here.
set -euo pipefail

create_agency() {
  local account="$1" password="$2"
  mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS \`${account}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${account}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${account}\`.* TO '${account}'@'%';
SQL
}

for variable in $(compgen -e | grep -E '^[A-Z][A-Z0-9_]*_DB_PASSWORD$' | sort); do
  account=$(printf '%s' "${variable%_DB_PASSWORD}" | tr 'A-Z' 'a-z')
  create_agency "${account}" "${!variable}"
done
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" -e 'FLUSH PRIVILEGES;'
