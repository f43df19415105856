// The stylesheet, served as /static/kabar.css (no inline styles, so the CSP can forbid them).

export const STYLESHEET = `
:root { --ink: #1d2327; --muted: #5f6b73; --line: #dde3e8; --accent: #0b6e4f; --red: #b3261e; --green: #1e7a3a; --amber: #8a5a00; --bg: #fbfcfd; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
.top { display: flex; gap: 1rem; align-items: center; padding: .75rem 1rem; border-bottom: 1px solid var(--line); background: #fff; position: sticky; top: 0; }
.brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--ink); }
.search { flex: 1; display: flex; gap: .5rem; }
.search input[type=search] { flex: 1; min-width: 0; padding: .4rem .6rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
.search button { padding: .4rem .8rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font: inherit; }
.lang { font-size: .85rem; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; overflow-wrap: anywhere; }
.river, .hits, .timeline { list-style: none; padding: 0; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; font-size: .875rem; color: var(--muted); }
.filters label { display: flex; flex-direction: column; gap: .15rem; }
.filters input, .filters select { min-height: 2.1rem; padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; color: var(--ink); background: #fff; }
.filters button { padding: .35rem .8rem; border: 0; border-radius: 6px; background: var(--accent); color: #fff; font: inherit; }
.pages { display: flex; justify-content: space-between; padding: 1rem 0; }
.pages a[rel=next] { margin-left: auto; }
.source-filter { color: inherit; }
.story, .hits li { padding: .8rem 0; border-bottom: 1px solid var(--line); }
.headline { font-weight: 600; font-size: 1.1rem; text-decoration: none; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .875rem; overflow-wrap: anywhere; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .3rem 0; }
.chip { font-size: .75rem; padding: .1rem .5rem; border-radius: 999px; background: #eef2f4; color: var(--ink); text-decoration: none; }
.story.fresh { animation: fresh 2s ease-out; }
@keyframes fresh { from { background: #fff6d6; } to { background: transparent; } }
.chip.person { background: #e7f0fb; } .chip.organisation { background: #f3ebfa; } .chip.place { background: #e9f6ee; }
.timeline li { display: grid; grid-template-columns: 9.5rem 12rem 1fr auto; gap: .5rem; padding: .3rem 0; border-bottom: 1px dashed var(--line); overflow-wrap: anywhere; }
.timeline time, .source { color: var(--muted); font-size: .85rem; }
.findings { margin: 1rem 0; }
.finding { border-left: 4px solid var(--line); padding: .25rem .75rem; margin: .6rem 0; background: #fff; }
.discrepancies .finding { border-color: var(--red); }
.agreements .finding { border-color: var(--green); }
.kind { text-transform: uppercase; font-size: .75rem; color: var(--red); letter-spacing: .04em; }
.evidence { font-size: .9rem; color: var(--ink); padding-left: 1rem; }
.speaker q { quotes: "“" "”"; }
.evidence .sentence { font-style: italic; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.column { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem; }
.column h3 { font-size: 1rem; }
.copy { font-size: .8rem; color: var(--amber); }
.timeline li.silence { display: block; text-align: center; color: var(--muted); font-size: .8rem; font-style: italic; }
.unique { color: var(--amber); margin: .3rem 0; overflow-wrap: anywhere; }
.column.text { font-size: .92rem; line-height: 1.6; overflow-wrap: anywhere; }
.s-discrepancy { background: #fde2e0; }
.s-agreement { background: #def3e3; }
.s-unique { background: #fff1cc; }
.legend .s { padding: 0 .4rem; border-radius: 4px; font-size: .85rem; }
.speaker h4 { margin: .8rem 0 .2rem; }
.body p { max-width: 44rem; overflow-wrap: anywhere; }
.empty, .note { color: var(--muted); }
@media (max-width: 40rem) {
  .timeline li { grid-template-columns: 1fr; }
  .top { flex-wrap: wrap; }
}
`;
