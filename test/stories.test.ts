// Story assignment's rules on real articles (unit level; the whole pipeline is in pipeline.test.ts).

import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../src/article.js';
import { ASSIGNMENT, assignStory, rankStories } from '../src/stories/assign.js';
import { FrequencyEpoch } from '../src/storage/frequency-epoch.js';
import { centroidOfTerms, cosine, cosinesWith, tfidfVector, type DocumentFrequencies } from '../src/stories/similarity.js';
import type { StoryCandidate } from '../src/storage/store.js';
import { analyzeFiles, fixture, SEEDS } from './helpers.js';
import { parseTermCounts, termListOf, termNumbering } from '../src/term-list.js';

/** A stored article of story `storyId`, as the inverted index hands it to assignment. */
function candidate(article: AnalyzedArticle, storyId: string, revives = false): StoryCandidate {
  return {
    articleId: article.id, storyId, publishedAt: article.publishedAt, language: article.language, terms: article.terms,
    entityKeys: article.entities.map((e) => e.key), anchors: [], fingerprint: article.fingerprint, duplicateOf: null, revives, shared: 1,
  };
}

describe('story assignment', () => {
  it('keeps a story warm while it keeps making news: an old best match counts in full when the story moved in the last days', async () => {
    // Three Giveme5W1H reports of the Equifax breach: 15 September, 9 November and 14 November 2017.
    const [september, november, late] = await analyzeFiles(fixture('json', 'giveme-equifax.jsonl'));
    const cold = rankStories(late!, [candidate(september!, 'equifax')], null)[0]!;
    const warm = rankStories(late!, [candidate(september!, 'equifax'), candidate(november!, 'equifax')], null)[0]!;
    // The September report is the best match either way; two months old, it is cooled only when nothing of its story is recent.
    expect(cold.articleId).toBe(september!.id);
    expect(warm.articleId).toBe(september!.id);
    expect(cold.score / warm.score).toBeCloseTo(ASSIGNMENT.coldFactor, 5);
    expect([cold.silent, warm.silent]).toEqual([true, false]);
  });

  it('takes a silent story up again only through articles that did not themselves take it up after a silence', async () => {
    const [september, november, late] = await analyzeFiles(fixture('json', 'giveme-equifax.jsonl'));
    // The September report, two months before the late one, as the story's first article and as one that revived it.
    expect(rankStories(late!, [candidate(september!, 'equifax')], null).map((s) => s.storyId)).toEqual(['equifax']);
    expect(rankStories(late!, [candidate(september!, 'equifax', true)], null)).toEqual([]);
    // Five days after a report of the story, the story is live: what revived it counts as any article of it.
    const live = rankStories(late!, [candidate(september!, 'equifax', true), candidate(november!, 'equifax', true)], null);
    expect(live.map((s) => [s.storyId, s.silent])).toEqual([['equifax', false]]);
    // Joining a silent story revives it; joining a live one does not.
    const members = new Map([['equifax', [september!.terms]]]);
    const silent = rankStories(late!, [candidate(september!, 'equifax')], null);
    expect(assignStory(late!, [], silent, members, null)).toMatchObject({ storyId: 'equifax', revives: true });
    expect(assignStory(late!, [], live, new Map([['equifax', [september!.terms, november!.terms]]]), null)).toMatchObject({ storyId: 'equifax', revives: false });
  });

  it('decides between two stories its best matches score alike by how the article fits each as a whole', async () => {
    const [september, november, late] = await analyzeFiles(fixture('json', 'giveme-equifax.jsonl'));
    // The November report of the Equifax breach fits a story of the September report alone better than one of both.
    const members = new Map([['september', [september!.terms]], ['both', [september!.terms, november!.terms]]]);
    const vector = tfidfVector(late!.terms, null);
    const fit = (story: string) => cosine(vector, centroidOfTerms(members.get(story)!, null));
    expect(fit('september')).toBeGreaterThan(fit('both'));
    expect(fit('both')).toBeGreaterThan(ASSIGNMENT.centroidThreshold);
    const ranked = (bothScore: number) => [
      { storyId: 'both', score: bothScore, articleId: november!.id, crossLanguage: false, silent: false },
      { storyId: 'september', score: 0.3, articleId: september!.id, crossLanguage: false, silent: false },
    ];
    // The other story's best article scores a little higher: a tie, which the fit decides.
    expect(assignStory(late!, [], ranked(0.3 + ASSIGNMENT.tieMargin / 2), members, null).storyId).toBe('september');
    // Clearly higher: the best match decides, as before.
    expect(assignStory(late!, [], ranked(0.3 + ASSIGNMENT.tieMargin * 2), members, null).storyId).toBe('both');
  });
});

describe('similarity under held frequencies', () => {
  it('weighs a term added to the held frequencies by its count, not by the weight it had before it was held', async () => {
    const [a, b] = await analyzeFiles(...SEEDS);
    const shared = Object.keys(a!.terms).filter((t) => t in b!.terms);
    const late = shared[0]!;
    // Frequencies as story assignment holds them: every term of both seeds but one, which is asked for later.
    const held: DocumentFrequencies = { total: 40, df: new Map([...Object.keys(a!.terms), ...Object.keys(b!.terms)].filter((t) => t !== late).map((t) => [t, 3])) };
    const before = cosinesWith(a!.terms, [b!.terms], held)[0]!;
    const centroidBefore = centroidOfTerms([b!.terms], held);
    held.df.set(late, 30);
    const fresh: DocumentFrequencies = { total: 40, df: new Map(held.df) };
    const after = cosinesWith(a!.terms, [b!.terms], held)[0]!;
    // A term in thirty articles of forty weighs less than one never seen: the cosine falls, exactly as computed afresh.
    expect(after).toBeLessThan(before);
    expect(after).toBeCloseTo(cosinesWith(a!.terms, [b!.terms], fresh)[0]!, 12);
    expect(centroidOfTerms([b!.terms], held).get(late)).toBeCloseTo(centroidOfTerms([b!.terms], fresh).get(late)!, 12);
    expect(centroidOfTerms([b!.terms], held).get(late)).toBeLessThan(centroidBefore.get(late)!);
  });
});

