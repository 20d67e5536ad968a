// The inline style sheet of a rendered agreement: calm contract typography,
// light and dark schemes, and print rules (black on white, no cut rows).

export const STYLE = `
:root {
  --ink: #1c2430; --muted: #4d5866; --paper: #ffffff; --soft: #f5f7f9; --rule: #d5dbe1; --strong-rule: #1c2430;
  --accent: #1f4f7a; --link: #1a5a96;
  --error: #a12a2f; --warning: #7a4f00; --info: #2a5b85; --hint: #4d5866; --ok: #2d6a3e;
  --result: #1f4f7a; --effort: #5b4a8a;
  --cov-support: #9dbfdc; --cov-emergency-bg: #fff3d6; --cov-gap: #b3261e;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e3e7ec; --muted: #b2bcc7; --paper: #15191e; --soft: #1d232a; --rule: #38424d; --strong-rule: #b2bcc7;
    --accent: #8cb8e0; --link: #9cc8f2;
    --error: #ff9a94; --warning: #f2c36b; --info: #9cc8f2; --hint: #b2bcc7; --ok: #8fd19e;
    --result: #9cc8f2; --effort: #c7b7f2;
    --cov-support: #3d6a91; --cov-emergency-bg: #4a3d1c; --cov-gap: #ff8a80;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 16px/1.6 "Segoe UI", "Helvetica Neue", Helvetica, Arial, system-ui, sans-serif;
  -webkit-text-size-adjust: 100%;
}
main.document { max-width: 60rem; margin: 0 auto; padding: 3rem 2.5rem 4rem; }
h1, h2, h3, h4, h5, h6 { font-family: Georgia, Cambria, "Times New Roman", serif; font-weight: 600; line-height: 1.25; color: var(--ink); }
h1 { font-size: 2.2rem; font-weight: 400; margin: .25rem 0 1.5rem; letter-spacing: -.01em; }
h2 { font-size: 1.55rem; font-weight: 400; margin: 2.75rem 0 .9rem; padding-bottom: .35rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.25rem; margin: 2rem 0 .6rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
h5, h6 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.doc-header { border-bottom: 3px double var(--rule); margin-bottom: 1.5rem; }
.eyebrow { margin: 0; font-size: .8rem; letter-spacing: .12em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
article.agreement > .eyebrow { margin-top: 3rem; }
p { margin: .5rem 0 .9rem; }
p.lead { font-size: 1.08rem; }
a { color: var(--link); text-underline-offset: .15em; }
ul, ol { padding-left: 1.4rem; margin: .4rem 0 1rem; }
li { margin: .25rem 0; }
.note { font-size: .9rem; color: var(--muted); border-left: 3px solid var(--rule); padding: .2rem 0 .2rem .8rem; }

dl.facts { display: grid; grid-template-columns: minmax(9rem, 13rem) 1fr; margin: .75rem 0 1.25rem; border-top: 1px solid var(--rule); }
dl.facts > div { display: contents; }
dl.facts dt, dl.facts dd { padding: .5rem .6rem; border-bottom: 1px solid var(--rule); margin: 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd .line { display: block; }

.table-wrap { overflow-x: auto; margin: .75rem 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
caption { caption-side: top; text-align: left; font-weight: 600; color: var(--muted); padding: 0 0 .4rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .5rem .65rem; border-bottom: 1px solid var(--rule); }
thead th { font-size: .78rem; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); border-bottom: 2px solid var(--strong-rule); }
table.compact { width: auto; min-width: 22rem; }
.keep { white-space: nowrap; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.detail { display: block; font-size: .85rem; color: var(--muted); margin-top: .2rem; }
table.side-by-side { table-layout: fixed; }
table.side-by-side td { width: 50%; }
table.side-by-side td + td { border-left: 1px solid var(--rule); }

.badge { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; padding: 0 .4rem; border: 1px solid currentColor; border-radius: 3px; line-height: 1.5; vertical-align: .08em; }
.badge-error { color: var(--error); }
.badge-warning { color: var(--warning); }
.badge-info { color: var(--info); }
.badge-hint { color: var(--hint); }
.badge-result, .badge-effort, .badge-neutral { text-transform: none; letter-spacing: 0; font-size: .82rem; font-weight: 600; white-space: nowrap; border-radius: 999px; padding: 0 .5rem; }
.badge-result { color: var(--result); }
.badge-effort { color: var(--effort); border-style: dashed; }
.badge-neutral { color: var(--hint); border-style: dotted; font-weight: 400; }

section.scorecard { background: var(--soft); border: 1px solid var(--rule); border-top: 4px solid var(--accent); border-radius: 4px; padding: .25rem 1.6rem 1rem; margin: 1.5rem 0 2.5rem; }
section.scorecard > h2, section.scorecard > h3 { border-bottom: 0; margin-top: 1rem; }
section.scorecard .verdict { font-size: 1.05rem; }
section.scorecard table { background: var(--paper); }
section.family h3, section.family h4 { font-family: inherit; font-size: 1rem; margin: 1.2rem 0 .3rem; }
ul.tiles { list-style: none; padding: 0; margin: 1rem 0 1.5rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); gap: .75rem; }
li.tile { margin: 0; background: var(--paper); border: 1px solid var(--rule); border-left: 4px solid var(--ok); border-radius: 4px; padding: .6rem .8rem; display: flex; flex-direction: column; }
li.tile.tone-warn { border-left-color: var(--warning); border-left-style: dashed; }
li.tile.tone-bad { border-left-color: var(--error); border-left-width: 6px; border-left-style: double; }
.tile-value { font-family: Georgia, Cambria, "Times New Roman", serif; font-size: 1.9rem; line-height: 1.1; }
.tile-label { font-weight: 600; }
.tile-note { font-size: .85rem; color: var(--muted); }
ul.findings { list-style: none; padding-left: 0; }
ul.findings li { padding: .4rem 0 .4rem 6.6rem; text-indent: -6.6rem; border-bottom: 1px dotted var(--rule); }
ul.findings .badge { min-width: 6rem; text-align: center; text-indent: 0; margin-right: .6rem; }
ul.findings a { color: var(--ink); text-decoration-color: var(--link); text-decoration-thickness: 1px; }
ul.findings em { font-style: normal; font-size: .85rem; color: var(--muted); }

section.service { border-top: 1px solid var(--rule); margin-top: 2rem; }
h2 + section.service { border-top: 0; margin-top: 0; }
ul.emergency { list-style: none; padding-left: 0; border-left: 3px solid var(--accent); padding: .2rem 0 .2rem .9rem; }

figure.chart { margin: .75rem 0 1.25rem; }
svg.coverage { display: block; width: 100%; max-width: 46rem; height: auto; color: var(--ink); font-family: inherit; }
.cov-support { fill: var(--cov-support); }
.cov-uncovered { fill: var(--paper); }
.cov-hatch-bg { fill: var(--cov-emergency-bg); }
.cov-cross-bg { fill: var(--paper); }
.cov-hatch { stroke: currentColor; stroke-width: 1.2; fill: none; }
.cov-frame { fill: none; stroke: var(--strong-rule); stroke-width: 1; }
.cov-tick { stroke: var(--rule); stroke-width: 1; }
.cov-gap { fill: none; stroke: var(--cov-gap); stroke-width: 2.5; stroke-dasharray: 6 3; }
.cov-hour, .cov-day, .cov-legend-text { fill: var(--ink); font-size: 12px; }
.cov-gap-label { fill: var(--cov-gap); font-size: 11px; font-weight: 700; }
.cov-key { stroke: var(--strong-rule); stroke-width: 1; }
.cov-key.cov-gap { stroke: var(--cov-gap); stroke-width: 1.5; }
figcaption { font-size: .9rem; color: var(--muted); }
ul.chart-text { margin: .5rem 0 0; }

.doc-footer { margin-top: 3.5rem; border-top: 1px solid var(--rule); font-size: .85rem; color: var(--muted); }

@media print {
  :root {
    --ink: #000; --muted: #333; --paper: #fff; --soft: #fff; --rule: #999; --strong-rule: #000;
    --accent: #000; --link: #000; --ok: #000; --error: #000; --warning: #000; --info: #000; --hint: #000; --result: #000; --effort: #000;
    --cov-support: #bbb; --cov-emergency-bg: #fff; --cov-gap: #000;
  }
  body { font-size: 10.5pt; }
  main.document { max-width: none; padding: 0; }
  a { text-decoration: none; }
  tr, li, ul.tiles, dl.facts dt, dl.facts dd, figure.chart, .note { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3, h4, h5, h6, caption { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  article.agreement + article.agreement { break-before: page; }
  section.scorecard { border: 1px solid #000; }
  .table-wrap { overflow: visible; }
}
`
  .trim()
  .replace(/\n\s*/g, '\n');
