// Comparing the seeds: the canonical case of Kabar.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles, type Comparison } from '../src/comparison/compare.js';
import { renderMarkdown, renderText } from '../src/comparison/render.js';
import { sourceOf } from '../src/article.js';
import { articlesToCompare, compareStory, storyView } from '../src/queries.js';
import { openSqliteStore } from '../src/storage/sqlite/sqlite-store.js';
import { storyPage } from '../src/web/pages.js';
import { analyzeFiles, fixture, sampleFile, SEEDS } from './helpers.js';

let c: Comparison;
let ids: string[];
beforeAll(async () => {
  const seeds = await analyzeFiles(...SEEDS);
  ids = seeds.map((s) => s.id);
  c = compareArticles(seeds);
});

describe('compare on the seeds', () => {
  it('says they report the same story', () => {
    expect(c.sameStory).toBe(true);
    expect(c.similarity).toBeGreaterThan(0.3);
    expect(c.similarity).toBeLessThanOrEqual(1);
  });

  it('describes each article as the contract says', () => {
    expect(c.articles.map((a) => [a.publisher, a.originalSource, a.translated, a.language, a.publishedAt])).toEqual([
      ['ETIndonesia', 'NTDTV.com', false, 'id', '2024-10-28'],
      [null, 'Business Insider', true, 'id', null],
    ]);
    for (const a of c.articles) {
      expect(a.entities.every((e) => typeof e.name === 'string' && typeof e.type === 'string' && Array.isArray(e.mentions))).toBe(true);
      expect(a.numbers.every((n) => typeof n.value === 'number' && a.numbers.length > 0 && n.sentence.includes(n.text.split(' ').pop()!))).toBe(true);
    }
  });

  it('gives both articles the same canonical names', () => {
    const names = c.articles.map((a) => new Set(a.entities.map((e) => e.name)));
    for (const name of ['Korea Utara', 'Rusia', 'Ukraina', 'Mark Rutte', 'Vladimir Putin', 'NATO', 'Kursk']) {
      expect(names.every((n) => n.has(name)), name).toBe(true);
    }
    expect(c.articles[0]!.entities.find((e) => e.name === 'Joe Biden')!.mentions).toContain('Biden');
  });

  it('flags 600,000 as the same figure with different meanings', () => {
    const d = c.discrepancies.find((x) => x.value === 600000)!;
    expect(d.kind).toBe('meaning');
    expect(d.summary).toContain('korban jiwa');
    expect(d.summary).toContain('tewas atau terluka');
    expect(d.evidence.map((e) => e.article)).toEqual(ids);
  });

  it('flags 10,000 as attributed to different sources and contexts: Pentagon and Zelenskyy', () => {
    const d = c.discrepancies.find((x) => x.value === 10000)!;
    expect(d.kind).toBe('attribution');
    expect(d.summary).toContain('Pentagon');
    expect(d.summary).toContain('Zelenskyy');
    expect(d.evidence.some((e) => e.sentence.includes('pelatihan di bagian timur Rusia'))).toBe(true);
    expect(d.evidence.some((e) => e.sentence.includes('wilayah yang diduduki di Ukraine'))).toBe(true);
  });

  it('flags nothing else as a discrepancy', () => {
    expect(c.discrepancies.map((d) => d.value).sort()).toEqual([10000, 600000]);
  });

  it('finds Biden’s and Putin’s quotes unique to one source each', () => {
    const [a, b] = ids;
    expect(c.unique[a!]!.some((u) => u.summary.includes('Joe Biden') && u.sentence.includes('sangat berbahaya'))).toBe(true);
    expect(c.unique[b!]!.some((u) => u.summary.includes('Vladimir Putin') && u.sentence.includes('Ini urusan kami'))).toBe(true);
    expect(c.unique[b!]!.some((u) => u.summary.includes('Joe Biden'))).toBe(false);
  });

  it('finds agreement on NATO’s confirmation and on Kursk, with the sentences', () => {
    const nato = c.agreements.find((x) => x.evidence[0]!.sentence.startsWith('Pada Senin (28/10/2024), NATO mengonfirmasi'));
    expect(nato?.evidence[1]!.sentence).toBe('Sekretaris Jenderal NATO Mark Rutte mengatakan Korea Utara telah mengirim tentara untuk bertempur bersama Rusia.');
    const kursk = c.agreements.find((x) => x.evidence.every((e) => e.sentence.includes('Kursk')));
    expect(kursk).toBeDefined();
    // Said in the words of the sentence that says it in the fewest, from its first shared word to its last.
    expect(nato?.summary).toBe('Both report: “NATO mengonfirmasi bahwa Korea Utara telah mengirim pasukan untuk membantu Rusia”');
    expect(kursk?.summary).toBe('Both report: “Senin bahwa tentara Korea Utara dikerahkan ke wilayah Kursk Rusia”');
  });

  it('quotes every agreement of sentences as a stretch of one of its sentences', () => {
    const statements = c.agreements.filter((x) => x.summary.startsWith('Both report: “'));
    expect(statements.length).toBeGreaterThan(1);
    for (const x of statements) {
      const words = /“(.*)”$/.exec(x.summary)![1]!;
      expect(x.evidence.some((e) => e.sentence.includes(words))).toBe(true);
    }
  });

  it('cites an article id and a sentence of that article for every finding', () => {
    const texts = new Map<string, string>();
    for (const f of [...c.agreements, ...c.discrepancies]) {
      for (const e of f.evidence) {
        expect(ids).toContain(e.article);
        texts.set(e.sentence, e.article);
      }
    }
    expect(texts.size).toBeGreaterThan(4);
  });

  it('renders as text and Markdown with the findings', () => {
    const md = renderMarkdown(c);
    expect(md).toContain('## Discrepancies');
    expect(md).toContain('600,000');
    const text = renderText(c, { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s, cyan: (s) => s });
    expect(text).toContain('Same story');
    expect(text).toContain('attribution');
  });
});