describe('cosines by term number', () => {
  it('equal the cosines of the two TF-IDF vectors, and give 0 for a record left out', async () => {
    const [a, b] = await analyzeFiles(...SEEDS);
    const stats: DocumentFrequencies = { total: 40, df: new Map(Object.keys(b!.terms).map((t, i) => [t, 1 + (i % 9)])) };
    const [withB, none, withA] = cosinesWith(a!.terms, [b!.terms, null, a!.terms], stats);
    // The seeds share the story's words (NATO, Korea Utara, Rusia): a cosine well above zero, and exactly the vectors' one.
    expect(withB).toBeGreaterThan(0.2);
    expect(withB).toBeCloseTo(cosine(tfidfVector(a!.terms, stats), tfidfVector(b!.terms, stats)), 12);
    expect(none).toBe(0);
    expect(withA).toBeCloseTo(1, 12);
  });

  it('stay right when the numbering starts again while the records are being read', async () => {
    const [a, b] = await analyzeFiles(...SEEDS);
    const before = cosinesWith(a!.terms, [b!.terms], null)[0]!;
    const { generation, limit } = termNumbering;
    termNumbering.limit = termNumbering.size + 50;
    try {
      // The second seed's stored record has terms the first lacks: reading it starts the numbering again part way.
      const stored = parseTermCounts(JSON.stringify({ ...b!.terms, ...Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`kata${i}`, 1])) }));
      expect(termNumbering.generation).toBeGreaterThan(generation);
      const [withStored] = cosinesWith(a!.terms, [stored], null);
      expect(withStored).toBeGreaterThan(0.2);
      expect(withStored).toBeCloseTo(cosine(tfidfVector(a!.terms, null), tfidfVector(stored, null)), 12);
      expect(cosinesWith(a!.terms, [b!.terms], null)[0]).toBe(before);
    } finally {
      termNumbering.limit = limit;
    }
  });
});

describe('frequency epochs', () => {
  it('start again when the store has grown by a tenth, and after a thousand articles however large the store', async () => {
    const epoch = new FrequencyEpoch();
    const asked: string[][] = [];
    const exact = async (terms: string[]) => { asked.push(terms); return { total: 0, df: new Map(terms.map((t) => [t, 7])) }; };
    const small = await epoch.frequencies(50, ['nato'], exact);
    expect(await epoch.frequencies(54, ['nato'], exact)).toBe(small);
    expect(await epoch.frequencies(55, ['nato'], exact)).not.toBe(small);
    const large = await epoch.frequencies(200_000, ['nato', 'rutte'], exact);
    expect(await epoch.frequencies(200_999, ['nato', 'korut'], exact)).toBe(large);
    expect(large.df.get('korut')).toBe(7);
    expect(await epoch.frequencies(201_000, ['nato'], exact)).not.toBe(large);
    // Only terms not yet held were read: nato and rutte for the large epoch, then korut alone.
    expect(asked.slice(-3)).toEqual([['nato', 'rutte'], ['korut'], ['nato']]);
  });
});

describe('stored term counts', () => {
  it('reads a stored record into the list its parsed object gives, in the same order, and weighs it the same', async () => {
    const [seed, other] = await analyzeFiles(...SEEDS);
    for (const terms of [seed!.terms, other!.terms]) {
      const json = JSON.stringify(terms);
      const list = parseTermCounts(json);
      const fromObject = termListOf(JSON.parse(json) as Record<string, number>);
      expect(list.terms).toEqual(fromObject.terms);
      expect([...list.tf]).toEqual([...fromObject.tf]);
    }
    // The seeds count years and figures (2024, 600.000) as stems: array indices, which an object lists first.
    expect(Object.keys(seed!.terms).some((t) => /^\d+$/.test(t))).toBe(true);
    expect(cosinesWith(other!.terms, [parseTermCounts(JSON.stringify(seed!.terms))], null)).toEqual(cosinesWith(other!.terms, [seed!.terms], null));
  });

  it('reads escapes, other scripts and numbers as JSON does, and refuses what is not a record of counts', () => {
    const record = { 'a"b': 2, '10': 1, '2': 3, 'é': 1, 'путин': 4, '01': 2, '4294967295': 1 };
    const list = parseTermCounts(JSON.stringify(record));
    expect(list.terms).toEqual(Object.keys(record));
    expect([...list.tf]).toEqual(Object.values(record).map((c) => 1 + Math.log(c)));
    // As PostgreSQL prints jsonb: a space after colons and commas.
    expect(parseTermCounts('{"b": 2, "ab": 1, "10": 3}')).toEqual(termListOf({ b: 2, ab: 1, 10: 3 }));
    expect(() => parseTermCounts('{"a":1')).toThrow(SyntaxError);
    expect(parseTermCounts('{}').terms).toEqual([]);
  });
});
