using System.CommandLine;
using Grpc.Core;
using Mentoring.Cli.Connection;
using Mentoring.Cli.Output;

namespace Mentoring.Cli;

/// <summary>Runs a command's body and turns every expected failure into readable lines and an exit code, never a stack trace.</summary>
public static class CommandAction
{
    public static void Set(Command command, CliEnvironment environment, Func<CommandContext, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var context = new CommandContext(parse, environment, cancellationToken);
            try
            {
                return await body(context);
            }
            catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled || !cancellationToken.IsCancellationRequested)
            {
                var error = RpcErrorDescription.From(e, context.Connection.Endpoint.Value ?? ConnectionResolver.DefaultEndpoint);
                if (context.Json)
                {
                    context.WriteJson(error.ToJson());
                }

                foreach (var line in error.Lines())
                {
                    environment.Error.WriteLine(line);
                }

                return ExitCodes.Failed;
            }
            catch (CliUsageException e)
            {
                Fail(context, "InvalidInput", e.Message);
                return ExitCodes.Failed;
            }
            catch (IOException e)
            {
                Fail(context, "IOError", e.Message);
                return ExitCodes.Failed;
            }
            catch (UnauthorizedAccessException e)
            {
                Fail(context, "IOError", e.Message);
                return ExitCodes.Failed;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug of the tool still ends in one line; MENTORING_CLI_DEBUG=1 shows the stack trace for a bug report.
                Fail(context, "InternalError", environment.GetVariable("MENTORING_CLI_DEBUG") == "1" ? e.ToString() : $"{e.GetType().Name}: {e.Message}");
                return ExitCodes.Failed;
            }
        });

    private static void Fail(CommandContext context, string code, string message)
    {
        if (context.Json)
        {
            context.WriteJson(new RpcErrorDescription(code, message, []).ToJson());
        }

        context.Environment.Error.WriteLine($"{code}: {message}");
    }
}
