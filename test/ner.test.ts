// The shipped entity tagger (trained by `kabar train ner`), and entity-level scoring.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nerFeatureSet, tokenFeatures } from '../src/analysis/ner/features.js';
import { Perceptron } from '../src/analysis/ner/perceptron.js';
import { shippedTagger } from '../src/analysis/ner/tagger.js';
import { SEEDS } from './helpers.js';
import { analyzeArticle } from '../src/analysis/index.js';
import { buildArticle } from '../src/sources/record.js';
import { bioSpans, classifyErrors } from '../src/eval/ner.js';

describe('entity tagger', () => {
  const tagger = shippedTagger();

  it('ships with the package and loads', () => {
    expect(tagger).not.toBeNull();
    expect(tagger!.model.tags).toContain('B-PERSON');
  });

  it('was trained under the features the code computes now (else run kabar train ner)', () => {
    // The title words the features read grow with the entity layer; a model trained before scores worse with them.
    expect(tagger!.model.featureSet).toBe(nerFeatureSet());
    // "Presiden" is written with a capital inside sentences nearly always; "menilai" nearly never.
    expect(tagger!.model.capitalisation.presiden).toMatch(/^[Cc]$/);
    expect(tagger!.model.capitalisation.menilai).toBe('L');
  });

  it('tags people, organisations and places in Indonesian news sentences', () => {
    // Sentences from test/fixtures/csv/talas-5.csv (news-id-talas-2024), tokenised, with the names labelled here.
    const words = ("Ketua Umum Partai Golkar Airlangga Hartarto menilai , jajaran komisioner Komisi Pemilihan Umum ( KPU ) masih layak . "
      + "Wakil Presiden ( Wapres ) RI Ma'ruf Amin berharap Bendungan Cipanas yang terletak di Desa Cibuluh , Kecamatan Ujungjaya , Kabupaten Sumedang , Jawa Barat dapat menjadi destinasi wisata baru .").split(' ');
    const spans = bioSpans(tagger!.tag(words)).map((s) => {
      const [type, start, end] = s.split(':');
      return `${type} ${words.slice(Number(start), Number(end)).join(' ')}`;
    });
    const places = ['PLACE Bendungan Cipanas', 'PLACE Desa Cibuluh', 'PLACE Kecamatan Ujungjaya', 'PLACE Kabupaten Sumedang', 'PLACE Jawa Barat'];
    const labelled = [...places, 'ORGANISATION Partai Golkar', 'PERSON Airlangga Hartarto', 'ORGANISATION Komisi Pemilihan Umum', 'ORGANISATION KPU', "PERSON Ma'ruf Amin"];
    expect(spans).toEqual(expect.arrayContaining(places));
    // A greedy tagger still misplaces some boundaries here (the shipped one runs Partai Golkar into
    // Airlangga, and splits Ma'ruf Amin); the entity layer's title and span rules repair both in articles.
    expect(labelled.filter((l) => spans.includes(l)).length).toBeGreaterThanOrEqual(7);
  });

  it('gives the article the whole names the tagger alone cuts short', async () => {
    const text = "Ketua Umum Partai Golkar Airlangga Hartarto menilai, jajaran komisioner Komisi Pemilihan Umum (KPU) masih layak. "
      + "Wakil Presiden (Wapres) RI Ma'ruf Amin berharap Bendungan Cipanas yang terletak di Desa Cibuluh, Kecamatan Ujungjaya, Kabupaten Sumedang, Jawa Barat dapat menjadi destinasi wisata baru.";
    const article = await analyzeArticle(buildArticle({ title: '', text, declaredLanguage: 'id' }, 'json', 'talas-5'));
    const typed = article.entities.map((e) => `${e.type} ${e.name}`);
    expect(typed).toEqual(expect.arrayContaining(['PERSON Airlangga Hartarto', "PERSON Ma'ruf Amin", 'ORGANISATION Partai Golkar', 'ORGANISATION Komisi Pemilihan Umum']));
  });

  it('tags as training scores: the same features, weights and choices as the perceptron it was trained as', () => {
    // The tagger reads its features as row numbers (feature-ids.ts); training builds them as strings
    // (features.ts). Both must say the same of every token, or the shipped weights mean something else.
    const model = tagger!.model;
    const perceptron = new Perceptron(model.tags, model);
    const capitalisation = new Map(Object.entries(model.capitalisation));
    const sentences = SEEDS.flatMap((path) => readFileSync(path, 'utf8').split(/(?<=[.!?])\s+/))
      .map((s) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu) ?? [])
      .filter((words) => words.length > 0);
    expect(sentences.length).toBeGreaterThan(20);
    let entities = 0;
    // Twice: the second time the tagger reads each word's rows, and the pairs it remembers, from its memory.
    for (const words of [...sentences, ...sentences]) {
      const lower = words.map((w) => w.toLowerCase());
      const expected: string[] = [];
      for (let i = 0; i < words.length; i++) {
        const features = tokenFeatures(words, lower, i, expected[i - 1] ?? '<s>', expected[i - 2] ?? '<s>', capitalisation);
        const previous = (expected[i - 1] ?? 'O').slice(2);
        expected.push(model.tags[perceptron.predict(features, (k) => !model.tags[k]!.startsWith('I-') || model.tags[k]!.slice(2) === previous)]!);
      }
      expect(tagger!.tag(words)).toEqual(expected);
      entities += expected.filter((t) => t.startsWith('B-')).length;
    }
    // Real sentences with names in them, not a run of O.
    expect(entities).toBeGreaterThan(100);
  });

  it('never continues an entity it did not start', () => {
    const tags = tagger!.tag('dan Amin juga hadir'.split(' '));
    for (const [i, tag] of tags.entries()) if (tag.startsWith('I-')) expect(tags[i - 1]!.slice(2)).toBe(tag.slice(2));
  });
});

describe('entity spans', () => {
  it('read BIO sequences as conlleval does', () => {
    expect(bioSpans(['B-PERSON', 'I-PERSON', 'O', 'B-PLACE', 'B-PLACE', 'I-PLACE'])).toEqual(['PERSON:0:2', 'PLACE:3:4', 'PLACE:4:6']);
    expect(bioSpans(['I-PERSON', 'I-PERSON', 'B-ORGANISATION'])).toEqual(['PERSON:0:2', 'ORGANISATION:2:3']);
  });

  it('sort errors into wrong types, boundaries, misses and spurious predictions', () => {
    // Errors of NERGrit's test split: "Rektor Undip" (Undip typed as a person), "Universitas Jayabaya Jakarta"
    // (gold ends before Jakarta), "Menteri Kehakiman" (missed), "TK" (a kindergarten taken for a place).
    const gold = ['ORGANISATION:0:1', 'ORGANISATION:3:5', 'PLACE:5:6', 'ORGANISATION:8:10'];
    const predicted = ['PERSON:0:1', 'ORGANISATION:3:6', 'PLACE:12:13'];
    expect(classifyErrors(gold, predicted)).toEqual({
      ORGANISATION: { wrongType: 1, boundary: 1, missed: 1, spurious: 0 },
      PLACE: { wrongType: 0, boundary: 1, missed: 0, spurious: 1 },
    });
    // An exact match is no error, and counts add up over sentences.
    const into = classifyErrors(['PERSON:0:2'], ['PERSON:0:2']);
    expect(into).toEqual({});
    classifyErrors(['PERSON:0:2'], [], into);
    classifyErrors(['PERSON:0:2'], ['PERSON:0:1'], into);
    expect(into).toEqual({ PERSON: { wrongType: 0, boundary: 1, missed: 1, spurious: 0 } });
  });
});
