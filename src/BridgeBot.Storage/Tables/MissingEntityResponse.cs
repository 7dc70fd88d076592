using Azure;

namespace BridgeBot.Storage.Tables;

/// <summary>The answer of <see cref="TableClient.GetEntityIfExistsAsync"/> when the entity does not exist.</summary>
internal sealed class MissingEntityResponse(Response rawResponse) : NullableResponse<TableEntity>
{
    public override bool HasValue => false;

    public override TableEntity? Value => null;

    public override Response GetRawResponse() => rawResponse;
}
