/** The view's styles; fonts that carry Vietnamese diacritics come first. */
export const VIEW_STYLE = `
:root { --fg: #1d2430; --muted: #5d6878; --line: #d6dbe3; --bg: #ffffff; --accent: #c2410c; font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 14px; color: var(--fg); }
* { box-sizing: border-box; }
body { margin: 0; height: 100vh; display: flex; flex-direction: column; background: var(--bg); }
header { display: flex; align-items: center; gap: 12px; padding: 8px 12px; border-bottom: 1px solid var(--line); }
h1 { font-size: 15px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 30%; }
h1 small { font-weight: normal; color: var(--muted); }
.search { position: relative; flex: 1; max-width: 520px; }
#search { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; }
#suggestions { position: absolute; z-index: 10; left: 0; right: 0; top: 100%; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.12); max-height: 60vh; overflow: auto; }
#suggestions li { padding: 5px 8px; cursor: pointer; display: flex; gap: 8px; align-items: baseline; }
#suggestions li[aria-selected="true"], #suggestions li:hover { background: #eef2f8; }
#suggestions .tag { font-size: 11px; color: #fff; background: var(--accent); border-radius: 3px; padding: 0 4px; }
#suggestions .tag.undated, #panel .undated .tag { background: var(--muted); }
#suggestions .candidates { color: var(--muted); font-size: 11px; font-style: italic; }
#panel .tag { font-size: 11px; color: #fff; border-radius: 3px; padding: 0 4px; margin-right: 6px; }
#panel p.undated { font-size: 13px; border-left: 3px solid var(--accent); padding-left: 8px; }
#panel li.possible { border-top-style: dashed; }
#panel li.warning { font-size: 12px; border-top: 1px solid var(--line); padding: 4px 0; overflow-wrap: anywhere; }
#panel li.warning .code { font-family: monospace; color: var(--accent); }
#panel li.warning cite { display: block; color: var(--muted); font-style: normal; font-size: 11px; }
#suggestions .id, .muted { color: var(--muted); font-size: 12px; }
#status { color: var(--muted); font-size: 12px; white-space: nowrap; }
main { flex: 1; display: flex; min-height: 0; }
#graph { flex: 1; position: relative; min-width: 0; overflow: hidden; }
#panel { width: 380px; overflow: auto; border-left: 1px solid var(--line); padding: 10px 14px; }
#panel h2 { font-size: 16px; margin: 4px 0; }
#panel h3 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
#panel dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
#panel dt { color: var(--muted); }
#panel dd { margin: 0; overflow-wrap: anywhere; }
#panel ul { list-style: none; margin: 0; padding: 0; }
#panel li.relation { border-top: 1px solid var(--line); padding: 5px 0; }
.rel { display: inline-block; font-size: 11px; border-radius: 3px; padding: 0 4px; color: #fff; margin-right: 4px; }
button.doc { font: inherit; border: 0; background: none; padding: 0; color: #1d4ed8; cursor: pointer; text-align: left; }
button.doc:hover { text-decoration: underline; }
blockquote { margin: 4px 0 4px 8px; padding-left: 8px; border-left: 3px solid var(--line); font-size: 13px; }
blockquote cite { display: block; color: var(--muted); font-style: normal; font-size: 11px; }
#carry { margin: 8px 0; font: inherit; padding: 4px 10px; border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 4px; cursor: pointer; }
#carry[aria-pressed="true"] { background: var(--accent); color: #fff; }
.path { font-size: 12px; color: var(--muted); }
#controls { border-top: 1px solid var(--line); padding: 4px 12px 8px; font-size: 12px; }
#controls summary { cursor: pointer; color: var(--muted); }
#controls[open] { max-height: 34vh; overflow: auto; }
#filters { display: flex; flex-wrap: wrap; gap: 6px 22px; margin-top: 4px; }
#filters fieldset { border: 0; padding: 0; margin: 0; }
#filters legend { font-weight: bold; padding: 0; margin-bottom: 2px; }
#filters label { display: inline-flex; align-items: center; gap: 3px; margin-right: 8px; white-space: nowrap; }
#filters .provinces { max-height: 88px; overflow: auto; max-width: 520px; }
#legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: -1px; }
.stroke { display: inline-block; width: 22px; height: 0; margin-right: 4px; vertical-align: 3px; border-top-width: 2px; }
`;
