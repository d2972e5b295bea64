import { parseInput } from '../core/parse.js';
import { ReviewReportSchema, type ReportTable, type ReviewFinding, type ReviewReport, type ReviewSection, type RotaGrid, type VarianceBars, type WaitDistribution } from './report.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1d2433;background:#fafbfc}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:2rem 0 .5rem;border-bottom:2px solid #dde3ea;padding-bottom:.25rem}
h3{font-size:1rem;margin:1.25rem 0 .4rem}.muted{color:#667085}.counts span{margin-right:1rem;font-weight:600}
.error{color:#b42318}.warn{color:#b54708}.info{color:#175cd3}.ok{color:#067647}
ul.findings{list-style:none;padding:0;margin:0}details{margin:.25rem 0 .5rem}summary{cursor:pointer;font-size:.9rem}section{overflow-x:auto}ul.findings li{padding:.35rem .5rem;border-left:4px solid #dde3ea;margin:.25rem 0;background:#fff}
ul.findings li.error{border-color:#d92d20;color:inherit}ul.findings li.warn{border-color:#f79009;color:inherit}ul.findings li.info{border-color:#2e90fa;color:inherit}
.domain{display:inline-block;min-width:6.5rem;font-size:.8rem;color:#667085;text-transform:uppercase}.action{display:block;margin-left:6.5rem;color:#475467;font-size:.9rem}
table{border-collapse:collapse;background:#fff;margin:.25rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #eaecf0;text-align:left;white-space:nowrap}
th{font-weight:600;color:#475467;font-size:.85rem}td.num{text-align:right;font-variant-numeric:tabular-nums}
.grid{overflow-x:auto}.grid td,.grid th{padding:.15rem .3rem;text-align:center;font-size:.8rem}.grid td.name{text-align:left}
.grid td.shift{background:#e0f2fe}.grid td.off{color:#98a2b3}.grid tr.cover td.short{background:#fee4e2;color:#b42318;font-weight:600}
.grid th.weekend,.grid td.weekend{border-left:1px solid #eaecf0}
.bar{position:relative;height:14px;background:#eaecf0;border-radius:3px;min-width:240px}.bar .fill{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.bar .fill.ok{background:#32d583}.bar .fill.warn{background:#fdb022}.bar .fill.stop{background:#f04438}.bar .mark{position:absolute;top:-3px;bottom:-3px;width:2px;background:#1d2433}
.hist{display:flex;align-items:flex-end;gap:4px;height:160px;border-bottom:1px solid #98a2b3;padding-top:.5rem}
.hist div{flex:1;background:#32d583;position:relative}.hist div.over{background:#f04438}.hist div span{position:absolute;top:-1.2rem;width:100%;text-align:center;font-size:.7rem;color:#475467}
.hist-axis{display:flex;gap:4px}.hist-axis span{flex:1;text-align:center;font-size:.7rem;color:#667085}
.headlines{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.headlines div b{display:block;font-size:1.1rem}
`;

const isNumeric = (cell: string): boolean => /^[-+]?[$€£]?[\d,]+(\.\d+)?%?$/.test(cell.trim());

function table(t: ReportTable): string {
  if (t.rows.length === 0) return `<h3>${escapeHtml(t.title)}</h3><p class="muted">None.</p>`;
  const head = t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = t.rows
    .map((row) => `<tr>${row.map((cell) => `<td${isNumeric(cell) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<h3>${escapeHtml(t.title)}</h3><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function grid(g: RotaGrid): string {
  const weekday = (date: string) => ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'][new Date(`${date}T12:00:00Z`).getUTCDay()] ?? '';
  const weekStart = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() === 1;
  const cls = (date: string) => (weekStart(date) ? ' class="weekend"' : '');
  const head = `<tr><th></th>${g.dates.map((d) => `<th${cls(d)}>${weekday(d)}<br>${d.slice(8, 10)}</th>`).join('')}</tr>`;
  const rows = g.rows
    .map(
      (row) =>
        `<tr><td class="name">${escapeHtml(row.label)}</td>${row.cells
          .map((c, i) => {
            const date = g.dates[i] ?? '';
            const classes = [c === '' ? 'off' : 'shift', weekStart(date) ? 'weekend' : ''].filter(Boolean).join(' ');
            return `<td class="${classes}">${c === '' ? '·' : escapeHtml(c)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  const cover = `<tr class="cover"><td class="name muted">on shift / needed</td>${g.cover
    .map((c) => `<td class="${c.assigned < c.required ? 'short' : ''}">${c.assigned}/${c.required}</td>`)
    .join('')}</tr>`;
  const legend = g.legend.map((l) => `<b>${escapeHtml(l.id)}</b> ${escapeHtml(l.label)}`).join(' · ');
  return `<h3>Rota</h3><div class="grid"><table>${head}${rows}${cover}</table></div><p class="muted">${legend} · · day off</p>`;
}

const amount = (value: number): string => value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function bars(b: VarianceBars): string {
  const rows = b.bars
    .map((bar) => {
      const budget = Number(bar.budget);
      const actual = Number(bar.actual);
      const prorated = Number(bar.prorated);
      const scale = Math.max(budget, actual, 1);
      const pct = prorated > 0 ? `${Math.round((actual / prorated) * 100)}%` : '–';
      return `<tr><td>${escapeHtml(bar.label)}</td><td><div class="bar"><div class="fill ${bar.status}" style="width:${((actual / scale) * 100).toFixed(1)}%"></div><div class="mark" style="left:${((prorated / scale) * 100).toFixed(1)}%"></div></div></td><td class="num">${amount(actual)}</td><td class="num">${amount(prorated)}</td><td class="num">${amount(budget)}</td><td class="num ${bar.status === 'ok' ? 'ok' : bar.status === 'warn' ? 'warn' : 'error'}">${pct}</td></tr>`;
    })
    .join('');
  return `<h3>Spent against the budget to date (${escapeHtml(b.currency)})</h3><table><thead><tr><th>Line</th><th>Spent · | prorated budget</th><th>Spent</th><th>Prorated</th><th>Budget</th><th>Of prorated</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function distribution(d: WaitDistribution): string {
  const most = Math.max(1, ...d.bins.map((b) => b.count));
  const columns = d.bins
    .map((b) => `<div class="${b.fromMinutes >= d.goalMinutes ? 'over' : ''}" style="height:${((b.count / most) * 100).toFixed(1)}%"><span>${b.count}</span></div>`)
    .join('');
  const axis = d.bins.map((b) => `<span>${b.fromMinutes}–${b.toMinutes}</span>`).join('');
  const met = d.shareWithinGoal >= d.targetShare;
  return `<h3>Waits against the goal</h3><p><b class="${met ? 'ok' : 'error'}">${(d.shareWithinGoal * 100).toFixed(1)}%</b> seen within ${d.goalMinutes} minutes (target ${(d.targetShare * 100).toFixed(0)}%). Red columns are past the goal.</p><div class="hist">${columns}</div><div class="hist-axis">${axis}</div><p class="muted">minutes from check-in to provider</p>`;
}

function section(s: ReviewSection): string {
  const headlines = s.headlines.length
    ? `<div class="headlines">${s.headlines.map((h) => `<div><span class="muted">${escapeHtml(h.label)}</span><b>${escapeHtml(h.value)}</b></div>`).join('')}</div>`
    : '';
  return `<section><h2>${escapeHtml(s.title)}</h2>${headlines}${s.rotaGrid ? grid(s.rotaGrid) : ''}${s.varianceBars ? bars(s.varianceBars) : ''}${
    s.waitDistribution ? distribution(s.waitDistribution) : ''
  }${s.tables.map(table).join('')}</section>`;
}

function finding(f: ReviewFinding): string {
  const action = f.suggestedAction ? `<span class="action">→ ${escapeHtml(f.suggestedAction.description)}</span>` : '';
  return `<li class="${f.severity}"><span class="domain">${escapeHtml(f.domain)}</span>${escapeHtml(f.message)}${action}</li>`;
}

const SHOWN_PER_RULE = 5;

/** Lists findings, showing the first few of each rule and folding the rest into a details element. */
function findingsByRule(findings: readonly ReviewFinding[]): string {
  const byRule = new Map<string, ReviewFinding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  let html = '';
  for (const [ruleId, list] of byRule) {
    html += `<ul class="findings">${list.slice(0, SHOWN_PER_RULE).map(finding).join('')}</ul>`;
    if (list.length > SHOWN_PER_RULE) {
      html += `<details><summary class="muted">${list.length - SHOWN_PER_RULE} more from ${escapeHtml(ruleId)}</summary><ul class="findings">${list
        .slice(SHOWN_PER_RULE)
        .map(finding)
        .join('')}</ul></details>`;
    }
  }
  return html;
}

/**
 * Renders the daily review as one self-contained HTML page (inline CSS, no scripts, no network):
 * the findings by urgency, the rota grid, budget variance bars and the wait-time distribution
 * against the goal.
 *
 * @param input - the review report
 * @returns the HTML document
 * @throws PracticeOpsError `INVALID_INPUT` for a report that does not match {@link ReviewReportSchema}
 * @example
 * ```ts
 * writeFileSync('review.html', renderReviewHtml(report));
 * ```
 * @category Rendering
 */
export function renderReviewHtml(input: ReviewReport): string {
  const report = parseInput(ReviewReportSchema, input, { label: 'review report' });
  const groups = report.groups
    .filter((g) => g.findings.length > 0)
    .map((g) => `<h2>${escapeHtml(g.title)} <span class="muted">(${g.findings.length})</span></h2>${findingsByRule(g.findings)}`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Daily review · ${escapeHtml(report.practice.name)} · ${escapeHtml(report.today)}</title><style>${STYLE}</style></head>
<body><header><h1>Daily review · ${escapeHtml(report.practice.name)}</h1><p class="muted">${escapeHtml(report.today)} · ${escapeHtml(report.practice.timeZone)}</p>
<p class="counts"><span class="error">${report.counts.error} to act on now</span><span class="warn">${report.counts.warn} this week</span><span class="info">${report.counts.info} for information</span></p></header>
<main>${groups}${report.sections.map(section).join('')}</main></body></html>
`;
}
