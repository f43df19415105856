// The gazetteer: every known surface form → one canonical entity. Built once, on first use,
// from gazetteer-data.ts, CLDR region names (Intl.DisplayNames in id, en, ms) and
// i18n-iso-countries (id, en, ms). CLDR says Tiongkok where the package says China: both are
// kept as aliases of one key. The Indonesian entity tagger reads a part of it (`taggerLookup`):
// the names of the wider world are known to the entity layer alone.

import { createRequire } from 'node:module';
import type { EntityType } from '../article.js';
import {
  COUNTRY_ALIASES, KNOWN_ORGANISATIONS, KNOWN_PEOPLE, KNOWN_PLACES, KNOWN_WORKS, WORLD_ALIASES, WORLD_ORGANISATIONS, WORLD_PLACES, type KnownEntity,
} from './gazetteer-data.js';

export interface CanonicalEntity {
  key: string;
  type: EntityType;
  /** Display names by language; `id` is also the fallback. */
  names: { id: string; en: string };
}

export interface Gazetteer {
  /** Lower-case surface form → entity. */
  lookup(surface: string): CanonicalEntity | undefined;
  /**
   * The same, among the names the Indonesian entity tagger's features read (all but the WORLD_
   * lists of gazetteer-data.ts): the shipped model was trained with these, and reads only these.
   */
  taggerLookup(surface: string): CanonicalEntity | undefined;
  /** The entity with this canonical key, if the gazetteer knows it. */
  byKey(key: string): CanonicalEntity | undefined;
  /** Longest surface form, in words, so that matching can stop early. */
  maxWords: number;
  /** Every surface form the tagger reads with its type (`type surface`), sorted: what its gazetteer features can read. */
  surfaces(): string[];
}

let built: Gazetteer | null = null;

/** The gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  built ??= build();
  return built;
}

/**
 * A country's display name: CLDR's, in the short form where that is a name rather than an
 * abbreviation and the long one qualifies it (Hong Kong SAR China, Palestinian Territories,
 * Wilayah Palestina: Hong Kong, Palestine, Palestina; not US, UK, AS, nor Bosnia), without a
 * gloss in brackets (Myanmar (Burma)).
 */
function countryName(code: string, long: Intl.DisplayNames, short: Intl.DisplayNames): string | undefined {
  const name = long.of(code);
  if (!name || name === code) return undefined;
  const brief = short.of(code);
  const chosen = brief && brief.length > 3 && !name.includes('&') ? brief : name;
  return chosen.replace(/\s*\([^)]*\)$/, '');
}

/** Lower case, no diacritics, single spaces: how surface forms are compared. */
export function normaliseSurface(text: string): string {
  // Plain ASCII words (most of them) need only lower-casing; the Unicode passes were a hot spot of tagging.
  if (/^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

function build(): Gazetteer {
  const map = new Map<string, CanonicalEntity>();
  let maxWords = 1;
  const add = (surface: string, entity: CanonicalEntity, override = false): void => {
    const key = normaliseSurface(surface);
    if (!key || (!override && map.has(key))) return;
    map.set(key, entity);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const addKnown = (known: KnownEntity, override = true): void => {
    const entity: CanonicalEntity = { key: known.key, type: known.type, names: { id: known.id, en: known.en } };
    for (const s of [known.id, known.en, ...known.aliases]) add(s, entity, override);
  };
  for (const known of [...KNOWN_ORGANISATIONS, ...KNOWN_PEOPLE, ...KNOWN_PLACES, ...KNOWN_WORKS]) addKnown(known);

  const require = createRequire(import.meta.url);
  const countries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  const locales = ['id', 'en', 'ms'] as const;
  for (const lang of locales) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const display = Object.fromEntries(locales.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })])) as Record<string, Intl.DisplayNames>;
  const names = Object.fromEntries(locales.map((l) => [l, countries.getNames(l, { select: 'all' })])) as Record<string, Record<string, string[]>>;
  const brief = Object.fromEntries(locales.map((l) => [l, new Intl.DisplayNames([l], { type: 'region', style: 'short' })])) as Record<string, Intl.DisplayNames>;
  for (const code of Object.keys(names.en!)) {
    const entity: CanonicalEntity = {
      key: `place:${code}`,
      type: 'PLACE',
      names: { id: countryName(code, display.id!, brief.id!) ?? names.id![code]?.[0] ?? code, en: countryName(code, display.en!, brief.en!) ?? names.en![code]?.[0] ?? code },
    };
    const surfaces = new Set<string>(COUNTRY_ALIASES[code] ?? []);
    for (const l of locales) {
      const cldr = display[l]!.of(code);
      if (cldr && cldr !== code) surfaces.add(cldr);
      for (const n of names[l]![code] ?? []) surfaces.add(n);
    }
    // Two-letter codes are not names ("AS" is an alias of the US only because COUNTRY_ALIASES says so).
    for (const s of surfaces) if (s.length > 2 || (COUNTRY_ALIASES[code] ?? []).includes(s)) add(s, entity);
  }
  const tagged = new Map(map);
  // The wider world's names take no surface another list gives.
  for (const known of [...WORLD_ORGANISATIONS, ...WORLD_PLACES]) addKnown(known, false);
  const keys = new Map<string, CanonicalEntity>();
  for (const entity of map.values()) keys.set(entity.key, entity);
  for (const [key, aliases] of Object.entries(WORLD_ALIASES)) for (const alias of aliases) add(alias, keys.get(key)!);
  // Listed only when asked (training and its test): building the list is no part of reading articles.
  let surfaces: string[] | null = null;
  return {
    lookup: (surface) => map.get(normaliseSurface(surface)), taggerLookup: (surface) => tagged.get(normaliseSurface(surface)),
    byKey: (key) => keys.get(key), maxWords,
    surfaces: () => (surfaces ??= [...tagged].map(([surface, entity]) => `${entity.type} ${surface}`).sort()),
  };
}
