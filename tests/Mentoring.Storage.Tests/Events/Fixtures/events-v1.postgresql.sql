-- mentoring-schema: component=events version=1
-- Each programme's event log (the transactional outbox partners read through WatchEvents and webhooks).
-- Requires Main.sql first.
--
--   mentoring_programme_event_heads  one row per programme: the last sequence given. An append takes this row
--                                    under a row lock in the transaction that inserts its events, so sequence
--                                    order is commit order and a reader never sees a gap that fills later.
--   mentoring_programme_events       the events; event_id is unique per service (a webhook's webhook-id), so an
--                                    append of an id already present is skipped and takes no sequence.
--   data                             a JSON object of ids and states only, as text.

CREATE TABLE IF NOT EXISTS mentoring_programme_event_heads
(
    service_id    varchar(150) NOT NULL,
    programme_id  text         NOT NULL,
    last_sequence bigint       NOT NULL,
    CONSTRAINT pk_mentoring_programme_event_heads PRIMARY KEY (service_id, programme_id)
);

CREATE TABLE IF NOT EXISTS mentoring_programme_events
(
    service_id   varchar(150) NOT NULL,
    programme_id text         NOT NULL,
    sequence     bigint       NOT NULL,
    event_id     text         NOT NULL,
    type         text         NOT NULL,
    subject      text         NOT NULL,
    occurred_at  timestamptz  NOT NULL,
    data         text         NOT NULL,
    CONSTRAINT pk_mentoring_programme_events PRIMARY KEY (service_id, programme_id, sequence),
    CONSTRAINT uq_mentoring_programme_events_event_id UNIQUE (service_id, event_id)
);

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('events', 1, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
