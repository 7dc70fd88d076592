using System.Text.Json.Nodes;

namespace BridgeBot.Teams.Tests.Connector;

/// <summary>What the fake connector received, with the path exactly as it came over the wire.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, JsonNode? Body, int AnsweredStatus);
