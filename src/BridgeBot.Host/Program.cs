using BridgeBot.Host.Digests;
using BridgeBot.Host.Health;
using BridgeBot.Host.Hosting;
using BridgeBot.Host.Retrospectives;
using BridgeBot.Slack;
using BridgeBot.Teams;
using BridgeBot.Teams.Endpoint;
using BridgeBot.Web.Hosting;
using BridgeBot.Web.Page;
using BridgeBot.Web.TeamsTab;

if (HealthProbe.IsRequested(args, out var probeUrl))
{
    return await HealthProbe.RunAsync(probeUrl, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddBridgeBotCore();
builder.AddBridgeBotWeb();
builder.AddBridgeBotStorageWithReadiness();
builder.AddBridgeBotTeams();
builder.AddTeamsTab();
builder.AddBridgeBotDigests();
builder.AddBridgeBotRetrospectives();
builder.AddBridgeBotSlack();
builder.AddBridgeBotHealth();

var app = builder.Build();

app.MapBridgeBotHealth();
app.MapTeamsMessages();
app.MapTeamsTab();
app.MapSlackEndpoints();
app.MapDecisionLog();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
