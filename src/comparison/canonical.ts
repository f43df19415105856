// One name per entity across the compared articles: "Putin" in one article and "Vladimir Putin"
// in another are one person; Ukraina and Ukraine are one place, named in the language most of
// the articles are written in.

import type { AnalyzedArticle, EntityMention } from '../article.js';
import { gazetteer, normaliseSurface } from '../lang/gazetteer.js';

/** Returns copies of the articles whose entity keys and names agree across all of them. */
export function canonicaliseAcross(articles: AnalyzedArticle[]): AnalyzedArticle[] {
  const language = majorityLanguage(articles);
  const remap = new Map<string, string>();
  const fullPeople = articles.flatMap((a) => a.entities).filter((e) => e.type === 'PERSON' && e.name.includes(' '));
  for (const a of articles) {
    for (const e of a.entities) {
      if ((e.type !== 'PERSON' && e.type !== 'MISC') || e.name.includes(' ')) continue;
      const short = normaliseSurface(e.name);
      const full = fullPeople.find((p) => {
        const words = normaliseSurface(p.name).split(' ');
        // By surname; by first name only in Indonesian, where people go by it (Jokowi, Prabowo).
        return words[words.length - 1] === short || (a.language !== 'en' && words[0] === short);
      });
      if (full) remap.set(e.key, full.key);
    }
  }
  // The display name of each key: the gazetteer's in the majority language, else the longest written.
  const names = new Map<string, string>();
  for (const e of articles.flatMap((a) => a.entities)) {
    const key = remap.get(e.key) ?? e.key;
    const known = gazetteer().byKey(key);
    const name = known ? (language === 'id' || language === 'ms' ? known.names.id : known.names.en) : e.name;
    const current = names.get(key);
    if (!current || (!known && name.length > current.length && remap.get(e.key) === undefined)) names.set(key, name);
  }
  return articles.map((a) => {
    const merged = new Map<string, EntityMention>();
    for (const e of a.entities) {
      const key = remap.get(e.key) ?? e.key;
      const existing = merged.get(key);
      if (existing) {
        existing.mentions = [...new Set([...existing.mentions, ...e.mentions])];
        existing.roles = [...new Set([...existing.roles, ...e.roles])];
        existing.sentences = [...new Set([...existing.sentences, ...e.sentences])].sort((x, y) => x - y);
      } else {
        merged.set(key, { ...e, key, name: names.get(key) ?? e.name, type: e.type === 'MISC' && remap.has(e.key) ? 'PERSON' : e.type });
      }
    }
    return {
      ...a,
      entities: [...merged.values()],
      quotes: a.quotes.map((q) => {
        const key = q.speakerKey ? remap.get(q.speakerKey) ?? q.speakerKey : null;
        return { ...q, speakerKey: key, speaker: key ? names.get(key) ?? q.speaker : q.speaker };
      }),
    };
  });
}

function majorityLanguage(articles: AnalyzedArticle[]): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.language, (counts.get(a.language) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0] ?? 'id';
}
