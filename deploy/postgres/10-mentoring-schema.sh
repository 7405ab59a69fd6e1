#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises an empty data directory: applies the project's own schema
# scripts (silo/Mentoring.Storage/Sql/PostgreSql, mounted at /mentoring-sql) in the installer's order, in one
# transaction. Silos and gateways apply the same scripts idempotently at start, so they find the schema current.
set -euo pipefail
for script in Main Persistence Clustering Reminders; do
  files+=(--file "/mentoring-sql/${script}.sql")
done
psql --set ON_ERROR_STOP=1 --single-transaction --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" "${files[@]}"
