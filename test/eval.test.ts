// The evaluation measures, on cases small enough to check by hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bcubed, pairwise } from '../src/eval/metrics.js';
import { evaluateStemmer } from '../src/eval/stem.js';
import { evaluateStories } from '../src/eval/stories.js';
import { readSources } from '../src/sources/index.js';
import { fixture, runCli, tempDir } from './helpers.js';

describe('clustering metrics', () => {
  it('are perfect for a perfect clustering, whatever the cluster names', () => {
    expect(bcubed(['x', 'x', 'y'], [1, 1, 2])).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(pairwise(['x', 'x', 'y'], [1, 1, 2])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('match hand-computed B-cubed and pairwise values', () => {
    // Predicted {0,1,2} {3}; gold {0,1} {2,3}.
    // B-cubed precision: (2/3 + 2/3 + 1/3 + 1) / 4 = 0.6667; recall: (1 + 1 + 1/2 + 1/2) / 4 = 0.75.
    const b = bcubed(['a', 'a', 'a', 'b'], ['g', 'g', 'h', 'h']);
    expect(b.precision).toBeCloseTo(0.6667, 4);
    expect(b.recall).toBeCloseTo(0.75, 4);
    expect(b.f1).toBeCloseTo(0.7059, 4);
    // Pairs: predicted 3, gold 2, shared 1.
    expect(pairwise(['a', 'a', 'a', 'b'], ['g', 'g', 'h', 'h'])).toEqual({ precision: 0.3333, recall: 0.5, f1: 0.4 });
  });
});

describe('stemmer evaluation', () => {
  it('counts exact matches and lists the failures', () => {
    const { dir, cleanup } = tempDir();
    const file = join(dir, 'pairs.tsv');
    // berambut → rambut needs the seen words; the rules alone say "ambut".
    writeFileSync(file, 'bermain\tmain\nmenulis\ttulis\nbukunya\tbuku\nberambut\trambut\nxyz\tabc\n');
    const report = evaluateStemmer(file);
    cleanup();
    expect(report).toEqual({ suite: 'stem', accuracy: 0.8, rulesOnly: 0.6, n: 5, failures: [{ word: 'xyz', expected: 'abc', got: 'xyz' }] });
  });
});

describe('story evaluation', () => {
  it('runs labelled articles through the pipeline and scores the stories', async () => {
    const report = await evaluateStories(readSources([fixture('json', 'giveme-event35.jsonl')]));
    expect(report.n).toBe(3);
    expect(report.goldClusters).toBe(1);
    expect(report.bcubed.precision).toBe(1);
    expect(report.bcubed.recall).toBeGreaterThan(0.3);
  });
});

describe('quote evaluation', () => {
  it('matches quotes by word overlap and checks their speakers', async () => {
    const { readFileSync } = await import('node:fs');
    const { SEEDS } = await import('./helpers.js');
    const { evaluateQuotes } = await import('../src/eval/quotes.js');
    const lines = readFileSync(SEEDS[0]!, 'utf8').split('\n');
    const report = await evaluateQuotes([{
      id: 'seed-000', title: lines[0]!, text: lines.slice(1).join('\n'), language: 'id',
      quotes: [
        { speaker: 'Mark Rutte', text: 'Tanpa dukungan dari luar, dia (Putin) tidak dapat mempertahankan perang melawan Ukraina.' },
        { speaker: 'Joe Biden', text: 'Ini sangat berbahaya, sangat berbahaya' },
        { speaker: 'Vladimir Putin', text: 'Ini urusan kami' },
      ],
    }]);
    // Two of the three gold quotes are in this article; both with the right speaker.
    expect(report).toMatchObject({ suite: 'quotes', n: 1, gold: 3, recall: 0.667, speakerAccuracy: 1 });
    expect(report.predicted).toBeGreaterThan(2);
  });

  it('reads GenderGapTracker annotations with the resolved speaker, each annotated stretch of text once', async () => {
    const { readGoldQuotes } = await import('../src/eval/quotes.js');
    // Shaped like quotes-en-ggt: `quotations` as a JSON string; the record that holds its list twice (SOURCES.md).
    const text = '"The cougar attacks do not get to me at all," Demi said in her confessional.';
    const quotation = { speaker: 'Demi', reference: 'Demi Burnett', verb: 'said', quote: 'The cougar attacks do not get to me at all,', quote_index: '(1,44)' };
    const other = { ...quotation, quote: 'at all', quote_index: '(37,43)' };
    const { dir, cleanup } = tempDir();
    const path = join(dir, 'ggt.jsonl');
    writeFileSync(path, `${JSON.stringify({ _id: 'ObjectId(x)', articleBodyText: text, quotations: JSON.stringify([quotation, other, quotation]) })}\n`);
    const [article] = readGoldQuotes(path);
    cleanup();
    expect(article!.quotes).toEqual([
      { speaker: 'Demi Burnett', text: 'The cougar attacks do not get to me at all,' }, { speaker: 'Demi Burnett', text: 'at all' },
    ]);
  });
});

describe('compare evaluation', () => {
  it('scores flagged discrepancies and agreements against hand labels', async () => {
    const { writeFileSync: write } = await import('node:fs');
    const { join: joinPath } = await import('node:path');
    const { SEEDS } = await import('./helpers.js');
    const { evaluateCompare } = await import('../src/eval/compare.js');
    const { dir, cleanup } = tempDir();
    const file = joinPath(dir, 'pairs.jsonl');
    write(file, `${JSON.stringify({
      name: 'seeds', articles: SEEDS,
      discrepancies: [{ kind: 'meaning', value: 600000 }, { kind: 'attribution', value: 10000 }, { kind: 'date', value: 28 }],
      agreements: [['wilayah perbatasan Kursk', 'dikerahkan ke wilayah Kursk Rusia'], ['tidak ada di kedua teks', 'juga tidak']],
    })}\n`);
    const report = await evaluateCompare(file);
    cleanup();
    expect(report.discrepancies).toEqual({ precision: 1, recall: 0.667, flagged: 2, labelled: 3 });
    expect(report.agreements.recall).toBe(0.5);
    expect(report.pairs[0]!.missedDiscrepancies).toEqual(['date@28']);
  });
});

describe('entity evaluation', () => {
  it('scores the entities articles get against the NER sets, by the command too', async () => {
    // The fixture folder is laid out as the shared one: two NERGrit and two idner-news-2k sentences.
    const run = await runCli(['--json', 'eval', 'entities', '--data', fixture('ner')]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { suite: string; split: string; datasets: Record<string, { perType: Record<string, { recall: number; support: number }> }> };
    expect(report).toMatchObject({ suite: 'entities', split: 'test' });
    expect(report.datasets['idner-news-2k']!.perType['ORGANISATION']).toMatchObject({ recall: 100, support: 3 });
    expect(Object.keys(report.datasets)).toEqual(['nergrit', 'idner-news-2k']);
    const bad = await runCli(['eval', 'entities', '--data', fixture('ner'), '--split', 'train']);
    expect([bad.code, bad.stderr]).toEqual([1, 'kabar: --split train: expected test or valid\n']);
  });
});
