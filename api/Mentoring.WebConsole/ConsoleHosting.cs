using System.Globalization;
using Mentoring.WebConsole.Components;
using Mentoring.WebConsole.Gateway;
using Mentoring.WebConsole.Rounds;
using Mentoring.WebConsole.SignIn;
using Mentoring.WebConsole.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.WebConsole;

/// <summary>
/// Wires the console into a gateway: its cookie scheme, the Blazor components (Interactive Server) and the channel to
/// the gateway's own gRPC address. Pages call the API through <see cref="ConsoleSession"/> only.
/// </summary>
public static class ConsoleHosting
{
    private static readonly CultureInfo[] Languages = [.. LanguageChoice.Supported.Select(c => new CultureInfo(c))];

    // Text comes in the two languages; dates and numbers follow the browser's own region (en-GB, de-CH, ...).
    private static readonly CultureInfo[] Formats =
        [.. Languages, .. CultureInfo.GetCultures(CultureTypes.SpecificCultures).Where(c => LanguageChoice.Supported.Contains(c.TwoLetterISOLanguageName))];

    /// <summary>
    /// Registers the console; <paramref name="grpcAddress"/> and <paramref name="webAddress"/> answer the gateway's own
    /// addresses once they are bound. <paramref name="bearerTenantClaim"/> is the claim the gateway reads the tenant from in
    /// bearer tokens, or null when it accepts none (then OpenID Connect sign-in cannot be configured).
    /// </summary>
    /// <summary>The mail setting that, while empty, sends messages to the dev mailbox (silo/Mentoring.Grains/Mail/MailOptions.cs).</summary>
    public const string SmtpHostKey = "Mentoring:Mail:Smtp:Host";

    public static WebApplicationBuilder AddMentoringConsole(
        this WebApplicationBuilder builder, Func<IServiceProvider, Uri> grpcAddress, Func<IServiceProvider, Uri> webAddress, string? bearerTenantClaim = null)
    {
        var openId = builder.Configuration.GetSection(OpenIdSettings.Section).Get<OpenIdSettings>() ?? new OpenIdSettings();
        if (openId.IsConfigured && (openId.ClientId.Length == 0 || bearerTenantClaim is null))
        {
            throw new InvalidOperationException(
                $"{OpenIdSettings.Section} needs a ClientId, and Mentoring:Auth:Jwt must accept the provider's access tokens (Issuer or Authority, Audience, keys).");
        }

        // Blazor's script and the console's styles are static web assets; outside Development the host would only
        // find them after a publish, and the console is served from the build output too (dotnet run, tests).
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        var authentication = builder.Services.AddAuthentication().AddCookie(ConsoleAuthentication.Scheme, cookie =>
        {
            cookie.Cookie.Name = "mentoring.console";
            cookie.Cookie.HttpOnly = true;

            // The provider's redirect back is a cross-site navigation, which a Strict cookie would not follow to the first page.
            cookie.Cookie.SameSite = openId.IsConfigured ? SameSiteMode.Lax : SameSiteMode.Strict;
            cookie.LoginPath = "/sign-in";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section)
            .Validate(o => o.MaxUploadBytes > 0, $"{ConsoleOptions.Section}:MaxUploadBytes must be positive.").ValidateOnStart()
            .PostConfigure(o => o.DevMailbox = string.IsNullOrWhiteSpace(builder.Configuration[SmtpHostKey]));

        if (openId.IsConfigured)
        {
            OpenIdSignIn.Add(authentication, openId, bearerTenantClaim!);
        }

        builder.Services.AddSingleton(openId);
        builder.Services.AddSingleton(sp => new GatewayChannel(() => grpcAddress(sp)));
        builder.Services.AddHttpClient(ReportProxy.HttpClientName, (sp, http) => http.BaseAddress = webAddress(sp));
        builder.Services.AddScoped<ConsoleSession>();
        builder.Services.AddScoped(_ => ConsoleText.For(CultureInfo.CurrentUICulture));
        return builder;
    }

    /// <summary>Maps the console at the root of the web address; call after routing and authentication.</summary>
    public static WebApplication MapMentoringConsole(this WebApplication app)
    {
        // Only console requests (pages, the Blazor hub, its assets) get the user's culture and the console's cookie: gRPC and
        // REST keep their culture-free behaviour and their own credentials, so a browser's cookie cannot make a REST call.
        app.UseWhen(context => IsConsoleRequest(context.Request), console =>
        {
            console.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture("en"),
                SupportedCultures = Formats,
                SupportedUICultures = Languages,
                FallBackToParentUICultures = true,
            });
            console.Use(async (context, next) =>
            {
                // The gateway's default scheme reads API keys and bearer tokens; console requests carry the console's cookie.
                if (context.User.Identity is not { IsAuthenticated: true })
                {
                    var result = await context.AuthenticateAsync(ConsoleAuthentication.Scheme);
                    if (result.Succeeded)
                    {
                        context.User = result.Principal;
                    }
                }

                await next(context);
            });
        });
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost(SignOutPath, async context =>
        {
            await context.SignOutAsync(ConsoleAuthentication.Scheme);
            context.Response.Redirect("/sign-in");
        }).WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
        if (app.Services.GetRequiredService<OpenIdSettings>().IsConfigured)
        {
            app.MapGet(OpenIdSignIn.ChallengePath, OpenIdSignIn.Challenge);
        }

        app.MapGet(LanguageChoice.Path, LanguageChoice.Choose);
        app.MapGet("/console/programmes/{programme}/rounds/{round}/report.html", ReportProxy.ForwardAsync);
        app.MapGet(MatchExport.Pattern, MatchExport.WriteAsync);
        return app;
    }

    public const string SignOutPath = "/sign-out";

    private static bool IsConsoleRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/v1") && !request.Path.StartsWithSegments("/openapi")
        && request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true;
}
