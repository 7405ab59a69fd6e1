using Mentoring.Hosting;

var builder = Host.CreateApplicationBuilder(args);
builder.AddMentoring(asSilo: true);
builder.Build().Run();
