using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Workspaces;

namespace BridgeBot.Storage.DecisionLog;

/// <summary>
/// How domain objects are written into table properties. The domain carries no serialization attributes,
/// so polymorphism (log entry kinds, option kinds) and the short forms of ids are configured here.
/// Discriminators and enum names are part of the stored format: rename a type freely, never a discriminator.
/// </summary>
public static class DomainJson
{
    /// <summary>The options every stored JSON property uses.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes <paramref name="value"/> as its declared type <typeparamref name="T"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes a stored value; a stored null or a format we cannot read is an error, never a silent default.</summary>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Polymorphism, SkipComputed } },
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new ConflictIdJsonConverter());
        options.Converters.Add(new WorkspaceIdJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void Polymorphism(JsonTypeInfo info)
    {
        if (info.Type == typeof(ConflictEvent))
        {
            info.PolymorphismOptions = Derived(
                (typeof(ConflictOpened), "opened"),
                (typeof(ReasoningSubmitted), "reasoning"),
                (typeof(ProposalMade), "proposed"),
                (typeof(ProposalApproved), "approved"),
                (typeof(ProposalRejected), "rejected"),
                (typeof(ConflictDecided), "decided"),
                (typeof(ConflictEscalated), "escalated"),
                (typeof(ConflictWithdrawn), "withdrawn"),
                (typeof(ConflictReopened), "reopened"),
                (typeof(RetrospectiveRequested), "retrospectiveAsked"),
                (typeof(RetrospectiveAnswered), "retrospective"));
        }
        else if (info.Type == typeof(DecisionOption))
        {
            info.PolymorphismOptions = Derived(
                (typeof(HoldDateCutScope), "holdDateCutScope"),
                (typeof(MoveDate), "moveDate"),
                (typeof(PhasedRelease), "phasedRelease"),
                (typeof(OtherOption), "other"));
        }
    }

    // Derived values (IsOpen, Kind, ScopeLeftOut…) are recomputed on read; storing them would only invite disagreement.
    private static void SkipComputed(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type == typeof(UserRef))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is null && !IsConstructorParameter(info, property))
            {
                property.ShouldSerialize = static (_, _) => false;
            }
        }
    }

    private static bool IsConstructorParameter(JsonTypeInfo info, JsonPropertyInfo property) =>
        info.ConstructorAttributeProvider is System.Reflection.ConstructorInfo constructor
        && constructor.GetParameters().Any(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));

    private static JsonPolymorphismOptions Derived(params (Type Type, string Discriminator)[] types)
    {
        var options = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = "$kind",
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var (type, discriminator) in types)
        {
            options.DerivedTypes.Add(new JsonDerivedType(type, discriminator));
        }

        return options;
    }
}
