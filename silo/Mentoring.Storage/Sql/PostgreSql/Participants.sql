-- mentoring-schema: component=participants version=1
-- The participants table: one row per participant grain, written only by that grain's storage provider
-- (Mentoring.Hosting ParticipantGrainStorage). The row is the index: listings, round snapshots and
-- erasure read it directly, so there is no second copy to keep in step. Requires Main.sql first.
--
--   version      the storage ETag: 1 on insert, +1 on every write; a write or delete names the version
--                it read and touches nothing when another writer got there first.
--   role         1 mentor, 2 mentee, 3 peer; NULL while an erasure runs (the profile is already gone).
--   payload      the grain state in the Orleans binary serializer's format.
--   participant_id is collated "C" so that ORDER BY is ordinal, the order the API documents.

CREATE TABLE IF NOT EXISTS mentoring_participants
(
    service_id     varchar(150) NOT NULL,
    programme_id   text         NOT NULL,
    participant_id text         COLLATE "C" NOT NULL,
    role           smallint     NULL,
    version        bigint       NOT NULL,
    update_time    timestamptz  NOT NULL,
    payload        bytea        NOT NULL,
    CONSTRAINT pk_mentoring_participants PRIMARY KEY (service_id, programme_id, participant_id)
);

-- One index, the key: every read walks it in id order (a role filter is a filter on that walk). A second index
-- on (programme, role, id) made PostgreSQL's generic plan for the keyset page read the whole programme and sort.

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('participants', 1, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
