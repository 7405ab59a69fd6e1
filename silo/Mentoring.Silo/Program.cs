using Mentoring.Hosting;

// Settings next to the binary apply wherever the process is started from.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddMentoring(asSilo: true);
builder.Build().Run();
