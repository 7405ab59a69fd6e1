using Mentoring.Offline;

return await OfflineRunner.RunAsync(args, Console.Out, Console.Error);
