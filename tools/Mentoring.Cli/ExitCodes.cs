namespace Mentoring.Cli;

/// <summary>The tool's exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The server refused the call, or the input was unusable.</summary>
    public const int Failed = 1;

    /// <summary>An import finished, but at least one row was rejected (the valid rows were imported).</summary>
    public const int RowsRejected = 2;

    /// <summary>A followed round ended FAILED or CANCELLED.</summary>
    public const int RoundNotDone = 3;

    /// <summary>Ctrl-C detached from a round, which keeps running on the server.</summary>
    public const int Detached = 130;
}
