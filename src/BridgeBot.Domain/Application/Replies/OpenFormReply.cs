using BridgeBot.Domain.Commands;

namespace BridgeBot.Domain.Application.Replies;

/// <summary>Show the form to open a conflict, filled in with what was given.</summary>
/// <param name="Draft">What was given so far.</param>
/// <param name="Problem">Why the form is shown again, if a submission was refused.</param>
/// <param name="ProblemField">The field the problem is about, if any.</param>
public sealed record OpenFormReply(OpenDraft Draft, string? Problem, string? ProblemField) : CommandReply;
