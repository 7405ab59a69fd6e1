using Mentoring.Cli;

return await MentoringCli.RunAsync(args, CliEnvironment.FromProcess());
