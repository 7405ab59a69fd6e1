-- mentoring-schema: component=events version=2
-- Each programme's event log (the transactional outbox partners read through WatchEvents and webhooks).
-- Requires Main.sql first.
--
--   mentoring_programme_event_heads  one row per programme: the last sequence given. Only the sequencer takes it,
--                                    under a row lock, so sequences are gap-free and a reader never sees a gap that
--                                    fills later.
--   mentoring_programme_events       the events; event_id is unique per service (a webhook's webhook-id), so an
--                                    append of an id already present is skipped and takes no sequence.
--   data                             a JSON object of ids and states only, as text.
--
-- Version 1 gave each event its sequence in the transaction that stored it, so every append of a programme waited
-- for the one before it to commit (fsync included): a programme's writes were serialised across all silos.
-- Version 2 stores events without a sequence (position, an identity, orders them) and a reader numbers the
-- committed ones first (mentoring_programme_events.sequence IS NULL, found by a partial index), holding the head's
-- lock only for that. An event committed after a numbering pass is numbered in a later one, after every event
-- already numbered; events of one participant or grain are written one after another, so they keep their order.
-- The steps below take a version-1 table (or the one just created) to version 2, keeping every stored sequence.

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

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_schema = current_schema() AND table_name = 'mentoring_programme_events' AND column_name = 'position') THEN
        ALTER TABLE mentoring_programme_events ADD COLUMN position bigint GENERATED ALWAYS AS IDENTITY;
        ALTER TABLE mentoring_programme_events DROP CONSTRAINT pk_mentoring_programme_events;
        ALTER TABLE mentoring_programme_events ALTER COLUMN sequence DROP NOT NULL;
        ALTER TABLE mentoring_programme_events ADD CONSTRAINT pk_mentoring_programme_events PRIMARY KEY (position);
        ALTER TABLE mentoring_programme_events
            ADD CONSTRAINT uq_mentoring_programme_events_sequence UNIQUE (service_id, programme_id, sequence);
    END IF;
END
$$;

CREATE INDEX IF NOT EXISTS ix_mentoring_programme_events_unsequenced
    ON mentoring_programme_events (service_id, programme_id, position) WHERE sequence IS NULL;

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('events', 2, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
