-- mentoring-schema: component=persistence version=1
-- Grain state storage for Orleans.Persistence.AdoNet 10.4.x (requires Main.sql first).
--
-- Contract with the provider:
--   * the ETag is the integer column "version"; a write carries the version it read
--     (@GrainStateVersion, NULL when no row was read) and gets the new version back;
--   * a stale write returns NULL, which the provider turns into InconsistentStateException;
--   * clearing state DELETES the row (erasure requirement). ClearStorageKey and
--     DeleteStorageKey share that behaviour, so the row is removed whatever the
--     AdoNetGrainStorageOptions.DeleteStateOnClear setting is.
--   * After an erase with DeleteStateOnClear=false the provider keeps the returned value
--     as ETag: it is negative (a "no row" marker), and a write carrying a negative
--     version inserts a fresh row only if none exists, so concurrency stays checked.

CREATE TABLE IF NOT EXISTS orleansstorage
(
    grainidhash            integer      NOT NULL,
    grainidn0              bigint       NOT NULL,
    grainidn1              bigint       NOT NULL,
    graintypehash          integer      NOT NULL,
    graintypestring        varchar(512) NOT NULL,
    grainidextensionstring varchar(512) NULL,
    serviceid              varchar(150) NOT NULL,
    payloadbinary          bytea        NULL,
    modifiedon             timestamptz  NOT NULL,
    version                integer      NOT NULL
);

-- Narrow on purpose: the hashes find the candidate rows, the full key columns settle collisions.
CREATE INDEX IF NOT EXISTS ix_orleansstorage ON orleansstorage (grainidhash, graintypehash);

CREATE OR REPLACE FUNCTION orleans_write_to_storage(
    p_grainidhash            integer,
    p_grainidn0              bigint,
    p_grainidn1              bigint,
    p_graintypehash          integer,
    p_graintypestring        varchar,
    p_grainidextensionstring varchar,
    p_serviceid              varchar,
    p_grainstateversion      integer,
    p_payloadbinary          bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_newversion integer;
BEGIN
    IF p_grainstateversion > 0 THEN
        UPDATE orleansstorage
        SET payloadbinary = p_payloadbinary,
            modifiedon    = now(),
            version       = version + 1
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND graintypestring = p_graintypestring
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND serviceid = p_serviceid
          AND version = p_grainstateversion
        RETURNING version INTO v_newversion;
        RETURN v_newversion;
    END IF;

    -- No row was read (NULL) or it was erased (negative marker): only the first of
    -- concurrent writers may create it. The lock makes the NOT EXISTS check race-free
    -- under READ COMMITTED; it is released at the end of the caller's transaction.
    PERFORM pg_advisory_xact_lock(p_graintypehash, p_grainidhash);

    INSERT INTO orleansstorage
        (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring,
         grainidextensionstring, serviceid, payloadbinary, modifiedon, version)
    SELECT p_grainidhash, p_grainidn0, p_grainidn1, p_graintypehash, p_graintypestring,
           p_grainidextensionstring, p_serviceid, p_payloadbinary, now(), 1
    WHERE NOT EXISTS
    (
        SELECT 1
        FROM orleansstorage
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND graintypestring = p_graintypestring
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND serviceid = p_serviceid
    )
    RETURNING version INTO v_newversion;
    RETURN v_newversion;
END
$fn$;

CREATE OR REPLACE FUNCTION orleans_erase_storage(
    p_grainidhash            integer,
    p_grainidn0              bigint,
    p_grainidn1              bigint,
    p_graintypehash          integer,
    p_graintypestring        varchar,
    p_grainidextensionstring varchar,
    p_serviceid              varchar,
    p_grainstateversion      integer)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    v_deletedversion integer;
BEGIN
    IF p_grainstateversion > 0 THEN
        DELETE FROM orleansstorage
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND graintypestring = p_graintypestring
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND serviceid = p_serviceid
          AND version = p_grainstateversion
        RETURNING version INTO v_deletedversion;
        IF v_deletedversion IS NULL THEN
            RETURN NULL;
        END IF;
        RETURN -(v_deletedversion + 1);
    END IF;

    -- The caller believes there is no row: that holds only if nobody wrote one since.
    IF EXISTS
    (
        SELECT 1
        FROM orleansstorage
        WHERE grainidhash = p_grainidhash
          AND graintypehash = p_graintypehash
          AND grainidn0 = p_grainidn0
          AND grainidn1 = p_grainidn1
          AND graintypestring = p_graintypestring
          AND grainidextensionstring IS NOT DISTINCT FROM p_grainidextensionstring
          AND serviceid = p_serviceid
    ) THEN
        RETURN NULL;
    END IF;
    -- Must differ from the caller's ETag, or the provider reports a conflict.
    RETURN coalesce(p_grainstateversion, 0) - 1;
END
$fn$;

INSERT INTO orleansquery (querykey, querytext) VALUES
('WriteToStorageKey', $q$
SELECT orleans_write_to_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary) AS newgrainstateversion;
$q$),
('ReadFromStorageKey', $q$
SELECT payloadbinary, version
FROM orleansstorage
WHERE grainidhash = @GrainIdHash
  AND graintypehash = @GrainTypeHash
  AND grainidn0 = @GrainIdN0
  AND grainidn1 = @GrainIdN1
  AND graintypestring = @GrainTypeString
  AND grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString
  AND serviceid = @ServiceId;
$q$),
('ClearStorageKey', $q$
SELECT orleans_erase_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @GrainStateVersion) AS newgrainstateversion;
$q$),
('DeleteStorageKey', $q$
SELECT orleans_erase_storage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
    @GrainIdExtensionString, @ServiceId, @GrainStateVersion) AS newgrainstateversion;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('persistence', 1, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
