using BridgeBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Bench;

/// <summary>
/// A Bot Connector on loopback that only counts what it receives (the test fake keeps every body, which under load
/// would measure the fake's memory, not the bot's). Replies and sends answer 201 with an id, updates 200.
/// </summary>
internal sealed class CountingConnector : IAsyncDisposable
{
    private readonly LoopbackServer server;
    private int replies;
    private int sends;
    private int updates;
    private int ids;

    private CountingConnector(LoopbackServer server)
    {
        this.server = server;
    }

    public string ServiceUrl => server.BaseAddress.AbsoluteUri.TrimEnd('/') + "/_connector";

    public int Replies => Volatile.Read(ref replies);

    public int Sends => Volatile.Read(ref sends);

    public int Updates => Volatile.Read(ref updates);

    public static async Task<CountingConnector> StartAsync()
    {
        CountingConnector? connector = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http) => connector!.CountAsync(http, ref connector.replies, 201));
            app.MapPost("/_connector/v3/conversations/{conversationId}/activities", (HttpContext http) => connector!.CountAsync(http, ref connector.sends, 201));
            app.MapPut("/_connector/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http) => connector!.CountAsync(http, ref connector.updates, 200));
        });
        connector = new CountingConnector(server);
        return connector;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private Task CountAsync(HttpContext http, ref int counter, int status)
    {
        Interlocked.Increment(ref counter);
        var id = Interlocked.Increment(ref ids);
        return Respond(http, status, id);
    }

    private static async Task Respond(HttpContext http, int status, int id)
    {
        await http.Request.Body.CopyToAsync(Stream.Null);
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}
