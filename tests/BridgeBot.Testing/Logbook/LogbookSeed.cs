using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Conflicts.Events;
using BridgeBot.Domain.Conflicts.Options;
using BridgeBot.Domain.Conflicts.Retrospectives;
using BridgeBot.Domain.Workspaces;
using Xunit;

namespace BridgeBot.Testing.Logbook;

/// <summary>
/// A workspace's decision log with a bit of everything, built only through the real transitions: decisions in three
/// months with every option, a superseded decision, retrospective answers, an open conflict still blind, an escalated one, a withdrawn one whose
/// texts carry HTML and script, and deadlines at several distances.
/// </summary>
public static class LogbookSeed
{
    public static readonly WorkspaceId Workspace = WorkspaceId.ForTeams("seeded-tenant");
    public static readonly UserRef Ana = new("29:ana", "Ana Product");
    public static readonly UserRef Ben = new("29:ben", "Ben Project");
    public static readonly UserRef Carol = new("29:carol", "Carol Approver");
    public static readonly UserRef Dev = new("29:dev", "Dev Opener");

    /// <summary>The day the figures are taken on (days to deadline count from it).</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>Text only the blind conflict's product reasoning holds: it must never show, nor be found.</summary>
    public const string BlindSecret = "Zanzibar-churn-forecast";

    /// <summary>The hostile release name and reasoning text of the withdrawn conflict.</summary>
    public const string HostileRelease = "Admin <script>alert('x')</script> 1.0";
    public const string HostileText = "<img src=x onerror=alert(1)> & <b>bold</b> \"quoted\"";

    /// <summary>The conflicts, R-1 to R-7.</summary>
    public static IReadOnlyList<SeededConflict> Conflicts { get; } =
    [
        // September, the project manager's preference wins (hold the date, cut scope).
        Seed("Checkout 2.4", new(2026, 9, 30), ["SSO", "audit export"], At(2026, 9, 1),
            Reason(Ana, ManagerRole.Product, "Enterprise trials stall without SSO.", OptionKind.MoveDate),
            Reason(Ben, ManagerRole.Project, "Nobody needs audit export before Q1.", OptionKind.HoldDateCutScope),
            (Hours(30), (c, at) => c.Propose(Ben, new OptionInput(OptionKind.HoldDateCutScope, CutItems: ["audit export"]), "Ship checkout on time; audit export waits.", at)),
            (Hours(50), (c, at) => c.Approve(Ana, 1, "Fine for the trials.", at)),
            // Released 2026-09-30, so the retrospective was due on 2026-10-14.
            (Hours(1060), (c, at) => c.RequestRetrospective(RetrospectivePolicy.Default, at)),
            (Hours(1070), (c, at) => c.AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.Yes, "Two trials waited for SSO, as feared.", RetrospectivePolicy.Default, at)),
            (Hours(1080), (c, at) => c.AnswerRetrospective(Ben, ManagerRole.Project, ImpactHappened.Partly, "One customer asked for audit export early.", RetrospectivePolicy.Default, at))),

        // October, both preferred moving the date.
        Seed("Billing 3.0", new(2026, 10, 20), ["invoices"], At(2026, 10, 2),
            Reason(Ana, ManagerRole.Product, "Wrong invoices cost trust.", OptionKind.MoveDate),
            Reason(Ben, ManagerRole.Project, "Two weeks more is cheap.", OptionKind.MoveDate),
            (Hours(80), (c, at) => c.Propose(Ana, new OptionInput(OptionKind.MoveDate, NewDate: new DateOnly(2026, 11, 3)), "Correct invoices beat a date.", at)),
            (Hours(100), (c, at) => c.Approve(Ben, 1, null, at)),
            // Released 2026-11-03, due 2026-11-17; only the product manager has answered.
            (Hours(1200), (c, at) => c.AnswerRetrospective(Ana, ManagerRole.Product, ImpactHappened.No, "Nobody noticed the two extra weeks.", RetrospectivePolicy.Default, at))),

