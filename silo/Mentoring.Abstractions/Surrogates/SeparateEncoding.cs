using System.Collections.Immutable;
using Orleans.Serialization;

namespace Mentoring.Abstractions.Surrogates;

/// <summary>
/// Encodes each item of a large batch in a serialization session of its own. One session keeps every object it writes
/// or reads in a table of back-references; for a thousand participants (tens of thousands of strings and arrays) that
/// table outgrew 85 KB, landed on the large object heap, and each such message set off a gen-2 collection in both the
/// sender and the receiver. Per item, the table stays at the size of one participant.
/// </summary>
internal static class SeparateEncoding
{
    public static ImmutableArray<byte[]> Encode<T>(Serializer<T> serializer, ImmutableArray<T> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return [];
        }

        var encoded = new byte[items.Length][];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = serializer.SerializeToArray(items[i]);
        }

        return ImmutableArray.Create(encoded);
    }

    public static ImmutableArray<T> Decode<T>(Serializer<T> serializer, ImmutableArray<byte[]> encoded)
    {
        if (encoded.IsDefaultOrEmpty)
        {
            return [];
        }

        var items = new T[encoded.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = serializer.Deserialize(encoded[i]) ?? throw new InvalidDataException($"Item {i} of a separately encoded batch is empty.");
        }

        return ImmutableArray.Create(items);
    }
}
