// A comparison for people: coloured text for a terminal, Markdown for an editor.

import type { Comparison } from './compare.js';
import { sourceOf } from '../article.js';

export interface Styles {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

function names(c: Comparison): Map<string, string> {
  return new Map(c.articles.map((a, i) => [a.id, `[${i + 1}] ${sourceOf(a) ?? a.id}`]));
}

export function renderText(c: Comparison, s: Styles): string {
  const label = names(c);
  const lines: string[] = [];
  lines.push(s.bold(`${c.sameStory ? 'Same story' : 'Different stories'} (similarity ${c.similarity})`));
  for (const a of c.articles) {
    const extra = [a.language, a.publishedAt, a.translated ? 'translated' : null, a.originalSource ? `from ${a.originalSource}` : null].filter(Boolean).join(', ');
    lines.push(`  ${label.get(a.id)}  ${a.title}  ${s.dim(`(${extra}; ${a.id})`)}`);
  }
  const section = (title: string, colour: (x: string) => string, items: { summary: string; evidence: { article: string; sentence: string }[] }[]) => {
    lines.push('', s.bold(colour(`${title} (${items.length})`)));
    for (const item of items) {
      lines.push(`  ${colour('•')} ${item.summary}`);
      for (const e of item.evidence) lines.push(`      ${s.dim(`${label.get(e.article)}:`)} ${e.sentence}`);
    }
  };
  section('Discrepancies', s.red, c.discrepancies.map((d) => ({ ...d, summary: `${s.bold(d.kind)}: ${d.summary}` })));
  section('Agreements', s.green, c.agreements);
  lines.push('', s.bold(s.yellow('Only one source')));
  for (const a of c.articles) {
    for (const u of c.unique[a.id] ?? []) lines.push(`  ${s.yellow('•')} ${u.summary}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(c: Comparison): string {
  const label = names(c);
  const esc = (t: string) => t.replace(/([\\`*_[\]<>|])/g, '\\$1');
  const out: string[] = [];
  out.push(`# Coverage comparison`, '', `${c.sameStory ? 'The articles report the same story' : 'The articles report different stories'} (similarity ${c.similarity}).`, '');
  out.push('| | Title | Publisher | Original source | Language | Published |', '|---|---|---|---|---|---|');
  c.articles.forEach((a, i) => out.push(`| ${i + 1} | ${esc(a.title)} | ${esc(a.publisher ?? '')} | ${esc(a.originalSource ?? '')}${a.translated ? ' (translated)' : ''} | ${a.language} | ${a.publishedAt ?? ''} |`));
  const section = (title: string, items: { summary: string; evidence: { article: string; sentence: string }[] }[]) => {
    out.push('', `## ${title}`, '');
    if (items.length === 0) out.push('None found.');
    for (const item of items) {
      out.push(`- **${esc(item.summary)}**`);
      for (const e of item.evidence) out.push(`  - ${esc(label.get(e.article) ?? e.article)}: > ${esc(e.sentence)}`);
    }
  };
  section('Discrepancies', c.discrepancies.map((d) => ({ ...d, summary: `${d.kind}: ${d.summary}` })));
  section('Agreements', c.agreements);
  out.push('', '## Reported by one source only', '');
  for (const a of c.articles) {
    const facts = c.unique[a.id] ?? [];
    if (facts.length === 0) continue;
    out.push(`### ${esc(label.get(a.id) ?? a.id)}`, '');
    for (const u of facts) out.push(`- ${esc(u.summary)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
