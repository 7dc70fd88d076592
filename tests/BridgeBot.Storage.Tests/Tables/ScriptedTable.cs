using System.Text.Json;
using BridgeBot.Storage.Tables;
using BridgeBot.Testing;
using BridgeBot.Testing.Http;

namespace BridgeBot.Storage.Tests.Tables;

/// <summary>A client whose "server" is a script, with tiny retry delays and a recording logger.</summary>
internal sealed class ScriptedTable
{
    public ScriptedTable(Action<TableClientOptions>? configure = null)
    {
        var options = new TableClientOptions { HttpClient = new HttpClient(Handler), Logger = Logs.CreateLogger(nameof(TableClient)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        configure?.Invoke(options);
        Client = new TableClient(TableStorageConnection.DevelopmentStorage, "scripted", options);
    }

    public ScriptedHandler Handler { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public TableClient Client { get; }

    public const string EntityJson =
        """{"odata.etag":"W/\"datetime'2026-01-01T00%3A00%3A00.0000000Z'\"","PartitionKey":"p","RowKey":"r","V":1}""";

    public static string ErrorJson(string code) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["odata.error"] = new { code, message = new { lang = "en-US", value = code + " happened." } },
    });
}
