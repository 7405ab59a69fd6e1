using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Mentoring.Contracts.V1;
using Mentoring.LoadTests.Cli;
using Mentoring.LoadTests.Processes;
using Mentoring.LoadTests.Reports;

namespace Mentoring.LoadTests.Scenarios;

/// <summary>What a scenario works with: clients of the server and of the echo baseline, the options, the report and the memory probe.</summary>
public sealed class ScenarioContext : IDisposable
{
    private readonly GrpcChannel _serverChannel;
    private readonly GrpcChannel _echoChannel;

    public ScenarioContext(HarnessOptions options, string target, string echoTarget, RunReport report, MemoryProbe memory, TextWriter log)
    {
        Options = options;
        Report = report;
        Memory = memory;
        Log = log;
        var channelOptions = new GrpcChannelOptions { MaxReceiveMessageSize = 256 * 1024 * 1024, MaxSendMessageSize = 16 * 1024 * 1024 };
        _serverChannel = GrpcChannel.ForAddress(target, channelOptions);
        _echoChannel = GrpcChannel.ForAddress(echoTarget, channelOptions);
        var invoker = _serverChannel.Intercept(new CredentialsInterceptor(options.ApiKey, options.BearerToken));
        Programmes = new ProgrammeService.ProgrammeServiceClient(invoker);
        Participants = new ParticipantService.ParticipantServiceClient(invoker);
        Rounds = new RoundService.RoundServiceClient(invoker);
        Recommendations = new RecommendationService.RecommendationServiceClient(invoker);
        Webhooks = new WebhookService.WebhookServiceClient(invoker);
        Echo = new Echo.Echo.EchoClient(_echoChannel.Intercept(new CredentialsInterceptor(options.ApiKey, options.BearerToken)));
    }

    public HarnessOptions Options { get; }

    /// <summary>The gateway's web address (console, REST) on a topology the harness started; null for an external one.</summary>
    public string? WebAddress { get; init; }
    /// <summary>The SMTP sink of the mail scenario, started before the server so the server can be pointed at it.</summary>
    public Receivers.SmtpSink? Smtp { get; init; }

    /// <summary>The server processes, for scenarios that restart one of them.</summary>
    public ServerTopology? Topology { get; init; }

    public RunReport Report { get; }
    public MemoryProbe Memory { get; }
    public TextWriter Log { get; }
    public ProgrammeService.ProgrammeServiceClient Programmes { get; }
    public ParticipantService.ParticipantServiceClient Participants { get; }
    public RoundService.RoundServiceClient Rounds { get; }
    public RecommendationService.RecommendationServiceClient Recommendations { get; }
    public WebhookService.WebhookServiceClient Webhooks { get; }
    public Echo.Echo.EchoClient Echo { get; }

    /// <summary>Set by a scenario whose size has a memory target across the server processes.</summary>
    public bool CheckServerMemoryTarget { get; set; }

    /// <summary>Deadline for one unary call; a hung call ends as DEADLINE_EXCEEDED instead of holding the run open.</summary>
    public static DateTime CallDeadline => DateTime.UtcNow.AddSeconds(30);

    public void Dispose()
    {
        _serverChannel.Dispose();
        _echoChannel.Dispose();
    }

    /// <summary>Sends the configured credentials the way the security work expects them (docs/API.md).</summary>
    private sealed class CredentialsInterceptor(string? apiKey, string? bearer) : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
            AsyncUnaryCallContinuation<TRequest, TResponse> continuation) => continuation(request, WithCredentials(context));

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context,
            AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) => continuation(WithCredentials(context));

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
            AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) => continuation(request, WithCredentials(context));

        private ClientInterceptorContext<TRequest, TResponse> WithCredentials<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
            where TRequest : class
            where TResponse : class
        {
            if (apiKey is null && bearer is null)
            {
                return context;
            }

            var headers = context.Options.Headers ?? [];
            if (apiKey is not null)
            {
                headers.Add("x-api-key", apiKey);
            }

            if (bearer is not null)
            {
                headers.Add("authorization", $"Bearer {bearer}");
            }

            return new(context.Method, context.Host, context.Options.WithHeaders(headers));
        }
    }
}
