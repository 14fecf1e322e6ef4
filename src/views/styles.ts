// The one stylesheet, inlined in every page so a page needs no second request. System fonts only. The charts'
// rules come with it, so a chart inline in a page needs no style of its own.
import { CHART_CSS } from './charts/chart-style'

export const PAGE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#555;--rule:#d0d0d0;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--rule:#3a3a3a;--accent:#8ab4f8}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem}
.wrap{max-width:44rem;margin:0 auto;padding:1rem 1.25rem 3rem}
.masthead{border-bottom:1px solid var(--rule);font-size:.9rem;color:var(--muted)}
.masthead .wrap{padding-bottom:.75rem}
h1{font-size:clamp(1.6rem,5vw,2.35rem);line-height:1.2;margin:.5rem 0 .75rem;overflow-wrap:break-word}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;line-height:1.3}
h3{font-size:1.1rem;margin:2rem 0 .5rem}
.meta,.note,figcaption,.source{color:var(--muted);font-size:.9rem}
.meta{margin:0 0 1.5rem}
.key-points{border-left:4px solid var(--accent);padding:.25rem 0 .25rem 1rem;margin:1.5rem 0}
.key-points h2{margin:0 0 .5rem;font-size:1rem;text-transform:uppercase;letter-spacing:.05em}
.key-points ul{margin:0;padding-left:1.2rem}
figure.caption-only{margin:1.5rem 0;padding:.75rem 1rem;border:1px dashed var(--rule);border-radius:4px}
figcaption .label{display:block;font-size:.8rem;text-transform:uppercase;letter-spacing:.05em}
.table-scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
caption{text-align:left;font-weight:600;padding-bottom:.5rem}
th,td{padding:.4rem .5rem;border-bottom:1px solid var(--rule);text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{font-size:.85rem;color:var(--muted);font-weight:600}
tbody th{font-weight:400}
tbody th[scope=colgroup]{text-align:left;font-weight:600;padding-top:1rem;color:var(--muted);font-size:.85rem}
tr.quoted th[scope=row]::after{content:" \\2022";color:var(--accent)}
.claims td:first-child{min-width:8rem}
.chart-figure{margin:1.5rem 0}.chart-figure svg{display:block;width:100%;height:auto;max-width:32rem}
.chart-figure figcaption{margin-top:.5rem}
pre.code{padding:.75rem;border:1px solid var(--rule);border-radius:4px;font-size:.8rem;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere}
.site-footer{border-top:1px solid var(--rule);color:var(--muted);font-size:.9rem}
@media (max-width:30rem){body{font-size:1rem}th,td{padding:.35rem .3rem}.claims td:nth-child(2){min-width:6rem}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--rule:#999;--accent:#000}.skip,.site-footer nav{display:none}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;word-break:break-all}
.wrap{max-width:none;padding:0}table{page-break-inside:avoid}}
${CHART_CSS}
`
