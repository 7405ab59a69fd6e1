-- mentoring-schema: component=main version=1
-- Shared objects every Orleans ADO.NET provider needs: the query catalogue the providers
-- load at start-up, and the table that records which schema version each component is at.
-- Idempotent: safe to run again on a database that already has it.

CREATE TABLE IF NOT EXISTS orleansquery
(
    querykey  varchar(64) NOT NULL,
    querytext text        NOT NULL,
    CONSTRAINT pk_orleansquery PRIMARY KEY (querykey)
);

CREATE TABLE IF NOT EXISTS mentoring_schema_version
(
    component  varchar(64) NOT NULL,
    version    integer     NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_mentoring_schema_version PRIMARY KEY (component)
);

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('main', 1, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
