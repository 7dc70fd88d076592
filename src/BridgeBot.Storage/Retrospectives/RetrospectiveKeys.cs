using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Workspaces;
using BridgeBot.Storage.Tables;

namespace BridgeBot.Storage.Retrospectives;

/// <summary>
/// The layout of the one partition that holds every workspace's retrospectives still to ask:
/// <list type="bullet">
/// <item><c>due|{yyyy-MM-dd}|{workspace}|000000042|0001</c>: decision 1 of R-42, by the release date it set, so a tick
/// reads <c>RowKey lt 'due|{last release day now due + 1}'</c> and nothing else. The entry carries its lease
/// (<c>NotBefore</c>), its attempts and the managers already asked; it is deleted once asked, so the range holds only
/// what is still pending.</item>
/// </list>
/// <c>{workspace}</c> is a hash of the workspace id, which is the platform's, long and of any characters.
/// </summary>
public static class RetrospectiveKeys
{
    /// <summary>The partition.</summary>
    public const string Partition = "retrospectives";

    /// <summary>Prefix of the due index.</summary>
    public const string DuePrefix = "due|";

    /// <summary>The due entry of decision <paramref name="decisionNumber"/> of <paramref name="conflict"/>.</summary>
    public static string Due(DateOnly releaseDate, WorkspaceId workspace, ConflictId conflict, int decisionNumber) =>
        DuePrefix + TableKey.Day(releaseDate) + "|" + TableKey.Hash(workspace.Value) + "|"
        + conflict.Number.ToString("D9", CultureInfo.InvariantCulture) + "|" + decisionNumber.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The first due key after every release on <paramref name="day"/>.</summary>
    public static string DueAfter(DateOnly day) => DuePrefix + TableKey.Day(day.AddDays(1));

}