describe('compare on unrelated articles', () => {
  it('says they are different stories and invents no discrepancy', async () => {
    const [seed] = await analyzeFiles(SEEDS[0]!);
    const [other] = await analyzeFiles(fixture('html', 'kompas-wapres-bendungan.html'));
    const result = compareArticles([seed!, other!]);
    expect(result.sameStory).toBe(false);
    expect(result.discrepancies).toEqual([]);
    expect(result.agreements).toEqual([]);
  });
});

describe('compare on two reports of one court session', () => {
  // Two Kompas articles of news-id-talas-2024 on the prosecutors' reply to Syahrul Yasin Limpo's plea:
  // one dates the session "Jumat, 5 Juli 2024", the other "Senin (8/7/2024)".
  it('flags the different days given for the same session, and agrees on the exact sums', async () => {
    const [a, b] = await analyzeFiles(fixture('json', 'talas-syl-replik.jsonl'));
    const result = compareArticles([a!, b!]);
    const dates = result.discrepancies.filter((d) => d.kind === 'date');
    expect(dates.map((d) => d.value)).toEqual([20240705]);
    expect(dates[0]!.summary).toContain('"Jumat, 5 Juli 2024" (2024-07-05)');
    expect(dates[0]!.summary).toContain('"Senin (8/7/2024)" (2024-07-08)');
    expect(dates[0]!.evidence.map((e) => e.sentence)).toEqual([
      expect.stringContaining('replik atau tanggapan atas nota pembelaan SYL'),
      expect.stringContaining('replik atau atau tanggapan atas nota pembelaan SYL'),
    ]);
    expect(result.discrepancies.filter((d) => d.kind !== 'date')).toEqual([]);
    expect(result.agreements.map((x) => x.summary)).toContain('All report 44,269,777,204 (rupiah)');
  });

  it('gives no day in dispute where the sentences are someone’s words on different days', async () => {
    // Weekdays that are dates of speaking ("kata Meyer …, Senin") never count.
    const [seedA, seedB] = await analyzeFiles(...SEEDS);
    expect(compareArticles([seedA!, seedB!]).discrepancies.filter((d) => d.kind === 'date')).toEqual([]);
  });
});

