namespace Mentoring.Offline;

/// <summary>The runner's exit codes, from the BSD sysexits convention.</summary>
public static class OfflineExitCodes
{
    public const int Success = 0;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 64;

    /// <summary>The input file was read but is not a valid round.</summary>
    public const int DataError = 65;

    /// <summary>The input file cannot be read.</summary>
    public const int NoInput = 66;

    /// <summary>The output file cannot be written.</summary>
    public const int CannotCreate = 73;
}
