// A story's top entities as its summary lists them: its most named entities, with a person some of
// its articles name by one word counted with the full name others give. Shared by both stores,
// which read the counts (story_entities) and hand them here.

import type { EntityType } from '../article.js';
import { personKey } from '../analysis/entities.js';

/** Stories list this many top entities. */
export const TOP_ENTITIES = 8;
/** Entities read per story for its top ones: a person named by one word in some articles is folded into the full name (foldShortNames). */
export const TOP_ENTITIES_READ = 2 * TOP_ENTITIES;

export type TopEntity = { key: string; name: string; type: EntityType; articles: number };

/**
 * The keys a person among `entities` has when an article names them by their first or last word
 * alone (person:hasyim for Hasyim Asy'ari), which the stores read besides a story's top entities
 * however few articles they count, for foldShortNames.
 */
export function shortFormKeys(entities: readonly TopEntity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    const words = e.name.trim().split(/\s+/);
    if (e.type !== 'PERSON' || words.length < 2) continue;
    for (const word of [words[0]!, words[words.length - 1]!]) keys.add(personKey(word));
  }
  for (const e of entities) keys.delete(e.key);
  return [...keys];
}

/**
 * A story's top entities, most articles first, with a person some of its articles name by one
 * word ("Hasyim", where others write "Hasyim Asy'ari") counted with the one full name of the story
 * that begins or ends with that word: an article that gives the full name keys the short one to it,
 * one that never does cannot. Counts are capped at the story's articles. `entities`: most articles first.
 */
export function foldShortNames(entities: readonly TopEntity[], articleCount: number): TopEntity[] {
  const people = entities.filter((e) => e.type === 'PERSON' && /\s/.test(e.name.trim()));
  const folded = new Map(entities.map((e) => [e.key, { ...e }]));
  // By key, as articles key their short forms (Zelensky, of Volodymyr Zelenskyy).
  const ends = new Map(people.map((p) => { const words = p.name.trim().split(/\s+/); return [p.key, [personKey(words[0]!), personKey(words[words.length - 1]!)]]; }));
  for (const short of entities) {
    if (short.type !== 'PERSON' || /\s/.test(short.name.trim())) continue;
    const full = people.filter((p) => ends.get(p.key)!.includes(short.key));
    if (full.length !== 1) continue;
    const into = folded.get(full[0]!.key)!;
    into.articles = Math.min(articleCount, into.articles + short.articles);
    folded.delete(short.key);
  }
  return [...folded.values()].sort((a, b) => b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, TOP_ENTITIES);
}
