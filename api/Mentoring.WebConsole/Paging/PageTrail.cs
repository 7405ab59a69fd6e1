namespace Mentoring.WebConsole.Paging;

/// <summary>
/// Where a listing is in the server's pages: the token of the page shown and those of the pages before it, so "previous"
/// asks the server again instead of keeping pages in the circuit.
/// </summary>
public sealed class PageTrail
{
    private readonly Stack<string> _before = new();

    /// <summary>The token of the page shown ("" for the first).</summary>
    public string Current { get; private set; } = "";

    public int Number => _before.Count + 1;

    public bool HasPrevious => _before.Count > 0;

    public string First()
    {
        _before.Clear();
        return Current = "";
    }

    public string Next(string nextPageToken)
    {
        _before.Push(Current);
        return Current = nextPageToken;
    }

    public string Previous() => Current = _before.Pop();
}
