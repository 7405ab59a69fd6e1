-- mentoring-schema: component=main version=1
-- Shared objects every Orleans ADO.NET provider needs: the query catalogue the providers
-- load at start-up, and the table that records which schema version each component is at.
-- Idempotent: safe to run again on a database that already has it.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS mentoring_schema_version
(
    component  TEXT    NOT NULL PRIMARY KEY,
    version    INTEGER NOT NULL,
    applied_at TEXT    NOT NULL
);

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('main', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
