using Mentoring.Api;
using Mentoring.Api.Errors;
using Mentoring.Api.Health;
using Mentoring.Api.Hosting;
using Mentoring.Api.Security;
using Mentoring.Api.Services;
using Mentoring.Api.Telemetry;
using Mentoring.Api.Web;
using Mentoring.Hosting;
using Mentoring.WebConsole;

// Settings next to the binary apply wherever the process is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

var coHosted = builder.Configuration.GetValue("Mentoring:GatewayMode", GatewayMode.CoHosted) == GatewayMode.CoHosted;
var mentoring = builder.AddMentoring(asSilo: coHosted);
var gateway = builder.Configuration.GetSection(GatewayOptions.Section).Get<GatewayOptions>() ?? new GatewayOptions();
var events = builder.Configuration.GetSection(EventOptions.Section).Get<EventOptions>() ?? new EventOptions();
events.Validate();

// gRPC on Urls (HTTP/2 only), health, metrics and dashboard on Mentoring:Operations:Urls, REST, OpenAPI and the report on
// Mentoring:Web:Urls (HTTP/1.1); TLS through Kestrel's own settings (docs/CONFIGURATION.md).
builder.AddMentoringOperations(mentoring, asSilo: coHosted, servesGrpc: true);

var auth = builder.AddMentoringSecurity();
builder.Services.AddSingleton(gateway);
builder.Services.AddSingleton(events);
builder.Services.AddGrpc(grpc =>
{
    grpc.MaxReceiveMessageSize = gateway.MaxReceiveMessageBytes;
    grpc.MaxSendMessageSize = gateway.MaxSendMessageBytes;
    grpc.Interceptors.Add<CallAuthorizationInterceptor>();
    grpc.Interceptors.Add<StorageFaultInterceptor>();
});
builder.Services.AddGrpcReflection();
builder.Services.AddMentoringRest();
builder.Services.UseValidatingRequestMarshallers();
builder.Services.AddGrpcHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [OperationsEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
builder.Services.AddSingleton<ParticipantImport>();
builder.Services.AddSingleton(new Mentoring.Domain.Webhooks.WebhookUrlRules(builder.Configuration.GetValue("Mentoring:Webhooks:AllowPrivateAddresses", false)));
builder.Services.AddSingleton<WebhookEndpointInput>();
builder.Services.AddSingleton<ImportMetrics>();
builder.Services.AddSingleton<RpcServerMetrics>();
builder.AddMentoringConsole(OwnAddresses.Grpc, OwnAddresses.Web, auth.Jwt.IsConfigured ? auth.Jwt.TenantClaim : null);

var app = builder.Build();
app.UseMiddleware<RpcServerMetrics>();
app.UseMentoringOpenApi();
app.UseMentoringSecurity();
app.MapGrpcService<ProgrammeService>();
app.MapGrpcService<ParticipantService>();
app.MapGrpcService<RoundService>();
app.MapGrpcService<RecommendationService>();
app.MapGrpcService<MatchService>();
app.MapGrpcService<ApiKeyService>();
app.MapGrpcService<AuditService>();
app.MapGrpcService<DataProtectionService>();
app.MapGrpcService<EventService>();
app.MapGrpcService<WebhookService>();
app.MapGrpcService<DevMailboxService>();
app.MapGrpcService<ParticipantLinkService>();
app.MapGrpcService<FeedbackService>();
app.MapGrpcHealthChecksService();
app.MapGrpcReflectionService();
app.MapMentoringOperations(mentoring);
Mentoring.Api.Reports.RoundReportEndpoint.MapRoundReport(app);

// The web console at the root of the web address: a client of the services above, over the gateway's own gRPC address.
app.MapMentoringConsole();

app.Logger.LogInformation("Mentoring gateway starting ({Mode}, storage {Storage})", mentoring.GatewayMode, mentoring.Storage.Engine);
app.Run();

/// <summary>Visible to the functional tests' host factory.</summary>
public partial class Program;
