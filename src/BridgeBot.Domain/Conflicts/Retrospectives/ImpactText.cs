namespace BridgeBot.Domain.Conflicts.Retrospectives;

/// <summary>The words of a retrospective answer, shared by the Teams card, the Slack message and modal, and the <c>retro</c> command.</summary>
public static class ImpactText
{
    /// <summary>Every answer, in the order the choices are shown.</summary>
    public static IReadOnlyList<ImpactHappened> Answers { get; } = [ImpactHappened.Yes, ImpactHappened.Partly, ImpactHappened.No];

    /// <summary>The answer as a choice shows it: "Yes, it happened", "Partly", "No, it did not".</summary>
    public static string Label(ImpactHappened answer) => answer switch
    {
        ImpactHappened.Yes => "Yes, it happened",
        ImpactHappened.Partly => "Partly",
        _ => "No, it did not",
    };

    /// <summary>The answer as a word ("yes", "partly", "no"): a choice's value, and what the <c>retro</c> command reads.</summary>
    public static string Word(ImpactHappened answer) => answer.ToString().ToLowerInvariant();

    /// <summary>The answer <paramref name="word"/> stands for, or null when it is none of them.</summary>
    public static ImpactHappened? FromWord(string? word) =>
        Answers.Where(answer => Word(answer) == word).Cast<ImpactHappened?>().FirstOrDefault();
}
