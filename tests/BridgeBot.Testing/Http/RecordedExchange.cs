using System.Net;

namespace BridgeBot.Testing.Http;

/// <summary>One request seen by a <see cref="CountingHandler"/> and the response it got.</summary>
/// <param name="Method">The request method.</param>
/// <param name="Uri">The request URL.</param>
/// <param name="Status">The response status.</param>
/// <param name="EntityCount">How many table entities the response body carried.</param>
public sealed record RecordedExchange(HttpMethod Method, Uri Uri, HttpStatusCode Status, int EntityCount);
