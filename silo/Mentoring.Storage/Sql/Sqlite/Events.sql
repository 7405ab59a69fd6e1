-- mentoring-schema: component=events version=1
-- Each programme's event log on SQLite; same tables and contract as the PostgreSQL script (a write transaction
-- holds the whole database, so sequence order is commit order here too). Requires Main.sql first.

CREATE TABLE IF NOT EXISTS mentoring_programme_event_heads
(
    service_id    TEXT    NOT NULL,
    programme_id  TEXT    NOT NULL,
    last_sequence INTEGER NOT NULL,
    PRIMARY KEY (service_id, programme_id)
);

CREATE TABLE IF NOT EXISTS mentoring_programme_events
(
    service_id   TEXT    NOT NULL,
    programme_id TEXT    NOT NULL,
    sequence     INTEGER NOT NULL,
    event_id     TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    occurred_at  TEXT    NOT NULL,
    data         TEXT    NOT NULL,
    PRIMARY KEY (service_id, programme_id, sequence),
    UNIQUE (service_id, event_id)
);

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('events', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
