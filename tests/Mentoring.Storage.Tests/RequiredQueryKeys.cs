namespace Mentoring.Storage.Tests;

/// <summary>
/// The OrleansQuery keys the 10.4.2 providers load at start-up, as read from the shipped assemblies.
/// Note the provider's own spelling "UpdateIAmAlivetimeKey".
/// </summary>
public static class RequiredQueryKeys
{
    public static readonly string[] Persistence =
    [
        "WriteToStorageKey",
        "ReadFromStorageKey",
        "ClearStorageKey",
        "DeleteStorageKey",
    ];

    public static readonly string[] Clustering =
    [
        "GatewaysQueryKey",
        "MembershipReadRowKey",
        "MembershipReadAllKey",
        "InsertMembershipVersionKey",
        "UpdateIAmAlivetimeKey",
        "InsertMembershipKey",
        "UpdateMembershipKey",
        "DeleteMembershipTableEntriesKey",
        "CleanupDefunctSiloEntriesKey",
    ];

    public static readonly string[] Reminders =
    [
        "ReadReminderRowsKey",
        "ReadRangeRows1Key",
        "ReadRangeRows2Key",
        "ReadReminderRowKey",
        "UpsertReminderRowKey",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    ];
}
