using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Mentoring.Domain;

namespace Mentoring.Contracts.Mapping;

/// <summary>
/// AIP-134 update semantics: the fields named in update_mask are copied from the incoming resource
/// (an unset field in the incoming resource clears it); an empty mask or "*" replaces every writable field.
/// Fields marked IDENTIFIER, IMMUTABLE or OUTPUT_ONLY, and etag, are never copied.
/// </summary>
public static class FieldMasks
{
    private const string Wildcard = "*";
    private const string EtagField = "etag";

    /// <summary>Merges <paramref name="incoming"/> into a copy of <paramref name="existing"/>; violations name "update_mask.paths[i]".</summary>
    public static MappingResult<T> Apply<T>(T existing, T incoming, FieldMask? updateMask)
        where T : IMessage<T>
    {
        var merged = existing.Clone();
        var violations = new List<FieldViolation>();
        var paths = updateMask?.Paths ?? [];
        if (paths.Count == 0 || (paths.Count == 1 && paths[0] == Wildcard))
        {
            foreach (var field in merged.Descriptor.Fields.InFieldNumberOrder().Where(IsWritable))
            {
                Copy(field, incoming, merged);
            }

            return new(merged, violations);
        }

        for (var i = 0; i < paths.Count; i++)
        {
            var problem = Resolve(merged.Descriptor, paths[i], out var fields);
            if (problem is not null)
            {
                violations.Add(new FieldViolation($"update_mask.paths[{i}]", $"'{paths[i]}' {problem}"));
                continue;
            }

            CopyPath(fields, incoming, merged);
        }

        return new(violations.Count == 0 ? merged : existing.Clone(), violations);
    }

    private static string? Resolve(MessageDescriptor root, string path, out List<FieldDescriptor> fields)
    {
        fields = [];
        if (path == Wildcard)
        {
            return "must be the only path when used";
        }

        var descriptor = root;
        foreach (var segment in path.Split('.'))
        {
            var field = descriptor?.FindFieldByName(segment);
            if (field is null)
            {
                return "is not a field of " + root.Name;
            }

            if (!IsWritable(field))
            {
                return "is output only or immutable and cannot be updated";
            }

            fields.Add(field);
            descriptor = field.FieldType == FieldType.Message && !field.IsRepeated && !field.IsMap ? field.MessageType : null;
        }

        return null;
    }

    private static void CopyPath(List<FieldDescriptor> fields, IMessage source, IMessage target)
    {
        for (var i = 0; i < fields.Count - 1; i++)
        {
            var field = fields[i];
            source = field.Accessor.GetValue(source) as IMessage ?? (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
            if (field.Accessor.GetValue(target) is not IMessage child)
            {
                child = (IMessage)Activator.CreateInstance(field.MessageType.ClrType)!;
                field.Accessor.SetValue(target, child);
            }

            target = child;
        }

        Copy(fields[^1], source, target);
    }

    private static void Copy(FieldDescriptor field, IMessage source, IMessage target)
    {
        var accessor = field.Accessor;
        if (field.IsRepeated)
        {
            var list = (System.Collections.IList)accessor.GetValue(target);
            list.Clear();
            foreach (var item in (System.Collections.IList)accessor.GetValue(source))
            {
                list.Add(Clone(item));
            }

            return;
        }

        if (field.HasPresence && !accessor.HasValue(source))
        {
            accessor.Clear(target);
            return;
        }

        accessor.SetValue(target, Clone(accessor.GetValue(source)));
    }

    private static object Clone(object value) =>
        value is IMessage message ? message.Descriptor.Parser.ParseFrom(message.ToByteString()) : value;

    private static bool IsWritable(FieldDescriptor field)
    {
        if (field.Name == EtagField)
        {
            return false;
        }

        var behaviours = field.GetOptions()?.GetExtension(FieldBehaviorExtensions.FieldBehavior);
        return behaviours is null || !behaviours.Any(b => b is FieldBehavior.OutputOnly or FieldBehavior.Immutable or FieldBehavior.Identifier);
    }
}
