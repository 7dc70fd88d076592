namespace BridgeBot.Domain.Logbook;

/// <summary>The managers' retrospective answers counted: did the customer impact they predicted happen?</summary>
/// <param name="Held">Answered yes.</param>
/// <param name="Partly">Answered partly.</param>
/// <param name="DidNotHold">Answered no.</param>
public sealed record PredictionTally(int Held, int Partly, int DidNotHold)
{
    /// <summary>Every answer.</summary>
    public int Answered => Held + Partly + DidNotHold;
}
