using BridgeBot.Host.Health;
using BridgeBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Host.Tests.Health;

public class HealthProbeTests
{
    [Theory]
    [InlineData(new[] { "--probe", "http://127.0.0.1:8080/healthz" }, true, true)]
    [InlineData(new[] { "--probe" }, true, false)]
    [InlineData(new[] { "--probe", "not a url" }, true, false)]
    [InlineData(new string[0], false, false)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:5000" }, false, false)]
    public void IsRequested_ReadsTheArguments(string[] args, bool requested, bool hasUrl)
    {
        Assert.Equal(requested, HealthProbe.IsRequested(args, out var url));
        Assert.Equal(hasUrl, url is not null);
    }

    [Fact]
    public async Task Run_AgainstAHealthyAndAnUnhealthyEndpoint_ExitsZeroThenOne()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/healthz", () => Results.Ok());
            app.MapGet("/down", () => Results.StatusCode(503));
        });
        using var error = new StringWriter();

        var healthy = await HealthProbe.RunAsync(server.Url("healthz"), error);
        var down = await HealthProbe.RunAsync(server.Url("down"), error);

        Assert.Equal(0, healthy);
        Assert.Equal(1, down);
        Assert.Contains("answered 503", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithNothingListening_ExitsOneAndSaysSo()
    {
        using var error = new StringWriter();

        var exit = await HealthProbe.RunAsync(new Uri(LoopbackServer.UnboundUrl(), "healthz"), error);

        Assert.Equal(1, exit);
        Assert.Contains("did not answer", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithoutAUrl_PrintsUsage()
    {
        using var error = new StringWriter();

        Assert.Equal(2, await HealthProbe.RunAsync(null, error));
        Assert.Contains("usage:", error.ToString(), StringComparison.Ordinal);
    }
}
