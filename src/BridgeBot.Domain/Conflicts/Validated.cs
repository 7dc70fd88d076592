using System.Diagnostics.CodeAnalysis;

namespace BridgeBot.Domain.Conflicts;

/// <summary>A value that passed validation, or the refusal that explains why it did not.</summary>
/// <typeparam name="T">The validated value's type.</typeparam>
public readonly struct Validated<T>
{
    internal Validated(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    /// <summary>The value; set when <see cref="IsValid"/>.</summary>
    public T? Value { get; }

    /// <summary>Why not; set when not <see cref="IsValid"/>.</summary>
    public Refusal? Refusal { get; }

    /// <summary>Whether the value is usable.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool IsValid => Refusal is null;

    /// <summary>A value converts to a valid result.</summary>
    public static implicit operator Validated<T>(T value) => new(value, null);

    /// <summary>A refusal converts to a failed result.</summary>
    public static implicit operator Validated<T>(Refusal refusal) => new(default, refusal);
}
