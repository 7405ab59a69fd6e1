namespace Mentoring.Contracts.Mapping;

/// <summary>The page_size rule of every List method: zero means the default, large values are capped.</summary>
public static class PageSizes
{
    public const int Default = 100;
    public const int Maximum = 1000;

    /// <summary>False only for a negative page_size, which is INVALID_ARGUMENT.</summary>
    public static bool TryNormalise(int requested, out int pageSize)
    {
        pageSize = requested switch
        {
            0 => Default,
            > Maximum => Maximum,
            _ => requested,
        };
        return requested >= 0;
    }
}
