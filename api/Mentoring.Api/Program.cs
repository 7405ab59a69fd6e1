using Mentoring.Api;
using Mentoring.Api.Health;
using Mentoring.Api.Hosting;
using Mentoring.Api.Security;
using Mentoring.Api.Services;
using Mentoring.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Settings next to the binary apply wherever the process is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var mentoring = builder.AddMentoring(asSilo: builder.Configuration.GetValue("Mentoring:GatewayMode", GatewayMode.CoHosted) == GatewayMode.CoHosted);
var gateway = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();

// Plaintext gRPC needs HTTP/2 with prior knowledge; TLS is configured through Kestrel's own settings (docs/CONFIGURATION.md).
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));

builder.AddMentoringSecurity();
builder.Services.AddSingleton(gateway);
builder.Services.AddGrpc(grpc =>
{
    grpc.MaxReceiveMessageSize = gateway.MaxReceiveMessageBytes;
    grpc.MaxSendMessageSize = gateway.MaxSendMessageBytes;
    grpc.Interceptors.Add<CallAuthorizationInterceptor>();
});
builder.Services.AddGrpcReflection();
builder.Services.UseValidatingRequestMarshallers();
builder.Services.AddGrpcHealthChecks().AddCheck<ClusterHealthCheck>("cluster");
builder.Services.AddSingleton<ParticipantImport>();

var app = builder.Build();
app.UseMentoringSecurity();
app.MapGrpcService<ProgrammeService>();
app.MapGrpcService<ParticipantService>();
app.MapGrpcService<RoundService>();
app.MapGrpcService<RecommendationService>();
app.MapGrpcService<MatchService>();
app.MapGrpcService<ApiKeyService>();
app.MapGrpcService<AuditService>();
app.MapGrpcService<DataProtectionService>();
app.MapGrpcHealthChecksService();
app.MapGrpcReflectionService();
Mentoring.Api.Reports.RoundReportEndpoint.MapRoundReport(app);

app.Logger.LogInformation("Mentoring gateway starting ({Mode}, storage {Storage})", mentoring.GatewayMode, mentoring.Storage.Engine);
app.Run();

/// <summary>Visible to the functional tests' host factory.</summary>
public partial class Program;
