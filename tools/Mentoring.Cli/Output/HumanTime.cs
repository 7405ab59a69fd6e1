using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace Mentoring.Cli.Output;

/// <summary>Times in tables: UTC in the sortable "u" form, empty when unset.</summary>
public static class HumanTime
{
    public static string Of(Timestamp? time) => time?.ToDateTimeOffset().ToString("u", CultureInfo.InvariantCulture) ?? "";
}
