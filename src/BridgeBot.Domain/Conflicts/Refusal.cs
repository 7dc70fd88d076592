namespace BridgeBot.Domain.Conflicts;

/// <summary>A user-facing reason why nothing changed. Never an exception: a mistake is a normal answer.</summary>
/// <param name="Code">The kind of refusal.</param>
/// <param name="Message">What to tell the person, in plain words, with what to do instead.</param>
/// <param name="Field">The input the message is about, when one is (for field errors in forms).</param>
public sealed record Refusal(RefusalCode Code, string Message, string? Field = null)
{
    /// <summary>The person may not do this.</summary>
    public static Refusal NotAllowed(string message) => new(RefusalCode.NotAllowed, message);

    /// <summary>Not in this state.</summary>
    public static Refusal WrongState(string message) => new(RefusalCode.WrongState, message);

    /// <summary>Invalid input, optionally tied to a form field.</summary>
    public static Refusal Invalid(string message, string? field = null) => new(RefusalCode.InvalidInput, message, field);

    /// <summary>Already done.</summary>
    public static Refusal AlreadyDone(string message) => new(RefusalCode.AlreadyDone, message);
}
