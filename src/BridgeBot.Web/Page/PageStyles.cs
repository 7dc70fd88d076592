namespace BridgeBot.Web.Page;

/// <summary>The page's stylesheet: system fonts, readable from a Teams tab's narrow frame to a laptop screen, light and dark.</summary>
internal static class PageStyles
{
    public const string Css = """
        :root { color-scheme: light dark; --fg: #1f2328; --muted: #5b636e; --line: #d6dae0; --card: #ffffff; --bg: #f5f6f8; --accent: #2f6fde; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --muted: #a3abb5; --line: #3a4049; --card: #1e2227; --bg: #15181c; --accent: #7aa7ff; } }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--fg); background: var(--bg); }
        .bar { padding: 10px 20px; background: var(--card); border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; } .workspace { float: right; color: var(--muted); font-size: 13px; }
        main { max-width: 1100px; margin: 0 auto; padding: 16px 20px 48px; }
        h1 { font-size: 24px; margin: 8px 0; } h2 { font-size: 18px; margin: 24px 0 8px; } h3 { font-size: 15px; margin: 0 0 8px; }
        a { color: var(--accent); }
        .subtle { color: var(--muted); }
        .badge { font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 10px; border: 1px solid var(--line); color: var(--muted); vertical-align: middle; }
        .filters { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: flex-end; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
        .filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); }
        .filters input, .filters select, .filters button { font: inherit; padding: 5px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
        .filters input[type=search] { min-width: 240px; }
        .filters button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        .problems { color: #b3261e; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 12px; margin: 16px 0; }
        figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px; }
        figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
        .chart { width: 100%; height: auto; }
        .chart .label, .chart .tick { font-size: 12px; fill: var(--muted); } .chart .count { font-size: 12px; font-weight: 600; fill: var(--fg); }
        .chart .axis { stroke: var(--line); }
        .median { grid-column: 1 / -1; margin: 0; }
        .entry, .decision-card, .reasoning { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin: 10px 0; }
        .entry h2 { margin: 0 0 4px; font-size: 16px; } .entry p { margin: 4px 0; }
        .state-decided { border-left: 4px solid #2e9e6a; } .state-escalated { border-left: 4px solid #b3261e; } .state-withdrawn { opacity: .8; }
        .superseded { opacity: .75; }
        .side-by-side { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0; }
        dt { color: var(--muted); } dd { margin: 0; overflow-wrap: anywhere; }
        .facts { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
        .timeline { padding-left: 20px; } .timeline li { margin: 6px 0; } .timeline time { color: var(--muted); font-size: 13px; }
        .detail { color: var(--muted); margin-left: 4px; }
        .refusal { max-width: 560px; margin: 48px auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; }
        @media (max-width: 560px) { main { padding: 12px; } dl { grid-template-columns: 1fr; } .filters input[type=search] { min-width: 0; width: 100%; } }
        """;
}
