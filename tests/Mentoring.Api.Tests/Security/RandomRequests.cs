using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Mentoring.Api.Tests.Security;

/// <summary>
/// Builds random, mostly adversarial requests for any message by reflection over its descriptor: overlong and odd
/// strings, names that are almost right, huge lists, extreme numbers, unknown enum values, deep nesting.
/// </summary>
public sealed class RandomRequests(Random random, IReadOnlyList<string> plausibleNames)
{
    private const int MaxDepth = 4;

    private static readonly string[] Oddities =
    [
        "", " ", "/", "//", "programmes/", "programmes//participants/x", "programmes/../participants/x", "programmes/%00",
        "programmes/a/participants/b/extra", "tenants/", "tenants/-", "mk.k1.x", "\u0000", "\uFFFD\uFFFD", "\uD83D\uDE00",
        "é", "Ω≈ç√", "'; DROP TABLE OrleansStorage; --", "${jndi:ldap://x}", "00000000", "12345", "*", "display_name,etag",
        "MONDAY", "25:61", "Etc/Nowhere", "-1", "NaN",
    ];

    public IMessage Message(MessageDescriptor descriptor, int depth = 0)
    {
        var message = descriptor.Parser.ParseFrom(ByteString.Empty);
        foreach (var field in descriptor.Fields.InFieldNumberOrder())
        {
            if (random.Next(4) == 0 || (field.FieldType == FieldType.Message && depth >= MaxDepth))
            {
                continue;
            }

            if (field.IsMap)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                var count = random.Next(10) == 0 ? random.Next(65, 600) : random.Next(0, 5);
                for (var i = 0; i < count; i++)
                {
                    list.Add(Value(field, depth));
                }
            }
            else
            {
                field.Accessor.SetValue(message, Value(field, depth));
            }
        }

        return message;
    }

    private object Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => Text(),
        FieldType.Bytes => ByteString.CopyFrom(Bytes(random.Next(0, 64))),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Int32(),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)Int32(),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Int64(),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)Int64(),
        FieldType.Double => Double(),
        FieldType.Float => (float)Double(),
        FieldType.Enum => random.Next(3) == 0 ? Int32() : field.EnumType.Values[random.Next(field.EnumType.Values.Count)].Number,
        FieldType.Message => Message(field.MessageType, depth + 1),
        _ => throw new NotSupportedException(field.FieldType.ToString()),
    };

    private string Text() => random.Next(8) switch
    {
        0 or 1 => plausibleNames[random.Next(plausibleNames.Count)],
        2 => plausibleNames[random.Next(plausibleNames.Count)] + Oddities[random.Next(Oddities.Length)],
        3 => Oddities[random.Next(Oddities.Length)],
        4 => new string((char)random.Next(32, 127), random.Next(65, 1200)),
        5 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0, 0xFFFF))),
        6 => Encoding.Latin1.GetString(Bytes(random.Next(1, 30))),
        _ => Convert.ToBase64String(Bytes(random.Next(1, 90))),
    };

    private byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private int Int32() => random.Next(6) switch
    {
        0 => int.MinValue,
        1 => int.MaxValue,
        2 => -1,
        3 => 0,
        4 => random.Next(-10, 2000),
        _ => random.Next(int.MinValue, int.MaxValue),
    };

    private long Int64() => random.Next(5) switch
    {
        0 => long.MinValue,
        1 => long.MaxValue,
        2 => -1,
        3 => random.Next(-10, 2000),
        _ => random.NextInt64(long.MinValue, long.MaxValue),
    };

    private double Double() => random.Next(7) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => double.NegativeInfinity,
        3 => -0.0,
        4 => double.MaxValue,
        5 => -1e-300,
        _ => (random.NextDouble() - 0.5) * 10,
    };
}
