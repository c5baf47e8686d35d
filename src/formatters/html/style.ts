/**
 * The page's stylesheet, inline: system fonts only, no url() of any kind.
 * Phone widths stack the quotes and scale the charts; print drops the
 * navigation, keeps figures whole and writes out link addresses.
 */
import { PAGE, POSITION_COLORS, SEVERITY_COLORS } from "./palette.js";

const positions = POSITION_COLORS.map((color, i) => `.p${i}{--pos:${color}}`).join("");
const severities = Object.entries(SEVERITY_COLORS)
  .map(([severity, { color, tint }]) => `.sev-${severity}{--sev:${color};--tint:${tint}}`)
  .join("");

/** The stylesheet of the HTML report. @internal */
export const STYLE = `
:root{color-scheme:light}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:${PAGE.background};color:${PAGE.text};font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","DejaVu Sans",Arial,sans-serif}
.page{max-width:60rem;margin:0 auto;padding:2rem 1.25rem 3rem}
h1{font-size:1.8rem;line-height:1.2;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
h2{font-size:1.35rem;line-height:1.3;margin:2.75rem 0 1rem;padding-bottom:.35rem;border-bottom:2px solid ${PAGE.text}}
h3{font-size:1.1rem;line-height:1.35;margin:0 0 .4rem}
h4{font-size:1rem;margin:0 0 .5rem}
a{color:${SEVERITY_COLORS.info.color};text-underline-offset:.15em}
code{font:.85em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
pre{overflow-x:auto;background:${PAGE.panel};padding:.6rem .8rem;border-radius:4px}
.muted,.meta{color:${PAGE.muted}}
.meta{font-size:.875rem;margin:.25rem 0 .75rem;overflow-wrap:anywhere}
.eyebrow{margin:0;color:${PAGE.muted};font-size:.8rem;font-weight:600;letter-spacing:.06em;text-transform:uppercase}
.summary{font-size:1.05rem;margin:.25rem 0 .75rem}
.counts{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:0 0 .75rem}
.counts li{padding:.1rem .7rem;border-radius:999px;border:1px solid var(--sev,${PAGE.line});color:var(--sev,${PAGE.text});background:var(--tint,${PAGE.background});font-weight:600;font-size:.875rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:0}
.count{display:inline-block;min-width:1.6rem;padding:0 .45rem;border-radius:999px;background:${PAGE.panel};border:1px solid ${PAGE.line};font-size:.9rem;text-align:center;vertical-align:.15em}
.conflict{border:1px solid ${PAGE.line};border-inline-start:6px solid var(--sev);border-radius:6px;padding:1rem 1.1rem;margin:0 0 1.25rem}
.severity{display:inline-flex;align-items:center;gap:.4rem;padding:0 .65rem 0 0;margin-inline-end:.35rem;border:1px solid var(--sev);border-radius:999px;background:var(--tint);color:var(--sev);font-size:.8rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;vertical-align:.1em}
.severity .number{display:inline-block;min-width:1.5rem;padding:0 .3rem;border-radius:999px;background:var(--sev);color:${PAGE.background};text-align:center;letter-spacing:0}
.message{margin:.5rem 0 .75rem}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr));gap:1rem}
.side{border-top:4px solid var(--pos,${PAGE.line});padding-top:.5rem;min-width:0}
.side h4{color:var(--pos,${PAGE.text})}
.pos{color:var(--pos)}
.evidence{margin:0 0 .75rem}
blockquote{margin:0 0 .3rem;padding:.55rem .8rem;background:${PAGE.panel};border-radius:4px;font-size:1.05rem;line-height:1.75;overflow-wrap:anywhere}
.evidence figcaption{font-size:.875rem;color:${PAGE.muted}}
.evidence figcaption a{font-weight:600}
.suggestion summary,.data summary{cursor:pointer;color:${SEVERITY_COLORS.info.color};font-size:.9rem}
.group{margin:0 0 2.5rem;padding-top:1.25rem;border-top:1px solid ${PAGE.grid}}
.chart{margin:.5rem 0 0}
svg.timeline{display:block;width:100%;max-width:38rem;height:auto;font-family:inherit}
.chart figcaption{margin-top:.5rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1.25rem;list-style:none;padding:0;margin:0 0 .6rem;font-size:.875rem}
.legend li{display:flex;align-items:center;gap:.35rem}
svg.key{width:1.1rem;height:1.1rem;flex:none}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{text-align:start;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid ${PAGE.line}}
th{font-weight:600;white-space:nowrap}
td[dir=auto]{min-width:14rem}
.table-wrap tr[class] td:first-child{color:var(--sev);font-weight:600}
.none{font-size:1.05rem}
footer{margin-top:3rem;padding-top:.75rem;border-top:1px solid ${PAGE.line};color:${PAGE.muted};font-size:.875rem}
${positions}${severities}
@media (min-width:62rem){
.chart{display:grid;grid-template-columns:minmax(0,38rem) minmax(0,1fr);gap:1.5rem;align-items:start}
.chart figcaption{margin-top:2rem}
.chart .legend{flex-direction:column}
}
@media (max-width:40rem){
body{font-size:15px}
.page{padding:1.25rem .6rem 2rem}
h1{font-size:1.45rem}
h2{margin-top:2rem}
.conflict{padding:.75rem .8rem}
.table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td{display:block}
.table-wrap thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
.table-wrap tr{padding:.45rem 0;border-bottom:1px solid ${PAGE.line}}
.table-wrap td{border:0;padding:.05rem 0}
.table-wrap td:empty{display:none}
.table-wrap td::before{content:attr(data-label) ": ";color:${PAGE.muted};font-size:.8rem}
}
@media print{
body{font-size:10.5pt}
.page{max-width:none;padding:0}
nav{display:none}
h2{break-after:avoid}
.conflict,.chart,.evidence,tr{break-inside:avoid}
details.data{display:none}
a{color:inherit}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;overflow-wrap:anywhere}
}
`;
