// Server-rendered pages. Each takes the data the API also serves and returns HTML; none reads storage.

import type { Comparison } from '../comparison/compare.js';
import { STORY_PAGE_QUOTES, type SearchResult, type StoryView } from '../queries.js';
import type { ArticleSummary, EntityDetail, QuoteRecord, StoredArticle, StorySummary } from '../storage/store.js';
import { html, safeHref, type Markup } from './html.js';
import { t, type UiLanguage } from './i18n.js';
import { sourceOf } from '../article.js';
import { silencesBefore } from '../stories/silences.js';
import { gazetteer } from '../lang/gazetteer.js';

/** Longest title shown in lists; hostile inputs put whole bodies in titles. */
const MAX_LIST_TITLE = 200;
/** Most article texts shown side by side; a story of a hundred articles lists the rest in its timeline. */
const MAX_TEXT_COLUMNS = 4;

/**
 * The page around `body`. `params` are the page's own query parameters, kept by the link to the
 * other interface language (a filtered river stays filtered in English).
 */
function layout(lang: UiLanguage, title: string, body: Markup, query = '', script: string | null = null, params: Record<string, string> = {}): string {
  const other: UiLanguage = lang === 'id' ? 'en' : 'id';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Kabar</title>
<link rel="stylesheet" href="/static/kabar.css">
</head>
<body>
<header class="top">
  <a class="brand" href="/?lang=${lang}">Kabar</a>
  <form class="search" action="/search" method="get" role="search">
    <input type="hidden" name="lang" value="${lang}">
    <input type="search" name="q" value="${query}" placeholder="${t('searchPlaceholder', lang)}" aria-label="${t('search', lang)}">
    <button type="submit">${t('search', lang)}</button>
  </form>
  <a class="lang" href="?${new URLSearchParams({ ...params, lang: other }).toString()}">${other.toUpperCase()}</a>
</header>
<main>
${body}
</main>
${script ? html`<script src="${script}" defer></script>` : ''}
</body>
</html>
`.value;
}

/** An entity as a chip that leads to its page. */
function entityChip(e: { key: string; name: string; type: string }, lang: UiLanguage): Markup {
  return html`<a class="chip ${e.type.toLowerCase()}" href="/entities/${encodeURIComponent(e.key)}?lang=${lang}">${entityName(e, lang)}</a>`;
}

/**
 * An entity's name in the interface language: the gazetteer's name for a known entity (Korea Utara
 * on Indonesian pages, North Korea on English ones, whatever the article's language), else as the
 * articles write it.
 */
function entityName(e: { key: string; name: string }, lang: UiLanguage): string {
  return gazetteer().byKey(e.key)?.names[lang] ?? e.name;
}

/** "1 article", "2 articles" (Indonesian does not inflect: "1 artikel", "2 artikel"). */
function articleCount(n: number, lang: UiLanguage): string {
  return `${n} ${t(n === 1 ? 'article' : 'articles', lang)}`;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Stories on a page of the river unless `?limit=` says otherwise. */
export const RIVER_PAGE_SIZE = 100;
/** Stories one request for live river items may name. */
export const RIVER_FRAGMENT_IDS = 50;
/** The languages the river's filter offers (any other can be asked for by `?language=`). */
const RIVER_LANGUAGES = ['id', 'en'];

/** What the story river shows: the filters `/api/stories` takes, and which page of them. */
export interface RiverView {
  language?: string;
  source?: string;
  entity?: string;
  since?: string;
  limit: number;
  offset: number;
}

/** The filters of a view as query parameters, without the empty ones. */
function riverParams(view: RiverView): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of ['language', 'source', 'entity', 'since'] as const) {
    const value = view[key];
    if (value) params[key] = value;
  }
  return params;
}

function riverHref(params: Record<string, string>, lang: UiLanguage): string {
  return `/?${new URLSearchParams({ ...params, lang }).toString()}`;
}

/**
 * The story river: stories most active first, a form for the filters, and pages of `view.limit`.
 * Live updates (river.js) are only for the unfiltered first page, where a new story belongs at the top;
 * they start after `liveFrom`, the change the stories were read at, so that none stored while the page
 * loads is missed.
 */
export function storiesPage(stories: StorySummary[], lang: UiLanguage, view: RiverView = { limit: RIVER_PAGE_SIZE, offset: 0 }, liveFrom?: number): string {
  const filters = riverParams(view);
  const filtered = Object.keys(filters).length > 0;
  const live = !filtered && view.offset === 0;
  const pageParams = (offset: number) => ({ ...filters, ...(offset ? { offset: String(offset) } : {}), ...(view.limit !== RIVER_PAGE_SIZE ? { limit: String(view.limit) } : {}) });
  const page = (offset: number) => riverHref(pageParams(offset), lang);
  const choices = [...new Set([...RIVER_LANGUAGES, ...(view.language ? [view.language] : [])])];
  const body = html`<h1>${t('stories', lang)}</h1>
<form class="filters" action="/" method="get">
  <input type="hidden" name="lang" value="${lang}">
  <label>${t('language', lang)} <select name="language">
    <option value="">${t('allLanguages', lang)}</option>
    ${choices.map((code) => html`<option value="${code}"${code === view.language ? html` selected` : ''}>${languageName(code, lang)}</option>`)}
  </select></label>
  <label>${t('source', lang)} <input type="text" name="source" value="${view.source ?? ''}" maxlength="200"></label>
  <label>${t('entity', lang)} <input type="text" name="entity" value="${view.entity ?? ''}" maxlength="200" placeholder="${t('entityPlaceholder', lang)}"></label>
  <label>${t('since', lang)} <input type="date" name="since" value="${view.since?.slice(0, 10) ?? ''}"></label>
  <button type="submit">${t('filter', lang)}</button>
  ${filtered ? html`<a class="clear" href="${riverHref({}, lang)}">${t('clearFilters', lang)}</a>` : ''}
</form>
${stories.length ? '' : html`<p class="empty">${filtered || view.offset ? t('noMatches', lang) : t('noStories', lang)}</p>`}
<ol class="river"${live ? html` data-live${liveFrom === undefined ? '' : html` data-after="${liveFrom}"`}` : ''} start="${view.offset + 1}">${stories.map((s) => storyItem(s, lang))}</ol>
<nav class="pages">
  ${view.offset > 0 ? html`<a rel="prev" href="${page(Math.max(0, view.offset - view.limit))}">${t('newer', lang)}</a>` : ''}
  ${stories.length === view.limit ? html`<a rel="next" href="${page(view.offset + view.limit)}">${t('older', lang)}</a>` : ''}
</nav>`;
  return layout(lang, t('stories', lang), body, '', live ? '/static/river.js' : null, pageParams(view.offset));
}

/** A language code as the interface names it (id: "Indonesia" in Indonesian, "Indonesian" in English). */
function languageName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The river's items of `stories`, as the river renders them: what its live updates put in place
 * (river.js fetches them rather than rebuild an item from an event's few fields).
 */
export function riverItems(stories: StorySummary[], lang: UiLanguage): string {
  return html`${stories.map((s) => storyItem(s, lang))}`.toString();
}

function storyItem(s: StorySummary, lang: UiLanguage): Markup {
  return html`
<li class="story" data-story="${s.id}">
  <a class="headline" href="/stories/${encodeURIComponent(s.id)}?lang=${lang}">${cut(s.headline, MAX_LIST_TITLE)}</a>
  <div class="meta count">${articleCount(s.articleCount, lang)}${s.copies ? ` (${s.copies} ${t('copies', lang)})` : ''} · ${s.dated ? s.lastUpdated.slice(0, 10) : t('undated', lang)} · ${s.languages.join(', ')} · ${s.sources.map((source, i) => html`${i ? ', ' : ''}<a class="source-filter" href="${riverHref({ source }, lang)}">${source}</a>`)}</div>
  <div class="chips">${s.topEntities.slice(0, 6).map((e) => entityChip(e, lang))}</div>
</li>`;
}

export function storyPage(view: StoryView, lang: UiLanguage): string {
  const { story: s, comparison, compared } = view;
  // Articles are numbered by their place in the timeline; one compared from before it (a source's
  // first report in a story larger than the timeline) is named by its source alone.
  const index = new Map(view.articles.map((a, i) => [a.id, i + 1]));
  const known = new Map<string, Pick<ArticleSummary, 'publisher' | 'originalSource'>>([...view.articles, ...compared].map((a) => [a.id, a]));
  const name = (id: string): string => {
    const a = known.get(id);
    const source = (a && sourceOf(a)) ?? id;
    return index.has(id) ? `[${index.get(id)}] ${source}` : source;
  };
  // A story taken up again after a silence shows how long it was quiet.
  const silences = silencesBefore(view.articles);
  const timeline = view.articles.map((a, i) => {
    const href = safeHref(a.url);
    const silence = silences[i] === null ? '' : html`<li class="silence">${t('silence', lang).replace('{n}', String(silences[i]))}</li>`;
    return html`${silence}<li><time>${a.publishedAt?.slice(0, 16).replace('T', ' ') ?? '—'}</time>
  <span class="source">${name(a.id)}</span>
  <a href="/articles/${encodeURIComponent(a.id)}?lang=${lang}">${cut(a.title, MAX_LIST_TITLE)}</a>
  ${a.duplicateOf ? html`<span class="copy">${t('copy', lang)} ${name(a.duplicateOf)}</span>` : ''}
  ${href ? html`<a class="ext" href="${href}" rel="noopener noreferrer nofollow" target="_blank">${t('original', lang)}</a>` : ''}</li>`;
  });
  const evidence = (items: { article: string; sentence: string }[]) =>
    html`<ul class="evidence">${items.map((e) => html`<li><span class="source">${name(e.article)}</span> <span class="sentence">${e.sentence}</span></li>`)}</ul>`;
  let compareBlock: Markup;
  if (!comparison) {
    compareBlock = html`<p class="empty">${t('nothingToCompare', lang)}</p>`;
  } else {
    // The articles compared: all the independent ones, or of a large story those articlesToCompare chose.
    const some = comparison.independentArticles > compared.length
      ? html`<p class="note">${t('comparedSome', lang).replace('{n}', String(compared.length)).replace('{total}', String(comparison.independentArticles))}</p>` : '';
    const columns = compared.map((a) => html`<div class="column">
  <h3>${name(a.id)}</h3>
  <ul>${(comparison.unique[a.id] ?? []).map((u) => html`<li class="unique">${u.summary}</li>`)}</ul>
</div>`);
    const marks = sentenceMarks(comparison);
    const texts = compared.slice(0, MAX_TEXT_COLUMNS).map((a) => html`<div class="column text">
  <h3>${name(a.id)}</h3>
  ${a.sentences.filter((s) => !s.isTitle).map((s) => {
    const mark = marks.get(`${a.id}\u0000${s.text}`);
    return mark ? html`<span class="s s-${mark.kind}" title="${mark.summary}">${s.text}</span> ` : html`<span class="s">${s.text}</span> `;
  })}
</div>`);
    compareBlock = html`${some}
<section class="findings discrepancies"><h3>${t('discrepancies', lang)}</h3>
${comparison.discrepancies.length ? comparison.discrepancies.map((d) => html`<article class="finding"><p><b class="kind">${d.kind}</b> ${d.summary}</p>${evidence(d.evidence)}</article>`) : html`<p>${t('none', lang)}</p>`}
</section>
<section class="findings agreements"><h3>${t('agreements', lang)}</h3>
${comparison.agreements.length ? comparison.agreements.map((a) => html`<article class="finding"><p>${a.summary}</p>${evidence(a.evidence)}</article>`) : html`<p>${t('none', lang)}</p>`}
</section>
<section class="findings"><h3>${t('unique', lang)}</h3><div class="columns">${columns}</div></section>
<section class="texts"><h3>${t('texts', lang)}</h3>
<p class="legend"><span class="s s-discrepancy">${t('discrepancies', lang)}</span> <span class="s s-agreement">${t('agreements', lang)}</span> <span class="s s-unique">${t('unique', lang)}</span></p>
<div class="columns">${texts}</div></section>`;
  }
  // Quotes come newest article first, each article's in its order: read oldest article first.
  const byArticle = new Map<string, QuoteRecord[]>();
  for (const q of view.quotes) byArticle.set(q.articleId, [...(byArticle.get(q.articleId) ?? []), q]);
  const bySpeaker = new Map<string, { text: string; article: string }[]>();
  for (const q of [...byArticle.values()].reverse().flat()) {
    const key = q.speaker ?? t('unknownSpeaker', lang);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), { text: q.text, article: q.articleId }]);
  }
  const quotes = [...bySpeaker.entries()].map(([speaker, list]) => html`<div class="speaker"><h4>${speaker}</h4>
<ul>${list.map((q) => html`<li><q>${q.text}</q> <span class="source">${name(q.article)}</span></li>`)}</ul></div>`);
  const newestArticles = s.articleCount > view.articles.length
    ? html`<p class="note">${t('newestArticles', lang).replace('{n}', String(view.articles.length)).replace('{total}', String(s.articleCount))}</p>` : '';
  const newestQuotes = view.quotes.length >= STORY_PAGE_QUOTES ? html`<p class="note">${t('newestQuotes', lang).replace('{n}', String(view.quotes.length))}</p>` : '';
  const body = html`<article class="story-page">
<h1>${s.headline}</h1>
<p class="meta">${articleCount(s.articleCount, lang)} · ${s.dated ? `${s.firstSeen.slice(0, 10)} → ${s.lastUpdated.slice(0, 10)}` : t('undated', lang)} · ${s.languages.join(', ')}</p>
<div class="chips">${s.topEntities.map((e) => entityChip(e, lang))}</div>
<h2>${t('timeline', lang)}</h2>
${newestArticles}
<ol class="timeline">${timeline}</ol>
<h2>${t('comparison', lang)}</h2>
${compareBlock}
<h2>${t('quotes', lang)}</h2>
${newestQuotes}
${quotes.length ? quotes : html`<p>${t('none', lang)}</p>`}
</article>`;
  return layout(lang, s.headline, body);
}

type MarkKind = 'discrepancy' | 'agreement' | 'unique';

/** For each evidence sentence (article id + text), what it is evidence of; discrepancies first. */
function sentenceMarks(comparison: Comparison): Map<string, { kind: MarkKind; summary: string }> {
  const marks = new Map<string, { kind: MarkKind; summary: string }>();
  const mark = (article: string, sentence: string, kind: MarkKind, summary: string) => {
    const key = `${article}\u0000${sentence}`;
    if (!marks.has(key)) marks.set(key, { kind, summary });
  };
  for (const d of comparison.discrepancies) for (const e of d.evidence) mark(e.article, e.sentence, 'discrepancy', d.summary);
  for (const a of comparison.agreements) for (const e of a.evidence) mark(e.article, e.sentence, 'agreement', a.summary);
  for (const [article, facts] of Object.entries(comparison.unique)) for (const u of facts) mark(article, u.sentence, 'unique', u.summary);
  return marks;
}

export function articlePage(article: StoredArticle, lang: UiLanguage): string {
  const href = safeHref(article.url);
  const paragraphs = article.text.split(/\n{2,}/).map((p) => html`<p>${p}</p>`);
  const body = html`<article class="article-page">
<h1>${article.title}</h1>
<p class="meta">${article.publisher ?? ''} · ${article.publishedAt ?? ''} · ${article.language}${article.translated ? html` · ${t('translated', lang)}` : ''}${article.originalSource ? ` · ${article.originalSource}` : ''}
 · <a href="/stories/${encodeURIComponent(article.storyId)}?lang=${lang}">${t('stories', lang)}</a>
 ${href ? html` · <a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${t('original', lang)}</a>` : ''}</p>
<div class="chips">${article.entities.filter((e) => e.type !== 'MISC').map((e) => entityChip(e, lang))}</div>
<div class="body">${paragraphs}</div>
</article>`;
  return layout(lang, article.title, body);
}

export function searchPage(query: string, hits: SearchResult[], lang: UiLanguage): string {
  const body = html`<h1>${t('search', lang)}: ${query}</h1>
${hits.length ? html`<ol class="hits">${hits.map((h) => html`<li>
  <a class="headline" href="/articles/${encodeURIComponent(h.articleId)}?lang=${lang}">${cut(h.title, MAX_LIST_TITLE)}</a>
  <div class="meta">${sourceOf(h) ?? ''} · ${h.publishedAt?.slice(0, 10) ?? ''} · <a href="/stories/${encodeURIComponent(h.storyId)}?lang=${lang}">${t('stories', lang)}</a></div>
  <p>${h.snippet}</p></li>`)}</ol>` : html`<p class="empty">${t('noMatches', lang)}</p>`}`;
  return layout(lang, `${t('search', lang)}: ${query}`, body, query);
}

export function entityPage(entity: EntityDetail, stories: StorySummary[], quotes: QuoteRecord[], lang: UiLanguage): string {
  const body = html`<article class="entity-page">
<h1>${entityName(entity, lang)}</h1>
<p class="meta">${entity.type.toLowerCase()} · ${articleCount(entity.articles, lang)} · ${entity.key}</p>
${entity.mentions.length ? html`<p><b>${t('writtenAs', lang)}:</b> ${entity.mentions.join(', ')}</p>` : ''}
${entity.roles.length ? html`<p><b>${t('roles', lang)}:</b> ${entity.roles.join('; ')}</p>` : ''}
<h2>${t('stories', lang)}</h2>
<ol class="river">${stories.map((s) => storyItem(s, lang))}</ol>
${quotes.length ? html`<h2>${t('quotes', lang)}</h2><ul class="quotes">${quotes.map((q) => html`<li><q>${q.text}</q> <a class="source" href="/articles/${encodeURIComponent(q.articleId)}?lang=${lang}">${q.publisher ?? q.articleId}</a></li>`)}</ul>` : ''}
</article>`;
  return layout(lang, entityName(entity, lang), body);
}

/** A page's query that cannot be served, with what is wrong with it. */
export function badRequestPage(reason: string, lang: UiLanguage): string {
  return layout(lang, t('badRequest', lang), html`<h1>${t('badRequest', lang)}</h1><p>${reason}</p><p><a href="${riverHref({}, lang)}">${t('stories', lang)}</a></p>`);
}

export function notFoundPage(what: string, lang: UiLanguage): string {
  return layout(lang, t('notFound', lang), html`<h1>${t('notFound', lang)}</h1><p>${what}</p>`);
}
