/**
 * `toolforge report DIR`: one self-contained HTML page (no network, no chart library): the
 * job's numbers, inline SVG charts drawn by a small script from data embedded in the page
 * (category mix, domains, turns and calls per item, rejection reasons, items, tokens and cost
 * over time), and a sample of accepted records beside rejected records with the checks they
 * failed (the checkpoint keeps the first rejected records for this).
 */
import { join } from 'node:path';
import { datasetStats, jobFacts, type JobFacts } from './dataset-stats.js';
import { recordShape } from './record-facts.js';
import type { DatasetStats } from './shard-stats.js';
import { readRecords } from './export.js';
import type { CanonicalRecord } from '../core/record.js';
import type { JobView, RejectedItem } from './job-view.js';
import { writeFileAtomic } from '../core/temp-file.js';

export const REPORT_FILE = 'report.html';
const SAMPLE = 6;

export interface ReportData {
  readonly title: string;
  readonly summary: Record<string, string | number>;
  readonly charts: {
    readonly id: string;
    readonly title: string;
    readonly kind: 'bars' | 'hbars' | 'stacked' | 'lines';
    readonly labels: string[];
    readonly series: { name: string; values: number[] }[];
  }[];
  readonly accepted: CanonicalRecord[];
  readonly rejected: RejectedItem[];
}

