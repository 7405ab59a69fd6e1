using System.Text;

namespace Mentoring.Operations.Tests.Infrastructure;

/// <summary>Standard output, redirected into memory until disposed (the test classes of this project run one at a time).</summary>
public sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _original = Console.Out;
    private readonly StringBuilder _text = new();

    public ConsoleCapture() => Console.SetOut(TextWriter.Synchronized(new StringWriter(_text)));

    public string Text
    {
        get
        {
            Console.Out.Flush();
            lock (Console.Out)
            {
                return _text.ToString();
            }
        }
    }

    public void Dispose() => Console.SetOut(_original);
}
