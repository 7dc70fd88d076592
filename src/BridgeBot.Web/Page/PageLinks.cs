using System.Globalization;
using BridgeBot.Domain.Conflicts;
using BridgeBot.Domain.Logbook;
using BridgeBot.Web.Links;
using Microsoft.AspNetCore.WebUtilities;

namespace BridgeBot.Web.Page;

/// <summary>The page's own addresses, each carrying the signed link's parts (and the filter where it matters).</summary>
/// <param name="Link">The signed link's parts.</param>
internal sealed record PageLinks(LinkParameters Link)
{
    public const string ExportPath = LogLinkSigner.PagePath + "/export.csv";

    public string List(LogFilter filter) => With(LogLinkSigner.PagePath, LogQuery.Pairs(filter));

    public string Export(LogFilter filter) => With(ExportPath, LogQuery.Pairs(filter));

    public string History(ConflictId id, LogFilter filter) =>
        With(LogLinkSigner.PagePath + "/conflicts/" + id.Number.ToString(CultureInfo.InvariantCulture), LogQuery.Pairs(filter));

    private string With(string path, IEnumerable<KeyValuePair<string, string?>> filter) =>
        QueryHelpers.AddQueryString(path, Link.Pairs().Concat(filter));
}
