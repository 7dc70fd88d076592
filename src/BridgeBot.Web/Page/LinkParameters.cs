using BridgeBot.Domain.Workspaces;
using BridgeBot.Web.Links;
using Microsoft.AspNetCore.Http;

namespace BridgeBot.Web.Page;

/// <summary>The three parts of a signed link, carried on from page to page (history, filters, CSV) so every request is checked.</summary>
/// <param name="Workspace">The workspace.</param>
/// <param name="Expires">The expiry, in Unix seconds, as signed.</param>
/// <param name="Signature">The signature.</param>
internal sealed record LinkParameters(string Workspace, string Expires, string Signature)
{
    /// <summary>The workspace the link opens.</summary>
    public WorkspaceId WorkspaceId => new(Workspace);

    /// <summary>The link the page's filter checked for this request (see <see cref="Accept"/>).</summary>
    public static LinkParameters Of(HttpContext http) => (LinkParameters)http.Items[typeof(LinkParameters)]!;

    /// <summary>Keeps a checked link on the request, for the handler behind the check.</summary>
    public void Accept(HttpContext http) => http.Items[typeof(LinkParameters)] = this;

    /// <summary>The link's parts from a request's query, or null when one is missing.</summary>
    public static LinkParameters? From(IQueryCollection query)
    {
        var workspace = query[LogLinkSigner.WorkspaceParameter].ToString();
        var expires = query[LogLinkSigner.ExpiresParameter].ToString();
        var signature = query[LogLinkSigner.SignatureParameter].ToString();
        return workspace.Length == 0 || expires.Length == 0 || signature.Length == 0 ? null : new(workspace, expires, signature);
    }

    /// <summary>The parts as query pairs.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Pairs() =>
    [
        new(LogLinkSigner.WorkspaceParameter, Workspace),
        new(LogLinkSigner.ExpiresParameter, Expires),
        new(LogLinkSigner.SignatureParameter, Signature),
    ];
}
