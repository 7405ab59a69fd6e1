using Microsoft.AspNetCore.Builder;

namespace Mentoring.Hosting;

/// <summary>The standalone silo process, built the same way by its Program and by the tests that host silos in-process.</summary>
public static class SiloApplication
{
    /// <summary>A silo serves no API: only health, metrics and the dashboard, on <c>Mentoring:Operations:Urls</c>.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var mentoring = builder.AddMentoring(asSilo: true);
        builder.AddMentoringOperations(mentoring, asSilo: true, servesGrpc: false);
        var app = builder.Build();
        app.MapMentoringOperations(mentoring);
        return app;
    }
}
