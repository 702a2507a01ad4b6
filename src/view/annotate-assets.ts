/** Styles and the hover script of an annotated text (small enough to keep as plain strings). */
export const ANNOTATE_STYLE = `
:root { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Arial, sans-serif; font-size: 15px; color: #1d2430; }
body { margin: 0 auto; max-width: 900px; padding: 16px 20px 60px; }
h1 { font-size: 20px; margin: 0 0 4px; }
.title, .summary { margin: 4px 0; color: #5d6878; }
.key { display: inline-block; border-bottom: 3px solid; margin-right: 8px; font-size: 13px; }
nav.parts { margin: 6px 0; font-size: 13px; }
nav.parts a { margin-right: 8px; }
#text { white-space: pre-wrap; line-height: 1.6; border-top: 1px solid #d6dbe3; padding-top: 12px; }
.cite { background: color-mix(in srgb, var(--role) 18%, white); border-bottom: 2px solid var(--role); color: inherit; text-decoration: none; border-radius: 2px; }
a.cite:hover, mark.cite:hover { background: color-mix(in srgb, var(--role) 35%, white); }
.part { background: rgba(14, 116, 144, .04); box-shadow: inset 3px 0 0 rgba(14, 116, 144, .35); }
.part-label { font-size: 11px; color: #fff; background: #0e7490; border-radius: 3px; padding: 0 4px; margin-right: 4px; white-space: nowrap; }
#tip { position: fixed; z-index: 5; max-width: 420px; background: #1d2430; color: #fff; font-size: 13px; padding: 6px 9px; border-radius: 4px; pointer-events: none; white-space: pre-line; box-shadow: 0 3px 10px rgba(0,0,0,.25); }
`;

export const ANNOTATE_SCRIPT = `(function () {
  var tip = document.getElementById("tip");
  function show(el, x, y) {
    var d = el.dataset, lines = ["kind: " + d.kind, "id: " + d.id];
    if (d.date) lines.push("date: " + d.date);
    if (d.issuer) lines.push("issuer: " + d.issuer);
    lines.push("role: " + d.role.replace(/_/g, " "));
    tip.textContent = lines.join("\\n");
    tip.hidden = false;
    tip.style.left = Math.min(x + 12, window.innerWidth - 430) + "px";
    tip.style.top = (y + 16) + "px";
  }
  document.addEventListener("mouseover", function (e) {
    var el = e.target.closest && e.target.closest(".cite");
    if (el) show(el, e.clientX, e.clientY); else tip.hidden = true;
  });
  document.addEventListener("focusin", function (e) {
    var el = e.target.closest && e.target.closest(".cite");
    if (el) { var r = el.getBoundingClientRect(); show(el, r.left, r.bottom - 10); }
  });
})();`;
