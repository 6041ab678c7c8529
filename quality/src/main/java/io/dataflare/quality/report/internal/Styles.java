package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The report's one style sheet: system fonts, a readable column, charts that scale. */
@API(status = INTERNAL, since = "0.1")
public final class Styles {
  private Styles() {}

  public static final String CSS =
      """
      :root { --ink: #1d2430; --muted: #5b6678; --line: #d9dee7; --ok: #1a7f37; --bad: #c62828;
        --warn: #9a6700; --accent: #2f5fb3; --soft: #eef2f8; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
        color: var(--ink); background: #fafbfc; }
      main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
      header.top { display: flex; justify-content: space-between; align-items: center; gap: 24px;
        border-bottom: 1px solid var(--line); padding-bottom: 16px; }
      h1 { font-size: 26px; margin: 0; } h2 { font-size: 20px; margin: 32px 0 8px; }
      h3 { font-size: 16px; margin: 24px 0 6px; }
      .sub { color: var(--muted); margin: 2px 0 0; }
      .score { text-align: center; min-width: 140px; }
      .score .value { font-size: 44px; font-weight: 700; line-height: 1; }
      .score .of { color: var(--muted); }
      nav { margin: 12px 0 0; } nav a { margin-right: 16px; color: var(--accent); }
      table { border-collapse: collapse; width: 100%; margin: 8px 0 4px; background: #fff; }
      th, td { text-align: left; vertical-align: top; padding: 6px 8px;
        border-bottom: 1px solid var(--line); }
      th { font-size: 13px; color: var(--muted); font-weight: 600; background: var(--soft); }
      td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
      .scroll { overflow-x: auto; }
      .id { display: block; color: var(--muted); font-size: 12px; font-family: ui-monospace, monospace; }
      .evidence { font-size: 12px; color: var(--muted); font-family: ui-monospace, monospace; }
      .meter { width: 90px; height: 8px; background: var(--soft); border-radius: 4px; overflow: hidden; }
      .meter span { display: block; height: 100%; background: var(--accent); }
      .na { color: var(--muted); font-style: italic; }
      .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px;
        font-weight: 600; background: var(--soft); }
      .badge.ok { background: #dcf3e2; color: var(--ok); }
      .badge.bad { background: #fde2e1; color: var(--bad); }
      .badge.warn { background: #fff1c7; color: var(--warn); }
      .gates li { margin: 2px 0; }
      .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
      figure { margin: 8px 0; background: #fff; border: 1px solid var(--line); border-radius: 6px;
        padding: 8px 10px; }
      figcaption { font-size: 13px; color: var(--muted); }
      svg.chart { width: 100%; height: auto; display: block; }
      svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
      figure.narrow { max-width: 640px; }
      svg .tick, svg .unit { fill: var(--muted); } svg .value { font-weight: 600; }
      svg .grid { stroke: #e6e9ef; stroke-width: 1; } svg .guide { stroke: #cfd6e2; stroke-dasharray: 2 3; }
      svg .fork { fill: var(--accent); fill-opacity: .75; }
      svg .baseline-fork { fill: #8a94a6; fill-opacity: .75; }
      svg .median { stroke: var(--ink); stroke-width: 2; }
      svg .interval { fill: var(--accent); fill-opacity: .18; stroke: var(--accent); stroke-width: 1; }
      svg .bar { fill: var(--accent); } svg .baseline-bar { fill: #8a94a6; }
      footer { margin-top: 40px; color: var(--muted); font-size: 12px; }
      """;
}
