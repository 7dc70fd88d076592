using System.Threading.Channels;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Background;

/// <summary>
/// The bounded backlog (a queue) between the endpoints, which must answer Slack within 3 seconds, and <see cref="SlackWorkService"/>,
/// which does the slow part. A full queue refuses new work instead of growing without limit.
/// </summary>
public sealed class SlackBacklog(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackWorkItem> channel = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public ChannelReader<SlackWorkItem> Reader => channel.Reader;

    /// <summary>Queues the work; false when the queue is full or shutting down.</summary>
    public bool TryEnqueue(SlackWorkItem item) => channel.Writer.TryWrite(item);

    /// <summary>Takes no more work; what is queued still runs.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
