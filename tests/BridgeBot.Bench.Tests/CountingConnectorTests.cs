using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BridgeBot.Bench.Tests;

/// <summary>The bench's fake Bot Connector: a minimal HTTP/1.1 responder that must read every request whole and count it.</summary>
public class CountingConnectorTests
{
    [Fact]
    public async Task Replies_sends_and_updates_are_counted_and_answered_with_an_id()
    {
        await using var connector = await CountingConnector.StartAsync();
        using var http = new HttpClient();
        var conversation = connector.ServiceUrl + "/v3/conversations/a%3A1xyz";
        var large = new string('x', 200_000); // far more than the responder's buffer

        using var reply = await http.PostAsync(conversation + "/activities/1234", Json(large));
        using var send = await http.PostAsync(conversation + "/activities", Json("hello"));
        using var update = await http.PutAsync(conversation + "/activities/1234", Json("changed"));

        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal(HttpStatusCode.Created, send.StatusCode);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var ids = new[] { reply, send, update }.Select(response => JsonDocument.Parse(response.Content.ReadAsStringAsync().Result).RootElement.GetProperty("id").GetString());
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal((1, 1, 1, 0), (connector.Replies, connector.Sends, connector.Updates, connector.Refused));
    }

    [Theory]
    [InlineData("GET", "/_connector/v3/conversations/c/activities")]
    [InlineData("POST", "/_connector/v3/conversations")]
    [InlineData("POST", "/_connector/v3/conversations/c/activities/1/members")]
    [InlineData("DELETE", "/_connector/v3/conversations/c/activities/1")]
    [InlineData("POST", "/elsewhere")]
    public async Task Anything_else_is_not_found_and_counted_as_refused(string method, string path)
    {
        await using var connector = await CountingConnector.StartAsync();
        using var http = new HttpClient();
        var root = new Uri(connector.ServiceUrl);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(root, path)) { Content = Json("x") };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal((0, 0, 0, 1), (connector.Replies, connector.Sends, connector.Updates, connector.Refused));
    }

    [Fact]
    public async Task A_body_without_a_length_is_refused_not_guessed()
    {
        await using var connector = await CountingConnector.StartAsync();
        using var http = new HttpClient();
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{}")));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, connector.ServiceUrl + "/v3/conversations/c/activities") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 1), (connector.Sends, connector.Refused));
    }

    [Fact]
    public async Task A_post_without_a_length_is_refused_and_its_connection_closed()
    {
        await using var connector = await CountingConnector.StartAsync();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, new Uri(connector.ServiceUrl).Port);

        await socket.SendAsync(Encoding.ASCII.GetBytes("POST /_connector/v3/conversations/c/activities HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n{}"), SocketFlags.None);

        var answer = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        int read;
        while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0)
        {
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", answer.ToString(), StringComparison.Ordinal);
        Assert.Contains("\r\nConnection: close\r\n", answer.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, 1), (connector.Sends, connector.Refused));
    }

    [Fact]
    public async Task Requests_that_arrive_together_or_in_pieces_are_each_answered()
    {
        await using var connector = await CountingConnector.StartAsync();
        var uri = new Uri(connector.ServiceUrl);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, uri.Port);
        var one = Request("POST", "/_connector/v3/conversations/c/activities/9", "{\"text\":\"first\"}");
        var two = Request("PUT", "/_connector/v3/conversations/c/activities/9", "{\"text\":\"second\"}");
        var three = Request("POST", "/_connector/v3/conversations/c/activities", "{\"text\":\"third\"}");

        await socket.SendAsync(Encoding.ASCII.GetBytes(one + two), SocketFlags.None);
        foreach (var piece in three.Chunk(7))
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes(piece), SocketFlags.None);
            await Task.Delay(1);
        }

        var answers = await ReadResponsesAsync(socket, 3);
        Assert.Equal(["HTTP/1.1 201 Created", "HTTP/1.1 200 OK", "HTTP/1.1 201 Created"], answers);
        Assert.Equal((1, 1, 1), (connector.Replies, connector.Updates, connector.Sends));
    }

    private static StringContent Json(string text) => new(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json");

    private static string Request(string method, string path, string body) =>
        $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-length: {Encoding.UTF8.GetByteCount(body)}\r\nContent-Type: application/json\r\n\r\n{body}";

    private static async Task<List<string>> ReadResponsesAsync(Socket socket, int count)
    {
        var received = new StringBuilder();
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Statuses(received.ToString()).Count < count)
        {
            var read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            Assert.NotEqual(0, read);
            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return Statuses(received.ToString());
    }

    // A response's body is not followed by a line break, so the next status line starts right after it.
    private static List<string> Statuses(string text) =>
        [.. Regex.Matches(text, @"HTTP/1\.1 \d{3} [A-Za-z ]+(?=\r\n)").Select(match => match.Value)];
}