describe('compare across languages: ETIndonesia and the English version of the Business Insider piece', () => {
  let x: Comparison;
  beforeAll(async () => {
    x = compareArticles(await analyzeFiles(SEEDS[0]!, fixture('cross-language', 'nato-north-korea-en.jsonl')));
  });

  it('sees one story though the two share no stems', () => {
    expect(x.sameStory).toBe(true);
    expect(x.articles.map((a) => a.language)).toEqual(['id', 'en']);
  });

  it('finds the same two discrepancies as in one language, and no others', () => {
    expect(x.discrepancies.map((d) => [d.kind, d.value])).toEqual([['meaning', 600000], ['attribution', 10000]]);
    const meaning = x.discrepancies[0]!;
    expect(meaning.summary).toContain('(killed)');
    expect(meaning.summary).toContain('(killed or wounded)');
    // 10.000 tentara and 10,000 troops count the same thing: the attribution names both sources.
    expect(x.discrepancies[1]!.summary).toMatch(/per Pentagon .* vs per Volodymyr Zelenskyy/);
  });

  it('agrees on NATO\'s confirmation and on Kursk, citing a sentence of each language', () => {
    const kursk = x.agreements.find((a) => a.evidence.some((e) => e.sentence.includes('wilayah perbatasan Kursk')));
    expect(kursk?.evidence.map((e) => e.sentence).join(' ')).toContain("Russia's Kursk region");
    const confirmed = x.agreements.find((a) => a.evidence.some((e) => e.sentence.includes('NATO mengonfirmasi bahwa Korea Utara')));
    expect(confirmed?.evidence.map((e) => e.sentence).join(' ')).toContain('North Korea has sent troops');
  });

  it('keeps quotes only one side carries as its own, in its own language', () => {
    const [id, en] = x.articles.map((a) => a.id);
    expect(x.unique[id!]!.some((u) => u.summary.includes('quotes Joe Biden'))).toBe(true);
    expect(x.unique[en!]!.some((u) => u.summary === 'Only Business Insider quotes Vladimir Putin: “This is our business”')).toBe(true);
  });

  it('does not flag a sentence with a figure as agreeing with one that gives none of it', () => {
    const wrong = x.agreements.find((a) => a.evidence.some((e) => e.sentence.includes('600.000 korban jiwa')) && !a.evidence.some((e) => e.sentence.includes('600,000')));
    expect(wrong).toBeUndefined();
  });
});

describe('conflicting figures', () => {
  it('flags two wire versions that count the injured differently, with both sentences', async () => {
    const c = compareArticles(await analyzeFiles(fixture('json', 'giveme-event2-rhine.jsonl')));
    const conflicts = c.discrepancies.filter((d) => d.kind === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.summary).toContain('(wounded)');
    expect(conflicts[0]!.summary).toContain('27 people are injured');
    expect(conflicts[0]!.summary).toContain('25 people were injured');
    expect(conflicts[0]!.evidence).toHaveLength(2);
  });

  it('does not take an age, a day of the month or a part of the toll for a conflicting count', async () => {
    // "The pilot, Gareth Morgan, 44, also died", "on Sept. 5, killed", "2 locals killed" against "12 dead".
    const c = compareArticles(await analyzeFiles(fixture('json', 'giveme-event35.jsonl')));
    expect(c.discrepancies.filter((d) => d.kind === 'conflict')).toEqual([]);
    expect(c.articles.flatMap((a) => a.numbers.map((n) => n.value))).not.toContain(44);
  });
});

describe('sentences both sources carry', () => {
  it('pairs a sentence with the one it matches best, once (stories-en-giveme5w1h, Apache-2.0)', async () => {
    const [wapo, chinaDaily] = await analyzeFiles(fixture('json', 'giveme-event35.jsonl'));
    const c = compareArticles([wapo!, chinaDaily!]);
    // Two Washington Post sentences match China Daily's on the family from New York: the one that says the same, and the
    // one on "the families from the New York City suburb of Scarsdale", which counts nine of the dead.
    const citing = c.agreements.filter((a) => a.evidence.some((e) => e.sentence.startsWith('A family in the suburbs of New York said five of the dead')));
    expect(citing.map((a) => a.evidence.find((e) => e.article === wapo!.id)!.sentence)).toEqual(['A family in the suburbs of New York City said five of the dead were relatives on vacation.']);
  });
});

describe('quotes both sources carry', () => {
  it('tells a verbatim quotation from one to the same effect', async () => {
    const c = compareArticles(await analyzeFiles(fixture('json', 'giveme-event35.jsonl')));
    expect(c.agreements.map((a) => a.summary)).toContain('Both quote Tamara Steinberg Jacobson verbatim: “We are in utter shock and disbelief right now”');
    const seeds = compareArticles(await analyzeFiles(...SEEDS));
    expect(seeds.agreements.some((a) => a.summary.startsWith('Both quote Mark Rutte to the same effect: “Tanpa dukungan dari luar'))).toBe(true);
  });
});

