namespace BridgeBot.Teams.Tests.Cards.Support;

/// <summary>What the adaptivecards library said about one card file.</summary>
internal sealed record CardReport(string File, IReadOnlyList<CardProblem> Errors, IReadOnlyList<CardProblem> Warnings);
