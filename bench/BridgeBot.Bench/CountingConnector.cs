using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BridgeBot.Bench;

/// <summary>
/// A Bot Connector on loopback that only counts what it receives: replies and sends answer 201 with an id, updates
/// 200, anything else 404. It is a measuring instrument sharing the machine's two cores with the bot, so it costs as
/// little as it can: a minimal HTTP/1.1 responder on a socket that reads each request whole (headers and every byte of
/// the <c>Content-Length</c> body) with a 64 KB buffer, where a Kestrel app read a 12 KB reply in 4 KB blocks and
/// took 7–8 system calls per delivery, more than the bot's own side of the exchange. A request it cannot read (a POST
/// or PUT without <c>Content-Length</c>, a chunked body, a malformed head) is answered 400 and its connection closed,
/// so the bot sees a failure and nothing is counted as delivered.
/// </summary>
internal sealed class CountingConnector : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly Socket listener;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;
    private readonly List<Task> connections = [];
    private int replies;
    private int sends;
    private int updates;
    private int refused;
    private int ids;

    private CountingConnector(Socket listener)
    {
        this.listener = listener;
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        ServiceUrl = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/_connector";
        accepting = AcceptAsync();
    }

    public string ServiceUrl { get; }

    public int Replies => Volatile.Read(ref replies);

    public int Sends => Volatile.Read(ref sends);

    public int Updates => Volatile.Read(ref updates);

    /// <summary>Requests answered 400 or 404 (nothing the bench sends should be).</summary>
    public int Refused => Volatile.Read(ref refused);

    public static Task<CountingConnector> StartAsync()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(512);
        return Task.FromResult(new CountingConnector(listener));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Dispose();
        await accepting;
        Task[] open;
        lock (connections)
        {
            open = [.. connections];
        }

        await Task.WhenAll(open);
        stopping.Dispose();
    }

    /// <summary>The connector operation a request line asks for (<see cref="Route.None"/>: none the fake knows).</summary>
    private static Route Classify(ReadOnlySpan<byte> method, ReadOnlySpan<byte> path)
    {
        var prefix = "/_connector/v3/conversations/"u8;
        if (!path.StartsWith(prefix))
        {
            return Route.None;
        }

        // {conversationId}/activities or {conversationId}/activities/{activityId}
        var rest = path[prefix.Length..];
        var slash = rest.IndexOf((byte)'/');
        if (slash <= 0)
        {
            return Route.None;
        }

        var tail = rest[(slash + 1)..];
        var activities = "activities"u8;
        var isList = tail.SequenceEqual(activities);
        var isOne = tail.StartsWith(activities) && tail.Length > activities.Length + 1 && tail[activities.Length] == '/'
            && tail[(activities.Length + 1)..].IndexOf((byte)'/') < 0;
        return (method.SequenceEqual("POST"u8), method.SequenceEqual("PUT"u8)) switch
        {
            (true, _) when isList => Route.Send,
            (true, _) when isOne => Route.Reply,
            (_, true) when isOne => Route.Update,
            _ => Route.None,
        };
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException || stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                // One failed accept (an aborted connection, a full descriptor table) must not stop the connector.
                await Task.Delay(10);
                continue;
            }

            socket.NoDelay = true;
            var serving = ServeAsync(socket);
            lock (connections)
            {
                connections.RemoveAll(task => task.IsCompleted);
                connections.Add(serving);
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var filled = 0;
            while (true)
            {
                // The head: read until the blank line.
                int headEnd;
                while ((headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
                {
                    if (filled == buffer.Length)
                    {
                        await RefuseAsync(socket);
                        return;
                    }

                    var read = await socket.ReceiveAsync(buffer.AsMemory(filled), SocketFlags.None, stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    filled += read;
                }

                if (!TryReadHead(buffer.AsSpan(0, headEnd), out var route, out var length))
                {
                    await RefuseAsync(socket);
                    return;
                }

                // The body: every byte of it, whatever arrived with the head first.
                var consumed = headEnd + 4;
                var bodyHere = (int)Math.Min(length, filled - consumed);
                var remaining = length - bodyHere;
                consumed += bodyHere;
                while (remaining > 0)
                {
                    var read = await socket.ReceiveAsync(buffer, SocketFlags.None, stopping.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    var body = (int)Math.Min(remaining, read);
                    remaining -= body;
                    filled = read;
                    consumed = body;
                }

                // Keep what belongs to the next request.
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                await RespondAsync(socket, route);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped, or the bot closed the connection.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            socket.Dispose();
        }
    }

    private static bool TryReadHead(ReadOnlySpan<byte> head, out Route route, out long length)
    {
        route = Route.None;
        length = -1;
        var lineEnd = head.IndexOf("\r\n"u8);
        var requestLine = lineEnd < 0 ? head : head[..lineEnd];
        var firstSpace = requestLine.IndexOf((byte)' ');
        var lastSpace = requestLine.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace || !requestLine[(lastSpace + 1)..].SequenceEqual("HTTP/1.1"u8))
        {
            return false;
        }

        var headers = lineEnd < 0 ? [] : head[(lineEnd + 2)..];
        while (!headers.IsEmpty)
        {
            var end = headers.IndexOf("\r\n"u8);
            var line = end < 0 ? headers : headers[..end];
            headers = end < 0 ? [] : headers[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                return false;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                return false;
            }

            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8)
                && (length >= 0 || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out length)))
            {
                return false;
            }
        }

        var method = requestLine[..firstSpace];
        if (length < 0 && (method.SequenceEqual("POST"u8) || method.SequenceEqual("PUT"u8)))
        {
            return false;
        }

        length = Math.Max(length, 0);
        route = Classify(method, requestLine[(firstSpace + 1)..lastSpace]);
        return true;
    }

    // Sends and replies answer 201 and updates 200, each with a new id; anything else 404.
    private Task RespondAsync(Socket socket, Route route)
    {
        switch (route)
        {
            case Route.Send:
                Interlocked.Increment(ref sends);
                break;
            case Route.Reply:
                Interlocked.Increment(ref replies);
                break;
            case Route.Update:
                Interlocked.Increment(ref updates);
                break;
            default:
                Interlocked.Increment(ref refused);
                return SendAsync(socket, "404 Not Found", string.Empty);
        }

        var id = "{\"id\":\"" + Interlocked.Increment(ref ids).ToString(CultureInfo.InvariantCulture) + "\"}";
        return SendAsync(socket, route == Route.Update ? "200 OK" : "201 Created", id);
    }

    private async Task SendAsync(Socket socket, string status, string body, bool close = false)
    {
        var response = string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\n{(close ? "Connection: close\r\n" : "")}\r\n{body}");
        await socket.SendAsync(Encoding.ASCII.GetBytes(response), SocketFlags.None, stopping.Token);
    }

    private async Task RefuseAsync(Socket socket)
    {
        Interlocked.Increment(ref refused);
        await SendAsync(socket, "400 Bad Request", string.Empty, close: true);
        socket.Shutdown(SocketShutdown.Send);

        // Read off what the client is still sending, so that closing does not reset the connection before it read the 400.
        var rest = new byte[4096];
        using var drain = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
        drain.CancelAfter(TimeSpan.FromSeconds(1));
        while (await socket.ReceiveAsync(rest, SocketFlags.None, drain.Token) > 0)
        {
        }
    }

    /// <summary>The connector operations the bench counts.</summary>
    internal enum Route
    {
        None,
        Send,
        Reply,
        Update,
    }
}
