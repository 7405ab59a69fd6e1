-- mentoring-schema: component=participants version=1
-- The participants table on SQLite; same columns and contract as the PostgreSQL script. TEXT compares
-- with the BINARY collation, which is ordinal for the ids the API allows. Requires Main.sql first.

CREATE TABLE IF NOT EXISTS mentoring_participants
(
    service_id     TEXT    NOT NULL,
    programme_id   TEXT    NOT NULL,
    participant_id TEXT    NOT NULL,
    role           INTEGER NULL,
    version        INTEGER NOT NULL,
    update_time    TEXT    NOT NULL,
    payload        BLOB    NOT NULL,
    PRIMARY KEY (service_id, programme_id, participant_id)
);

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('participants', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
