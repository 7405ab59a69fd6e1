using System.Text;

namespace Mentoring.Testing;

/// <summary>Raw scans of files another process may hold open, such as a live SQLite database: rows, freed pages and log frames alike.</summary>
public static class FileBytes
{
    /// <summary>Whether the file's bytes hold <paramref name="text"/> as UTF-8 anywhere.</summary>
    public static bool Contain(string path, string text)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var bytes = new MemoryStream();
        file.CopyTo(bytes);
        return bytes.GetBuffer().AsSpan(0, (int)bytes.Length).IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }
}
