// The HTTP API arrives in its own issue; until then the host only answers a health probe so the
// solution layout is complete and the project keeps compiling against Ingest.Core.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();
