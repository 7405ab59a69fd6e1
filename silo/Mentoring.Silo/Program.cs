using Mentoring.Hosting;

// Settings next to the binary apply wherever the process is started from.
SiloApplication.Build(WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory })).Run();
