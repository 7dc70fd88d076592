using Azure;
using Polly;

namespace BridgeBot.Storage.Tables;

/// <summary>Sends one logical request: stamps, signs and sends each attempt inside the retry pipeline.</summary>
internal sealed class TableRequestSender(
    HttpClient httpClient,
    ITableRequestAuthorizer authorizer,
    ResiliencePipeline<TableResponse> pipeline,
    TimeProvider timeProvider)
{
    /// <summary>Returns the final response whatever its status; transport failures that outlast the retries throw.</summary>
    /// <exception cref="RequestFailedException">With status 0: no response arrived on any attempt.</exception>
    public async Task<TableResponse> SendAsync(TableRequest request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TableResiliencePipeline.OperationKey, request.Method.Method);
        try
        {
            return await pipeline.ExecuteAsync(
                static (attemptContext, state) => state.Sender.SendOnceAsync(state.Request, attemptContext.CancellationToken),
                context,
                (Sender: this, Request: request)).ConfigureAwait(false);
        }
        catch (Exception exception) when (TableTransientFailures.IsTransient(exception, cancellationToken))
        {
            throw new RequestFailedException(
                0, $"Table {request.Method} got no response: {exception.Message}", null, exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<TableResponse> SendOnceAsync(TableRequest request, CancellationToken cancellationToken)
    {
        using var message = request.CreateMessage(timeProvider.GetUtcNow());
        await authorizer.AuthorizeAsync(message, cancellationToken).ConfigureAwait(false);
        using var response = await httpClient
            .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        return await TableResponse.ReadAsync(response, cancellationToken).ConfigureAwait(false);
    }
}
