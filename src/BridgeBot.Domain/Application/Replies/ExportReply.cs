namespace BridgeBot.Domain.Application.Replies;

/// <summary>Every decision of the workspace as CSV.</summary>
/// <param name="FileName">A file name for the download.</param>
/// <param name="Csv">The CSV text.</param>
/// <param name="Rows">Decision rows in it.</param>
public sealed record ExportReply(string FileName, string Csv, int Rows) : CommandReply;
