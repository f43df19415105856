// The one record that flows through Kabar's stages.
//
//   sources/   → Article           (what the outlet published, normalised)
//   analysis/  → AnalyzedArticle   (language, sentences, stems, numbers, dates, entities, quotes)
//   stories/   → StoryAssignment   (which story it joins; decided, not written)
//   storage/   records all of it.

/** The input formats Kabar reads. */
export type SourceFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'html' | 'feed';

/** An article as a source produced it, before analysis. */
export interface Article {
  /** Stable id: from the canonical URL when there is one, else from the title and text. */
  id: string;
  url: string | null;
  title: string;
  /** Other titles the input carried (for a translation: the title before the `Translation:` marker). */
  altTitles: string[];
  /** Body text, paragraphs separated by blank lines. */
  text: string;
  /** The outlet that published this copy (dateline, site name, feed title, `source` field). */
  publisher: string | null;
  /** Where the outlet says the text comes from (`Sumber : NTDTV.com`, `Baca artikel asli di ...`). */
  originalSource: string | null;
  /** True when the input marks the article as a translation. */
  translated: boolean;
  author: string | null;
  /** ISO 8601; null when neither the metadata nor the text gives it. */
  publishedAt: string | null;
  /** Language declared by the input (`lang` attribute, `language` field); detection decides later. */
  declaredLanguage: string | null;
  format: SourceFormat;
  /** Where it came from: a path (with `:line` for records) or a URL. */
  origin: string;
  /** Links the body pointed to and that were removed from the text ("Baca juga: ..."). */
  related: string[];
  /** Input fields Kabar does not model, kept as they were. */
  metadata: Record<string, unknown>;
}

/**
 * Who an article is from, as lists, stories and comparisons name it: its publisher, else its
 * original source (seed 001, a translation of Business Insider pasted as text, names no
 * publisher). The stores list a story's sources by the same rule, in SQL.
 */
export function sourceOf(article: Pick<Article, 'publisher' | 'originalSource'>): string | null {
  return article.publisher ?? article.originalSource;
}

export type EntityType = 'PERSON' | 'ORGANISATION' | 'PLACE' | 'MISC';

/** A sentence of the body (index 0 is the title when `isTitle`). */
export interface Sentence {
  index: number;
  text: string;
  /** Character offset in `Article.text` (-1 for the title). */
  start: number;
  isTitle: boolean;
}

export interface EntityMention {
  /** Canonical key: the same key across articles and languages (`place:KP`, `person:mark rutte`). */
  key: string;
  /** Canonical display name. */
  name: string;
  type: EntityType;
  /** Surface forms as written in the article. */
  mentions: string[];
  /** Roles or titles seen next to the name (`Sekretaris Jenderal NATO`). */
  roles: string[];
  /** Sentence indexes where it is mentioned. */
  sentences: number[];
}

export interface NumberMention {
  value: number;
  /** Upper end of a range (`3.000-5.000`). */
  max?: number;
  /** The number as written, with its qualifier and unit (`lebih dari 600.000`). */
  text: string;
  /** `approximately`, `more than`, ... normalised to English, or null. */
  qualifier: string | null;
  /** What is counted (`korban jiwa`, `tentara`), as written, or null. */
  counted: string | null;
  /** Currency or unit (`IDR`, `USD`, `percent`, `year`), or null. */
  unit: string | null;
  /** The clause the number stands in, from the number on (`600.000 korban jiwa di pihak militer Rusia`). */
  context: string;
  sentence: number;
}

export interface DateMention {
  text: string;
  /** ISO date (YYYY-MM-DD) when it could be resolved, else null. */
  date: string | null;
  /** True when resolved relative to the publication date (`Kamis lalu`). */
  relative: boolean;
  sentence: number;
}

export interface Quote {
  /** `direct`: words in quotation marks; `reported`: a statement in reported speech (`X said that …`, `Menurut X, …`). */
  kind: 'direct' | 'reported';
  text: string;
  /** Canonical speaker name, a description (`Seorang wartawan`), or null when unknown. */
  speaker: string | null;
  /** Entity key of the speaker when it is a recognised entity. */
  speakerKey: string | null;
  /** The attribution as written (`kata Joe Biden`, `katanya`). */
  cue: string | null;
  sentence: number;
}

/** An article after the analysis stages. */
export interface AnalyzedArticle extends Article {
  language: string;
  sentences: Sentence[];
  /** Stem → count over title and body (stopwords removed). */
  terms: Record<string, number>;
  entities: EntityMention[];
  numbers: NumberMention[];
  dates: DateMention[];
  quotes: Quote[];
  /** 64-bit SimHash of the body (16 hex digits), or null for a body too short to fingerprint. */
  fingerprint: string | null;
}

/** The decision of the story stage for one article. */
export interface StoryAssignment {
  storyId: string;
  /** True when the article starts a new story. */
  created: boolean;
  /** Similarity to the best matching article of the story (0 for a new story). */
  similarity: number;
  /** The article it matched best, if any. */
  matchedArticle: string | null;
  /** When the article is a near-duplicate (a syndicated copy): the earliest copy, its original. */
  duplicateOf: string | null;
  /** Other stories the article joins just as well: they converge, and are merged into `storyId`. */
  mergeStories?: string[];
  /**
   * True when the article takes up a story gone silent: nothing of it was published within
   * `ASSIGNMENT.coldAfterDays` of the article. Such an article does not carry its story across
   * the next silence (stories/assign.ts).
   */
  revives: boolean;
}