        // October phased, reopened and superseded in November by moving the date; neither preferred phased.
        Seed("Mobile 5.1", new(2026, 10, 28), ["offline mode", "widgets"], At(2026, 10, 5),
            Reason(Ana, ManagerRole.Product, "Field teams need offline mode.", OptionKind.MoveDate),
            Reason(Ben, ManagerRole.Project, "Widgets can wait.", OptionKind.HoldDateCutScope),
            (Hours(200), (c, at) => c.Propose(Ben, new OptionInput(OptionKind.PhasedRelease, Phases: [new("widgets", new DateOnly(2026, 10, 28)), new("offline mode", new DateOnly(2026, 11, 20))]), "Phase it.", at)),
            (Hours(210), (c, at) => c.Approve(Ana, 1, null, at)),
            (Hours(700), (c, at) => c.Reopen(Ana, Carol, "Offline mode slipped again.", at)),
            (Hours(710), (c, at) => c.Propose(Ana, new OptionInput(OptionKind.MoveDate, NewDate: new DateOnly(2026, 12, 4)), "One release on 4 December.", at)),
            (Hours(720), (c, at) => c.Approve(Ben, 2, "Agreed.", at))),

        // open and blind, deadline in 2 days.
        Seed("Search 1.2", new(2026, 11, 27), ["facets"], At(2026, 11, 20),
            Reason(Ana, ManagerRole.Product, BlindSecret + " says facets keep 3 % of users.", OptionKind.MoveDate)),

        // escalated, deadline in 6 days.
        Seed("Reports 2.0", new(2026, 12, 1), ["PDF export"], At(2026, 11, 18),
            Reason(Ana, ManagerRole.Product, "Finance waits for PDF export.", OptionKind.MoveDate),
            Reason(Ben, ManagerRole.Project, "The team is needed elsewhere.", OptionKind.HoldDateCutScope),
            (Hours(20), (c, at) => c.Escalate(Ben, Carol, "We cannot agree before the freeze.", at))),

        // withdrawn; its texts are hostile.
        Seed(HostileRelease, new(2026, 12, 30), ["<b>roles</b>"], At(2026, 11, 10),
            Reason(Ana, ManagerRole.Product, HostileText, OptionKind.Other),
            Reason(Ben, ManagerRole.Project, "Plain text.", OptionKind.Other),
            (Hours(5), (c, at) => c.Withdraw(Dev, "Made it after all.", at))),

        // open, overdue by 5 days, nobody has reasoned yet.
        Seed("Audit 0.9", new(2026, 11, 20), ["retention"], At(2026, 11, 2)),
    ];

    /// <summary>The conflicts as they stand after every step.</summary>
    public static IReadOnlyList<ReleaseConflict> Build() => Replayed().Select(r => r.Conflict).ToArray();

    /// <summary>Every conflict with the log entries its steps wrote.</summary>
    public static IReadOnlyList<(ReleaseConflict Conflict, IReadOnlyList<ConflictEvent> Log)> Replayed() =>
        Conflicts.Select((seed, index) => Replay(seed, new ConflictId(index + 1))).ToArray();

    /// <summary>Applies a seed's steps in memory.</summary>
    public static (ReleaseConflict Conflict, IReadOnlyList<ConflictEvent> Log) Replay(SeededConflict seed, ConflictId id)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var opened = Accept(ReleaseConflict.Open(seed.Request, id, seed.OpenedAt, DateOnly.FromDateTime(seed.OpenedAt.UtcDateTime)));
        var conflict = opened.After;
        var log = opened.Events.ToList();
        foreach (var (after, step) in seed.Steps)
        {
            var transition = Accept(step(conflict, seed.OpenedAt + after));
            conflict = transition.After;
            log.AddRange(transition.Events);
        }

        return (conflict, log);
    }

    /// <summary>Fails the test with the refusal when a seeded step is refused.</summary>
    public static Transition Accept(Validated<Transition> result)
    {
        Assert.True(result.IsValid, result.Refusal?.Message);
        return result.Value;
    }

    private static SeededConflict Seed(
        string release, DateOnly deadline, string[] scope, DateTimeOffset openedAt,
        params (TimeSpan, Func<ReleaseConflict, DateTimeOffset, Validated<Transition>>)[] steps) =>
        new(new OpenRequest(Workspace, "19:channel@thread.tacv2", release, deadline, scope, Ana, Ben, Dev), openedAt, steps);

    private static (TimeSpan, Func<ReleaseConflict, DateTimeOffset, Validated<Transition>>) Reason(
        UserRef who, ManagerRole role, string impact, OptionKind prefers) =>
        (role == ManagerRole.Product ? Hours(2) : Hours(4),
            (c, at) => c.SubmitReasoning(who, role, new ReasoningInput(impact, "Customers wait longer.", "Enterprise customers", Severity.High, prefers, null), at));

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);
}
