// The embed card's one stylesheet. The theme comes from `data-theme` on <html>, so one stylesheet (and one CSP
// hash) serves light, dark and auto. Colours are the page's, which meet WCAG AA on both backgrounds.
export const EMBED_CSS = `
:root{color-scheme:light;--bg:#fff;--fg:#1a1a1a;--muted:#555;--rule:#d0d0d0;--accent:#0b57d0}
:root[data-theme=dark]{color-scheme:dark;--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--rule:#3a3a3a;--accent:#8ab4f8}
@media (prefers-color-scheme:dark){:root[data-theme=auto]{color-scheme:dark;--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--rule:#3a3a3a;--accent:#8ab4f8}}
*{box-sizing:border-box}
html{background:var(--bg);-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:.75rem 1rem;background:var(--bg);color:var(--fg);font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
h1{font-size:1.1rem;line-height:1.3;margin:0 0 .5rem;overflow-wrap:break-word}
h1 a{color:inherit;text-decoration-color:var(--accent)}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{text-align:left;font-size:.85rem;color:var(--muted);padding-bottom:.25rem}
th,td{padding:.3rem .4rem;border-bottom:1px solid var(--rule);text-align:right;vertical-align:top}
td{white-space:nowrap}
th:first-child{text-align:left}
thead th{font-size:.8rem;color:var(--muted);font-weight:600}
tbody th{font-weight:400}
.source{margin:0 0 .5rem;font-size:.85rem;color:var(--muted)}
.more{margin:.5rem 0 0;font-size:.85rem;color:var(--muted)}
@media (max-width:20rem){body{padding:.5rem}th,td{padding:.25rem .2rem}}
`