function sortedEntries(h: Record<string, number>, numeric: boolean): [string, number][] {
  return Object.entries(h).sort((a, b) => (numeric ? Number(a[0]) - Number(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function reportData(facts: JobFacts, stats: DatasetStats, accepted: CanonicalRecord[], rejected: RejectedItem[]): ReportData {
  const s = facts.status;
  const cats = Object.keys(s.byCategory).sort();
  const domains = sortedEntries(stats.domains, false).slice(0, 20);
  const turns = sortedEntries(stats.userTurns, true);
  const calls = sortedEntries(stats.callsPerItem, true);
  const reasons = facts.rejections.slice(0, 20);
  const t0 = facts.timeline[0]?.t ?? 0;
  const timeLabels = facts.timeline.map((p) => `${((p.t - t0) / 1000).toFixed(1)}s`);
  return {
    title: `toolforge report: ${String(facts.config.name ?? s.name)}`,
    summary: {
      state: s.complete ? 'complete' : 'not complete',
      'records written': `${s.written} / ${s.target}`,
      accepted: s.accepted,
      rejected: s.rejected,
      failed: s.failed,
      shards: facts.shards.length,
      'prompt tokens': s.usage.promptTokens,
      'completion tokens': s.usage.completionTokens,
      'cost (USD)': s.usage.costUsd.toFixed(4),
      'work time (s)': s.throughput.activeSec.toFixed(1),
      'tokens per record (median)': stats.tokens.p50,
    },
    charts: [
      {
        id: 'categories',
        title: 'Category mix: items by verdict',
        kind: 'stacked',
        labels: cats,
        series: (['accepted', 'rejected', 'failed'] as const).map((k) => ({ name: k, values: cats.map((c) => s.byCategory[c]?.[k] ?? 0) })),
      },
      { id: 'domains', title: 'Domains (top 20, records)', kind: 'hbars', labels: domains.map((d) => d[0]), series: [{ name: 'records', values: domains.map((d) => d[1]) }] },
      { id: 'turns', title: 'User turns per item', kind: 'bars', labels: turns.map((d) => d[0]), series: [{ name: 'records', values: turns.map((d) => d[1]) }] },
      { id: 'calls', title: 'Tool calls per item', kind: 'bars', labels: calls.map((d) => d[0]), series: [{ name: 'records', values: calls.map((d) => d[1]) }] },
      { id: 'rejections', title: 'Rejection reasons (items per rule)', kind: 'hbars', labels: reasons.map((r) => r.rule), series: [{ name: 'items', values: reasons.map((r) => r.count) }] },
      {
        id: 'timeline',
        title: 'Over time: items finished, tokens and cost',
        kind: 'lines',
        labels: timeLabels,
        series: [
          { name: 'items', values: facts.timeline.map((p) => p.items) },
          { name: 'accepted', values: facts.timeline.map((p) => p.accepted) },
          { name: 'tokens', values: facts.timeline.map((p) => p.promptTokens + p.completionTokens) },
          { name: 'cost (USD)', values: facts.timeline.map((p) => p.costUsd) },
        ],
      },
    ],
    accepted,
    rejected,
  };
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:24px;color:#1d2330;background:#fafbfc}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
.summary{display:flex;flex-wrap:wrap;gap:10px}.summary div{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px 12px}
.summary b{display:block;font-size:18px}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px;align-items:start}
.chart{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:10px}.chart h3{margin:0 0 6px;font-size:14px}
.chart svg{width:100%;height:auto}.legend span{margin-right:12px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px}
.side{display:grid;grid-template-columns:1fr 1fr;gap:16px}.side>div{min-width:0}
.rec{background:#fff;border:1px solid #dde1e7;border-radius:6px;padding:8px;margin-bottom:10px;overflow:auto}
.rec.bad{border-color:#e0a3a3}.msg{margin:4px 0;padding:4px 6px;border-radius:4px;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
.system{background:#f1f1f4}.user{background:#e8f0fe}.assistant{background:#e9f7ef}.tool{background:#fff6e0}.reasoning{color:#555;font-style:italic}
code{font-size:12px}.check{color:#9b1c1c}.empty{color:#777}
`;

/** The script that draws the charts from the embedded data: bars, horizontal bars, stacked bars, lines. */
const SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var NS = 'http://www.w3.org/2000/svg';
  var COLORS = ['#3b6fd6','#d9534f','#9aa3ad','#2e9d6b','#e0a030','#8a5cc7'];
  function el(name, attrs, parent, text){ var e = document.createElementNS(NS, name); for (var k in attrs) e.setAttribute(k, attrs[k]); if (text !== undefined) e.textContent = text; if (parent) parent.appendChild(e); return e; }
  function fmt(v){ return Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en') : (Math.round(v*1000)/1000).toString(); }
  function draw(chart){
    var box = document.getElementById('chart-' + chart.id);
    var W = 460, H = chart.kind === 'hbars' ? Math.max(120, 22 * chart.labels.length + 30) : 240;
    var svg = el('svg', {viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': chart.title});
    if (chart.labels.length === 0) { el('text', {x: W/2, y: H/2, 'text-anchor': 'middle', 'class': 'empty'}, svg, 'nothing to show'); box.appendChild(svg); box.setAttribute('data-rendered', 'empty'); return; }
    var L = chart.kind === 'hbars' ? 170 : 44, R = 12, T = 10, B = chart.kind === 'hbars' ? 20 : 46;
    var pw = W - L - R, ph = H - T - B;
    var totals = chart.labels.map(function(_, i){ return chart.kind === 'stacked' ? chart.series.reduce(function(a, s){ return a + s.values[i]; }, 0) : Math.max.apply(null, chart.series.map(function(s){ return s.values[i]; })); });
    var max = Math.max.apply(null, totals.concat([1]));
    if (chart.kind === 'hbars') {
      var bh = ph / chart.labels.length;
      chart.labels.forEach(function(label, i){
        var v = chart.series[0].values[i], w = pw * v / max, y = T + i * bh;
        el('text', {x: L - 6, y: y + bh * 0.7, 'text-anchor': 'end', 'font-size': 11}, svg, label.length > 26 ? label.slice(0, 25) + '…' : label);
        var r = el('rect', {x: L, y: y + 2, width: Math.max(1, w), height: bh - 4, fill: COLORS[0], 'class': 'bar'}, svg);
        el('title', {}, r, label + ': ' + fmt(v));
        el('text', {x: L + w + 4, y: y + bh * 0.7, 'font-size': 10}, svg, fmt(v));
      });
    } else if (chart.kind === 'lines') {
      chart.series.forEach(function(s, k){
        var m = Math.max.apply(null, s.values.concat([0])) || 1;
        var n = s.values.length, pts = s.values.map(function(v, i){ return (L + (n > 1 ? pw * i / (n - 1) : pw / 2)).toFixed(1) + ',' + (T + ph - ph * v / m).toFixed(1); });
        var line = el('polyline', {points: pts.join(' '), fill: 'none', stroke: COLORS[k % COLORS.length], 'stroke-width': 2, 'class': 'line'}, svg);
        el('title', {}, line, s.name + ' (max ' + fmt(m) + ' per interval)');
      });
      el('text', {x: L, y: H - 26, 'font-size': 10}, svg, chart.labels[0]);
      el('text', {x: L + pw, y: H - 26, 'font-size': 10, 'text-anchor': 'end'}, svg, chart.labels[chart.labels.length - 1]);
      el('text', {x: 4, y: T + 8, 'font-size': 10}, svg, 'each line scaled to its own max');
    } else {
      var bw = pw / chart.labels.length;
      chart.labels.forEach(function(label, i){
        var x = L + i * bw, base = T + ph;
        chart.series.forEach(function(s, k){
          var v = s.values[i], h = ph * v / max;
          if (v <= 0) return;
          base -= h;
          var r = el('rect', {x: x + bw * 0.12, y: base, width: bw * 0.76, height: Math.max(1, h), fill: COLORS[k % COLORS.length], 'class': 'bar'}, svg);
          el('title', {}, r, label + ' ' + s.name + ': ' + fmt(v));
        });
        el('text', {x: x + bw / 2, y: H - B + 14, 'text-anchor': 'middle', 'font-size': 10, transform: chart.labels.length > 8 ? 'rotate(30 ' + (x + bw / 2) + ' ' + (H - B + 14) + ')' : ''}, svg, label.length > 14 ? label.slice(0, 13) + '…' : label);
        el('text', {x: x + bw / 2, y: T + ph - ph * totals[i] / max - 3, 'text-anchor': 'middle', 'font-size': 10}, svg, fmt(totals[i]));
      });
    }
    el('line', {x1: L, y1: T + ph, x2: L + pw, y2: T + ph, stroke: '#888'}, svg);
    el('text', {x: 4, y: T + ph, 'font-size': 10}, svg, '0');
    el('text', {x: chart.kind === 'hbars' ? W - R : 4, y: chart.kind === 'hbars' ? H - 4 : T + 10, 'font-size': 10, 'text-anchor': chart.kind === 'hbars' ? 'end' : 'start'}, svg, chart.kind === 'lines' ? '' : 'max ' + fmt(max));
    box.appendChild(svg);
    if (chart.series.length > 1) {
      var legend = document.createElement('div'); legend.className = 'legend';
      chart.series.forEach(function(s, k){ var sp = document.createElement('span'); var i = document.createElement('i'); i.style.background = COLORS[k % COLORS.length]; sp.appendChild(i); sp.appendChild(document.createTextNode(s.name)); legend.appendChild(sp); });
      box.appendChild(legend);
    }
    box.setAttribute('data-rendered', 'true');
  }
  data.charts.forEach(function(c){ try { draw(c); } catch (e) { document.getElementById('chart-' + c.id).setAttribute('data-error', String(e)); } });
  document.body.setAttribute('data-charts', 'done');
})();
`;

function renderMessage(m: CanonicalRecord['messages'][number]): string {
  const parts: string[] = [];
  if (m.role === 'assistant') {
    if (m.reasoning) parts.push(`<div class="reasoning">rationale: ${esc(m.reasoning)}</div>`);
    if (m.content) parts.push(esc(m.content));
    for (const c of m.tool_calls ?? []) parts.push(`<code>${esc(c.function.name)}(${esc(c.function.arguments)})</code>`);
  } else if (m.role === 'tool') {
    parts.push(`<code>${esc(m.tool_call_id)}</code> ${esc(m.content.length > 400 ? `${m.content.slice(0, 400)}…` : m.content)}`);
  } else parts.push(esc(m.content));
  return `<div class="msg ${m.role}"><b>${m.role}</b> ${parts.join('<br>')}</div>`;
}

export function renderReport(data: ReportData): string {
  const json = JSON.stringify({ charts: data.charts }).replace(/</g, '\\u003c');
  const summary = Object.entries(data.summary)
    .map(([k, v]) => `<div>${esc(k)}<b>${esc(String(v))}</b></div>`)
    .join('');
  const charts = data.charts.map((c) => `<div class="chart" id="chart-${c.id}"><h3>${esc(c.title)}</h3></div>`).join('\n');
  const accepted = data.accepted
    .map((r) => {
      const shape = recordShape(r);
      return `<div class="rec"><b>${esc(r.id)}</b> · ${esc(r.meta?.category ?? '')} · ${esc((r.meta?.domains ?? []).join(', '))} · ${r.tools.length} tools · ${shape.calls} calls
${r.messages.map(renderMessage).join('\n')}</div>`;
    })
    .join('\n');
  const rejected = data.rejected
    .map(
      (r) => `<div class="rec bad"><b>item ${r.idx}</b> · ${esc(r.category)} · seed ${r.seed}
${r.checks.map((c) => `<div class="msg check"><code>${esc(c.rule)}</code> ${esc(c.message)}${c.at ? ` <span>(message ${c.at.message ?? '-'}, call ${c.at.call ?? '-'})</span>` : ''}</div>`).join('\n')}
${r.record ? r.record.messages.map(renderMessage).join('\n') : ''}</div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(data.title)}</title><style>${CSS}</style></head>
<body>
<h1>${esc(data.title)}</h1>
<div class="summary">${summary}</div>
<h2>Charts</h2>
<div class="charts">
${charts}
</div>
<h2>Sample: accepted records and rejected items</h2>
<div class="side">
<div><h3>Accepted (${data.accepted.length})</h3>${accepted || '<p class="empty">none</p>'}</div>
<div><h3>Rejected (${data.rejected.length}), with the checks they failed</h3>${rejected || '<p class="empty">none</p>'}</div>
</div>
<script type="application/json" id="report-data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

/** Accepted records spread over the shards, and the first rejected items of each failed rule. */
async function samples(job: JobView, facts: JobFacts): Promise<{ accepted: CanonicalRecord[]; rejected: RejectedItem[] }> {
  const total = facts.shards.reduce((n, s) => n + s.records, 0);
  const stride = Math.max(1, Math.floor(total / SAMPLE));
  const accepted: CanonicalRecord[] = [];
  let i = 0;
  for await (const { record } of readRecords(job.dir, facts.shards)) {
    if (i++ % stride === 0 && accepted.length < SAMPLE) accepted.push(record);
    if (accepted.length >= SAMPLE) break;
  }
  // Prefer a spread of rules: the first item of each first-failing rule, then the rest in order.
  const seen = new Set<string>();
  const first: RejectedItem[] = [];
  const rest: RejectedItem[] = [];
  for (const item of job.rejectedItems(500)) {
    const rule = item.checks[0]?.rule ?? '';
    (seen.has(rule) ? rest : first).push(item);
    seen.add(rule);
  }
  return { accepted, rejected: [...first, ...rest].slice(0, SAMPLE) };
}

export async function buildReport(job: JobView): Promise<string> {
  const facts = jobFacts(job);
  const stats = await datasetStats(job.dir, facts.shards, typeof facts.config.count === 'number' ? facts.config.count : undefined);
  const { accepted, rejected } = await samples(job, facts);
  return renderReport(reportData(facts, stats, accepted, rejected));
}

/** Write DIR/report.html; returns its path. */
export async function writeReport(job: JobView): Promise<string> {
  const html = await buildReport(job);
  const path = join(job.dir, REPORT_FILE);
  writeFileAtomic(path, html);
  return path;
}
