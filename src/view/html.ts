import { GENERATOR_META } from "../shared/generator.js";

/** Text for HTML element content and attribute values (both quote kinds escaped). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A script's source inside <script>: "</script" split so that bundled code can never close it. */
export function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}

/**
 * No request may leave the page: everything it needs is inside it. The policy makes that a rule
 * the browser enforces, not only a habit of the code.
 */
const NO_NETWORK_POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The opening of every page vncite writes: Vietnamese, no network, its title and inlined style. */
export function pageHead(title: string, style: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${NO_NETWORK_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${GENERATOR_META}
<title>${escapeHtml(title)}</title>
<style>${style}</style>`;
}
