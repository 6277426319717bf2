#!/bin/bash
# Runs once, when the MySQL volume is new (docker-entrypoint-initdb.d):
# one database and one user per agency, each user allowed on its own database only.
set -euo pipefail

create_agency() {
  local account="$1" password="$2"
  mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS \`${account}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${account}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${account}\`.* TO '${account}'@'%';
SQL
}

create_agency community_committees "${COMMUNITY_COMMITTEES_DB_PASSWORD}"
create_agency public_security "${PUBLIC_SECURITY_DB_PASSWORD}"
create_agency industry_associations "${INDUSTRY_ASSOCIATIONS_DB_PASSWORD}"
create_agency commerce_bureau "${COMMERCE_BUREAU_DB_PASSWORD}"
mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" -e 'FLUSH PRIVILEGES;'
