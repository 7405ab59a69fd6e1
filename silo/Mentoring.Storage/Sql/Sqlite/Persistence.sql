-- mentoring-schema: component=persistence version=1
-- Grain state storage for Orleans.Persistence.AdoNet 10.4.x on SQLite (requires Main.sql
-- first). Same contract as the PostgreSQL script: ETag = Version, a stale write or erase
-- answers no row / NULL (the provider raises InconsistentStateException), and clearing
-- state deletes the row. A negative ETag marks "row erased" for DeleteStateOnClear=false.
--
-- Each query below is two statements guarded so that at most one of them touches a row;
-- the provider gathers the rows of every result set and expects at most one in total.
-- SQLite runs one writer at a time, so INSERT ... WHERE NOT EXISTS cannot race.

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = @PayloadBinary,
    ModifiedOn = strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''),
    Version = Version + 1
WHERE @GrainStateVersion > 0
  AND GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;

INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString,
     GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
       @GrainIdExtensionString, @ServiceId, @PayloadBinary, strftime(''%Y-%m-%dT%H:%M:%fZ'', ''now''), 1
WHERE (@GrainStateVersion IS NULL OR @GrainStateVersion < 0)
  AND NOT EXISTS
  (
      SELECT 1 FROM OrleansStorage
      WHERE GrainIdHash = @GrainIdHash
        AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0
        AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
  )
RETURNING Version AS NewGrainStateVersion;
'),
('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId;
'),
('ClearStorageKey', '
DELETE FROM OrleansStorage
WHERE @GrainStateVersion > 0
  AND GrainIdHash = @GrainIdHash
  AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0
  AND GrainIdN1 = @GrainIdN1
  AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND ServiceId = @ServiceId
  AND Version = @GrainStateVersion
RETURNING -(Version + 1) AS NewGrainStateVersion;

SELECT coalesce(@GrainStateVersion, 0) - 1 AS NewGrainStateVersion
WHERE (@GrainStateVersion IS NULL OR @GrainStateVersion < 0)
  AND NOT EXISTS
  (
      SELECT 1 FROM OrleansStorage
      WHERE GrainIdHash = @GrainIdHash
        AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0
        AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString
        AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
  );
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

-- The provider runs DeleteStorageKey when DeleteStateOnClear=true; erasing is identical.
INSERT INTO OrleansQuery (QueryKey, QueryText)
SELECT 'DeleteStorageKey', QueryText FROM OrleansQuery WHERE QueryKey = 'ClearStorageKey'
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('persistence', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
