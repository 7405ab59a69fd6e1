-- mentoring-schema: component=reminders version=1
-- Reminder table for Orleans.Reminders.AdoNet 10.4.x (requires Main.sql first).
--
-- Contract with the provider: grainhash holds the uint ring hash cast to a signed int, and
-- the range queries take the same signed values (ReadRangeRows1Key: begin < hash <= end,
-- ReadRangeRows2Key: the wrapped range). The ETag is "version"; delete answers one boolean row.

CREATE TABLE IF NOT EXISTS orleansremindertable
(
    serviceid    varchar(150) NOT NULL,
    grainid      text         NOT NULL,
    remindername varchar(150) NOT NULL,
    starttime    timestamptz  NOT NULL,
    period       bigint       NOT NULL,
    grainhash    integer      NOT NULL,
    version      integer      NOT NULL,
    CONSTRAINT pk_orleansremindertable PRIMARY KEY (serviceid, grainid, remindername)
);

CREATE INDEX IF NOT EXISTS ix_orleansremindertable_grainhash ON orleansremindertable (serviceid, grainhash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('UpsertReminderRowKey', $q$
INSERT INTO orleansremindertable (serviceid, grainid, remindername, starttime, period, grainhash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 0)
ON CONFLICT (serviceid, grainid, remindername) DO UPDATE
SET starttime = excluded.starttime,
    period    = excluded.period,
    grainhash = excluded.grainhash,
    version   = orleansremindertable.version + 1
RETURNING version;
$q$),
('ReadReminderRowsKey', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansremindertable
WHERE serviceid = @ServiceId AND grainid = @GrainId;
$q$),
('ReadReminderRowKey', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansremindertable
WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName;
$q$),
('ReadRangeRows1Key', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansremindertable
WHERE serviceid = @ServiceId AND grainhash > @BeginHash AND grainhash <= @EndHash;
$q$),
('ReadRangeRows2Key', $q$
SELECT grainid, remindername, starttime, period, version
FROM orleansremindertable
WHERE serviceid = @ServiceId AND (grainhash > @BeginHash OR grainhash <= @EndHash);
$q$),
('DeleteReminderRowKey', $q$
WITH deleted AS
(
    DELETE FROM orleansremindertable
    WHERE serviceid = @ServiceId AND grainid = @GrainId AND remindername = @ReminderName
      AND version = @Version
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM deleted) AS deleted;
$q$),
('DeleteReminderRowsKey', $q$
DELETE FROM orleansremindertable WHERE serviceid = @ServiceId;
$q$)
ON CONFLICT (querykey) DO UPDATE SET querytext = excluded.querytext;

INSERT INTO mentoring_schema_version (component, version, applied_at)
VALUES ('reminders', 1, now())
ON CONFLICT (component) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at;
