// The shipped entity tagger (trained by `kabar train ner`), and entity-level scoring.
import { describe, expect, it } from 'vitest';
import { shippedTagger } from '../src/analysis/ner/tagger.js';
import { bioSpans } from '../src/eval/ner.js';

describe('entity tagger', () => {
  const tagger = shippedTagger();

  it('ships with the package and loads', () => {
    expect(tagger).not.toBeNull();
    expect(tagger!.model.tags).toContain('B-PERSON');
  });

  it('tags people, organisations and places in Indonesian news sentences', () => {
    // Sentences from test/fixtures/csv/talas-5.csv (news-id-talas-2024), tokenised.
    const words = ("Ketua Umum Partai Golkar Airlangga Hartarto menilai , jajaran komisioner Komisi Pemilihan Umum ( KPU ) masih layak . "
      + "Wakil Presiden ( Wapres ) RI Ma'ruf Amin berharap Bendungan Cipanas yang terletak di Desa Cibuluh , Kecamatan Ujungjaya , Kabupaten Sumedang , Jawa Barat dapat menjadi destinasi wisata baru .").split(' ');
    const spans = bioSpans(tagger!.tag(words)).map((s) => {
      const [type, start, end] = s.split(':');
      return `${type} ${words.slice(Number(start), Number(end)).join(' ')}`;
    });
    expect(spans).toEqual(expect.arrayContaining(['ORGANISATION Partai Golkar', 'PERSON Airlangga Hartarto', "PERSON Ma'ruf Amin", 'PLACE Kabupaten Sumedang', 'PLACE Jawa Barat']));
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
});
