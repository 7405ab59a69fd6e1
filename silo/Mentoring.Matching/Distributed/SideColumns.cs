namespace Mentoring.Matching.Distributed;

/// <summary>Copies a contiguous range of an encoded side into the slice's packed arrays, and back.</summary>
internal static class SideColumns
{
    public static readonly int FieldCount = Enum.GetValues<SideField>().Length;

    public static ulong[] Words(EncodedSide side, int start, int count)
    {
        var stride = side.Layout.Stride;
        return side.Words.AsSpan(start * stride, count * stride).ToArray();
    }

    public static int[] Fields(EncodedSide side, int start, int count)
    {
        var fields = new int[FieldCount * count];
        for (var f = 0; f < FieldCount; f++)
        {
            Column(side, (SideField)f).AsSpan(start, count).CopyTo(fields.AsSpan(f * count, count));
        }

        return fields;
    }

    public static void Fill(EncodedSide side, ulong[] words, int[] fields)
    {
        words.CopyTo(side.Words, 0);
        var count = side.Count;
        for (var f = 0; f < FieldCount; f++)
        {
            fields.AsSpan(f * count, count).CopyTo(Column(side, (SideField)f));
        }
    }

    private static int[] Column(EncodedSide side, SideField field) => field switch
    {
        SideField.Seniority => side.Seniority,
        SideField.OffsetMinutes => side.OffsetMinutes,
        SideField.MaxTimeZoneHours => side.MaxTimeZoneHours,
        SideField.Formats => side.Formats,
        SideField.Location => side.Location,
        SideField.Organisation => side.Organisation,
        SideField.Department => side.Department,
        SideField.Industry => side.Industry,
        SideField.Flags => side.Flags,
        SideField.WantedSkillCount => side.WantedSkillCount,
        SideField.GoalCount => side.GoalCount,
        SideField.CompetitorClass => side.CompetitorClass,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
