using BridgeBot.Host.Health;
using BridgeBot.Host.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBridgeBotCore();
builder.AddBridgeBotStorageWithReadiness();
builder.AddBridgeBotHealth();

var app = builder.Build();

app.MapBridgeBotHealth();

app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
