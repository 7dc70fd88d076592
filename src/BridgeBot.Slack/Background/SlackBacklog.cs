using System.Threading.Channels;
using BridgeBot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace BridgeBot.Slack.Background;

/// <summary>
/// The bounded backlog (a queue) between the endpoints, which must answer Slack within 3 seconds, and <see cref="SlackWorkService"/>,
/// which does the slow part. A full queue refuses new work instead of growing without limit. The answers go first: while
/// Slack requests keep arriving, a worker holds back a little before it starts the next item (see
/// <see cref="HoldBackWhileBusyAsync"/>); queued work has 30 minutes (a <c>response_url</c>'s life), an answer 3 seconds.
/// </summary>
public sealed class SlackBacklog(IOptions<SlackOptions> options, TimeProvider time)
{
    /// <summary>A Slack request this recent means requests come faster than about 200 a second: the edge is busy.</summary>
    public static readonly TimeSpan BusyWithin = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest a worker holds back before one item, however busy the edge is: queued work never starves.</summary>
    public static readonly TimeSpan MostHeldBack = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(2);

    private readonly Channel<SlackWorkItem> channel = Channel.CreateBounded<SlackWorkItem>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    private long lastRequestTicks;

    public ChannelReader<SlackWorkItem> Reader => channel.Reader;

    /// <summary>Whether a Slack request arrived within <see cref="BusyWithin"/>.</summary>
    public bool IsBusy => time.GetUtcNow().UtcTicks - Volatile.Read(ref lastRequestTicks) < BusyWithin.Ticks;

    /// <summary>Notes that a Slack request arrived (every Slack endpoint calls it first).</summary>
    public void NoteRequest() => Volatile.Write(ref lastRequestTicks, time.GetUtcNow().UtcTicks);

    /// <summary>Whether a worker that has held back for <paramref name="held"/> should wait another step.</summary>
    public bool ShouldHoldBack(TimeSpan held) => held < MostHeldBack && IsBusy;

    /// <summary>Before a worker starts its next item: waits in short steps while the edge is busy, at most <see cref="MostHeldBack"/>.</summary>
    public async Task HoldBackWhileBusyAsync(CancellationToken cancellationToken)
    {
        for (var held = TimeSpan.Zero; ShouldHoldBack(held); held += Step)
        {
            await Task.Delay(Step, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Queues the work; false when the queue is full or shutting down.</summary>
    public bool TryEnqueue(SlackWorkItem item) => channel.Writer.TryWrite(item);

    /// <summary>Takes no more work; what is queued still runs.</summary>
    public void Complete() => channel.Writer.TryComplete();
}
