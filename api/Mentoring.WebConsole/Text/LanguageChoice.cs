using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace Mentoring.WebConsole.Text;

/// <summary>
/// <c>GET /language?name=de&amp;return=/...</c>: keeps the chosen UI language in ASP.NET Core's culture cookie (which
/// request localization reads before the browser's Accept-Language) and goes back to the page, a local path only.
/// </summary>
public static class LanguageChoice
{
    public const string Path = "/language";

    public static IReadOnlyList<string> Supported { get; } = ["en", "de"];

    public static string Link(string language, string returnPath) =>
        $"language?name={language}&return={Uri.EscapeDataString(returnPath)}";

    public static IResult Choose(HttpContext context, string name, string? @return)
    {
        if (Supported.Contains(name))
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        }

        var local = @return is { Length: > 0 } r && r[0] == '/' && !r.StartsWith("//", StringComparison.Ordinal) && !r.StartsWith("/\\", StringComparison.Ordinal);
        return Results.LocalRedirect(local ? @return! : "/");
    }
}