describe('facts only one source reports', () => {
  it('are the writers’ sentences, not the ends of quotations begun before them (Kabar’s labelled sample of news-id-talas-2024)', async () => {
    const articles = await analyzeFiles(new URL('../eval-data/stories-id-talas-sample.jsonl', import.meta.url).pathname);
    const stories = new Map<string, typeof articles>();
    for (const a of articles) stories.set(String(a.metadata['gold']), [...(stories.get(String(a.metadata['gold'])) ?? []), a]);
    const facts = [...stories.values()].filter((s) => s.length > 1).flatMap((s) => Object.values(compareArticles(s).unique).flat().map((u) => u.summary));
    expect(facts.filter((f) => f.includes(' reports: ')).length).toBeGreaterThan(20);
    // `Yang paling penting …, di-back up semua data nasional kita," kata Jokowi di Karawang` ends a quotation.
    expect(facts.filter((f) => /reports: .*[,.?!]["”] ?(?:kata|ujar|ucap|tutur|sambung)\b/.test(f))).toEqual([]);
  });
});

describe('compare a story in two languages and three articles', () => {
  it('matches the Indonesian pair on stems and the English article on neutral tokens, keeping both discrepancies', async () => {
    const c = compareArticles(await analyzeFiles(...SEEDS, fixture('cross-language', 'nato-north-korea-en.jsonl')));
    expect(c.discrepancies.map((d) => [d.kind, d.value])).toEqual([['meaning', 600000], ['attribution', 10000]]);
    // Zelenskyy is the source in both versions of the Business Insider piece: listed once, against the Pentagon.
    expect(c.discrepancies[1]!.summary).toMatch(/^10,000 tentara, from different sources and contexts: per Pentagon in ETIndonesia .* vs per Volodymyr Zelenskyy in Business Insider \(/);
    const kursk = c.agreements.find((a) => a.evidence.some((e) => e.sentence.includes('wilayah perbatasan Kursk')));
    expect(kursk?.summary.startsWith('All report:')).toBe(true);
    expect(kursk?.evidence.map((e) => e.sentence).join(' ')).toContain("Russia's Kursk region");
    expect(kursk?.evidence.map((e) => e.sentence).join(' ')).toContain('dikerahkan ke wilayah Kursk Rusia');
  });
});

describe('comparing a large story', () => {
  it('reads each source\'s first report, then the earliest others, and says how many of the story it read', async () => {
    // Kompas, Antara and Tempo reports of July 2024, filed here as one story to see which are read.
    const articles = await analyzeFiles(sampleFile('news-id-talas-2024.jsonl'));
    const store = openSqliteStore(':memory:');
    for (const a of articles) await store.addArticle(a, { storyId: 's1', created: false, similarity: 0.5, matchedArticle: null, duplicateOf: null, revives: false });
    const stored = await store.listArticles({ storyId: 's1', limit: 1000 });
    const sources = new Set(stored.map((a) => sourceOf(a)?.toLowerCase()));
    expect(sources.size).toBeGreaterThanOrEqual(3);
    const chosen = articlesToCompare(stored, 5);
    expect(chosen).toHaveLength(5);
    const byTime = (a: { publishedAt: string | null; id: string }, b: { publishedAt: string | null; id: string }) =>
      (a.publishedAt ?? '\uffff').localeCompare(b.publishedAt ?? '\uffff') || a.id.localeCompare(b.id);
    // In time order: every source's first report, then the earliest of the rest.
    expect(chosen).toEqual([...chosen].sort(byTime));
    const firsts = [...sources].map((source) => stored.filter((a) => sourceOf(a)?.toLowerCase() === source).sort(byTime)[0]!);
    const rest = stored.filter((a) => !firsts.includes(a)).sort(byTime).slice(0, 5 - firsts.length);
    expect(chosen.map((a) => a.id).sort()).toEqual([...firsts, ...rest].map((a) => a.id).sort());
    // A story no larger than the cap is read whole.
    expect(articlesToCompare(stored.slice(0, 4), 5)).toHaveLength(4);
    const comparison = await compareStory(store, 's1', 5);
    expect(comparison!.articles.map((a) => a.id)).toEqual(chosen.map((a) => a.id));
    expect(comparison!.independentArticles).toBe(stored.length);
    const view = (await storyView(store, 's1', 5))!;
    // Only the compared articles are read whole.
    expect(view.compared.map((a) => a.id)).toEqual(chosen.map((a) => a.id));
    const page = storyPage(view, 'en');
    expect(page).toContain(`Compared 5 of ${stored.length} articles`);
    expect(page).not.toContain('The newest');
    // A story larger than its timeline says so; a compared article older than the timeline is named by its source alone.
    const newest = view.articles.slice(-3);
    const cutPage = storyPage({ ...view, articles: newest }, 'en');
    expect(cutPage).toContain(`The newest 3 of ${view.story.articleCount} articles.`);
    const older = view.compared.find((a) => !newest.some((n) => n.id === a.id))!;
    expect(cutPage).toContain(`<h3>${sourceOf(older)}</h3>`);
    expect(page).toMatch(new RegExp(`<h3>\\[\\d+\\] ${sourceOf(older)}</h3>`));
    await store.close();
  });
});
