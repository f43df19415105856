// Every source format passes the same checks: articles come out with their fields, bad input is
// rejected with the input named, and the rest of a batch still comes through.
import { createServer, type Server } from 'node:http';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { articleId } from '../src/ids.js';
import { decodeText } from '../src/sources/decode.js';
import { isPrivateAddress } from '../src/sources/fetch.js';
import { readSources, type SourceItem } from '../src/sources/index.js';
import { restoreTruncatedTitle } from '../src/sources/address-title.js';
import { buildArticle } from '../src/sources/record.js';
import { fixture, SEEDS, tempDir } from './helpers.js';

async function collect(inputs: string[], options = {}): Promise<{ articles: Article[]; rejected: { origin: string; reason: string }[] }> {
  const articles: Article[] = [];
  const rejected: { origin: string; reason: string }[] = [];
  for await (const item of readSources(inputs, options) as AsyncGenerator<SourceItem<Article>>) {
    if (item.ok) articles.push(item.value);
    else rejected.push({ origin: item.error.origin, reason: item.error.reason });
  }
  return { articles, rejected };
}

describe('plain text (the seeds)', () => {
  it('reads the title line, the dateline publisher, the closing source and the author tag', async () => {
    const { articles } = await collect([SEEDS[0]!]);
    const a = articles[0]!;
    expect(a.title).toBe('NATO Konfirmasi Korut Mengirim Pasukan ke Rusia, Biden: Sangat Berbahaya');
    expect(a.publisher).toBe('ETIndonesia');
    expect(a.originalSource).toBe('NTDTV.com');
    expect(a.author).toBe('jhon');
    expect(a.text.startsWith('Pada Senin (28/10/2024), NATO mengonfirmasi')).toBe(true);
    expect(a.text).not.toContain('Sumber');
    expect(a.text).not.toContain('(jhon)');
    expect(a.translated).toBe(false);
  });

  it('keeps both titles of a translation and marks it translated', async () => {
    const { articles } = await collect([SEEDS[1]!]);
    const a = articles[0]!;
    expect(a.translated).toBe(true);
    expect(a.title).toBe('Kepala NATO mengatakan bahwa Rusia tidak bisa mempertahankan serangannya di Ukraina tanpa pasukan Korea Utara');
    expect(a.altTitles).toEqual(['Rusia tidak bisa menopang serangannya di Ukraina tanpa pasukan Korea Utara, kata kepala NATO']);
    expect(a.originalSource).toBe('Business Insider');
    expect(a.text).not.toContain('Baca artikel asli');
  });

  it('gives the same article the same id every time, and different articles different ids', async () => {
    const first = await collect(SEEDS);
    const second = await collect(SEEDS);
    expect(first.articles.map((a) => a.id)).toEqual(second.articles.map((a) => a.id));
    expect(new Set(first.articles.map((a) => a.id)).size).toBe(2);
  });
});

describe('CSV (news-id-talas-2024 rows)', () => {
  it('reads every row with its URL, date and outlet, and takes "Baca juga" teasers out of the text', async () => {
    const { articles, rejected } = await collect([fixture('csv', 'talas-5.csv')]);
    expect(rejected).toEqual([]);
    expect(articles).toHaveLength(5);
    const first = articles[0]!;
    expect(first.title).toBe('Wapres Harap Bendungan Cipanas Berkembang Jadi Destinasi Wisata');
    expect(first.publisher).toBe('kompas.com');
    // An outlet given as a host name is named as its address would name it: one outlet, one river.
    const hosts = { 'www.washingtonpost.com': 'washingtonpost.com', 'usa.chinadaily.com.cn': 'chinadaily.com.cn', 'edition.cnn.com': 'cnn.com',
      'money.cnn.com': 'cnn.com', 'abcnews.go.com': 'abcnews.go.com', 'www.thesun.co.uk': 'thesun.co.uk', 'Tempo.co': 'tempo.co', 'www.kemenkeu.go.id': 'kemenkeu.go.id',
      'smkn1-cipanas.sch.id': 'smkn1-cipanas.sch.id', 'www.budi.my.id': 'budi.my.id', 'portal.desa-sukamaju.desa.id': 'desa-sukamaju.desa.id', 'www.gov.uk': 'gov.uk',
      'beritacianjur.blogspot.com': 'beritacianjur.blogspot.com', 'kabarsumedang.blogspot.co.id': 'kabarsumedang.blogspot.co.id', 'lokal.wordpress.com': 'lokal.wordpress.com',
      ETIndonesia: 'ETIndonesia', 'Kompas TV': 'Kompas TV', 'N.Y. Times': 'N.Y. Times', 'Business Insider': 'Business Insider' };
    for (const [given, outlet] of Object.entries(hosts)) {
      expect(buildArticle({ title: first.title, text: first.text, publisher: given }, 'json', 'test').publisher, given).toBe(outlet);
    }
    expect(first.publishedAt).toBe('2024-07-09');
    expect(first.related).toContain('Bendungan Cipanas Diresmikan, Bisa buat Pembangkit Listrik Tenaga Surya Terapung');
    expect(first.text).not.toMatch(/Baca juga/i);
    expect(first.metadata).toMatchObject({ liberalism_conservative: '0' });
    // Tempo rows carry the scraped header "…Senin, 1 Juli 2024 22:53 WIB" before the body.
    const tempo = articles.find((a) => a.url?.includes('tempo.co'))!;
    expect(tempo.publishedAt).toBe('2024-07-01T15:53:00.000Z');
    expect(tempo.text.startsWith('Wakil Ketua Umum Partai Gerindra')).toBe(true);
  });

  it('ends a teaser glued to the next sentence where that sentence opens with a connective and its comma (Kompas in news-id-talas-2024, MIT)', () => {
    const text = '"Kami akan mencari keadilan. Kami akan mencari keadilan untuk Afif Maulana," ujar dia. '
      + 'Baca juga: LBH Padang Duga Ada Obstruction of Justice dalam Kasus Kematian Afif Maulana Sementara itu, Direktur LBH Padang Indira Suryani menambahkan, '
      + 'pihaknya menyadari betapa sulitnya pengungkapan kasus penganiayaan yang melibatkan kepolisian.';
    const article = buildArticle({ title: 'Ayah Afif Maulana: Kami Enggak Tahu', text }, 'json', 'afif-teaser');
    // The headline took "Sementara itu, Direktur LBH Padang Indira" with it, and the sentence its speaker.
    expect(article.related).toEqual(['LBH Padang Duga Ada Obstruction of Justice dalam Kasus Kematian Afif Maulana']);
    expect(article.text).toContain('ujar dia. Sementara itu, Direktur LBH Padang Indira Suryani menambahkan,');
  });

  it('keeps the prepositions a headline writes in lower case in the teaser (Tempo in news-id-talas-2024, MIT)', () => {
    const text = '"Setelah putusan Mahkamah Konstitusi (MK), kami harapkan (calon jalur perseorangan) dihitung betul oleh KPU," kata Bagja saat ditemui di Jakarta Pusat, Senin 1 Juli 2024.'
      + "Baca Juga:Pesan Bawaslu kepada KPU setelah DKPP Berhentikan Hasyim Asy'ariBagja menyampaikan jika putusan MA itu hanya diberlakukan untuk calon dari jalur partai.";
    const article = buildArticle({ title: 'Bawaslu Minta KPU Akomodasi Calon Perorangan di Pilkada Serentak', text }, 'json', 'bawaslu-teaser');
    // The teaser was cut at "kepada": "Pesan" alone, and "Bawaslu kepada KPU … Asy'ari" left in the text before Bagja's sentence.
    expect(article.related).toEqual(["Pesan Bawaslu kepada KPU setelah DKPP Berhentikan Hasyim Asy'ari"]);
    expect(article.text).toContain('Juli 2024. Bagja menyampaikan');
  });

  it('puts back the words a scraped Tempo title lost, from its address, keeping the scraped title and the id', async () => {
    const { articles } = await collect([fixture('csv', 'talas-5.csv')]);
    const tempo = articles.find((a) => a.url?.includes('tempo.co'))!;
    // Scraped as "Muncul Setelah Puluhan Tahun"; the address spells the whole headline out, and the text writes Gerindra, Prabowo, 1980-an.
    expect(tempo.title).toBe('Gerindra Ungkap Operasi Kaki Prabowo Cedera Terjun Payung pada 1980-an: Muncul Setelah Puluhan Tahun');
    expect(tempo.altTitles).toEqual(['Muncul Setelah Puluhan Tahun']);
    expect(tempo.id).toBe(articleId(tempo.url, 'Muncul Setelah Puluhan Tahun', tempo.text));
    // Antara's archive dropped one word ("YKMI apresiasi…"): left as scraped. Kompas titles are whole.
    const antara = articles.find((a) => a.url?.includes('antaranews.com'))!;
    expect([antara.title, antara.altTitles]).toEqual(['apresiasi langkah MUI hadirkan kriteria produk terafiliasi Israel', []]);
    expect(articles.filter((a) => a.url?.includes('kompas.com')).map((a) => a.altTitles)).toEqual([[], [], []]);
  });

  it('restores a title cut at a comma only from an address that ends with it and words the text holds', () => {
    // news-id-talas-2024, Tempo, 1 July 2024 (the title as scraped, the address, and the first sentence of the text).
    const title = 'di Daerah Mana?';
    const url = 'https://nasional.tempo.co/read/1886224/kerja-sama-pdip-dengan-gerindra-di-pilkada-2024-di-daerah-mana';
    const text = 'Sekretaris Jenderal Partai Demokrasi Indonesia Perjuangan (PDIP), Hasto Kristiyanto, mengumumkan bahwa PDIP akan bekerja sama dengan Partai Gerindra di Lampung dan Partai Amanat Nasional (PAN) di Bengkulu untuk Pilkada 2024.';
    expect(restoreTruncatedTitle(title, url, text)).toBe('Kerja Sama PDIP dengan Gerindra di Pilkada 2024, di Daerah Mana?');
    // A section name before the headline's words is not the headline's: the text never says "video" or "berita".
    expect(restoreTruncatedTitle(title, 'https://example.com/video-berita-di-daerah-mana', text)).toBeNull();
    // An address that does not end with the title, or spells no more than it.
    expect(restoreTruncatedTitle(title, 'https://nasional.tempo.co/read/1886224/kerja-sama-pdip-dengan-gerindra', text)).toBeNull();
    expect(restoreTruncatedTitle('Kerja Sama PDIP dengan Gerindra di Pilkada 2024, di Daerah Mana?', url, text)).toBeNull();
  });

  it('rejects a row whose quote never closes, naming the line, and keeps the rows before it', async () => {
    const { articles, rejected } = await collect([fixture('bad', 'broken-quote.csv')]);
    expect(articles.map((a) => a.title)).toEqual(['Judul pertama']);
    expect(rejected).toEqual([{ origin: `${fixture('bad', 'broken-quote.csv')}:3`, reason: 'CSV quote opened here is never closed' }]);
  });
});

describe('JSON and JSON Lines', () => {
  it('reads records with their fields and keeps unknown fields as metadata', async () => {
    const { articles } = await collect([fixture('json', 'giveme-event35.jsonl')]);
    expect(articles).toHaveLength(3);
    expect(articles[0]!.url).toMatch(/^https?:\/\//);
    expect(articles[0]!.publisher).toBeTruthy();
    expect(articles[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(articles[0]!.metadata).toHaveProperty('event');
  });

  it('drops a scraped site menu from the body, and keeps the rest of the page', async () => {
    // A Giveme5W1H page whose body is nothing but the site's menus: the article is then its title.
    const { articles } = await collect([fixture('json', 'giveme-navigation-menu.jsonl')]);
    expect(articles[0]!.text).not.toMatch(/Select Category|Select Month/);
    expect(articles[0]!.text).toContain('INSIGHTS MONTHLY MAGAZINES');
    // A list of names, which an article may print, is no menu (a line of a Giveme5W1H article on the Chibok girls, Apache-2.0).
    const names = 'These are the 21 released Chibok women and girls, according to Nigeria\'s government: Blessing Abana Comfort Amos Deborah Andrawus Maryam Basheer Mary Usman Bulama Glory Dama Saratu Emannuel Agnes Gapani Asabe Goni Comfort Habila Rahab Ibrahim Rebecca Ibrahim Deborah Ja\'afaru Jummai John Maryamu Lawan Glory Mainta Rebecca Mallam Saratu Markus Helen Musa Pindah Nuhu Lugwa Sanda';
    const { Readable } = await import('node:stream');
    const record = JSON.stringify({ title: 'Boko Haram releases 21 Chibok girls', text: names, url: 'https://example.org/chibok' });
    const { articles: listed } = await collect(['-'], { stdin: Readable.from([Buffer.from(record)]) });
    expect(listed[0]!.text).toContain('Lugwa Sanda');
  });

  it('drops the page furniture left on lines of their own, keeps the text, and keeps teasers as related links', async () => {
    // Four stories-en-giveme5w1h pages: NYT ad slots and photo placeholders, USA Today's "More:" links and
    // share line, the Washington Post's bracketed links, a CNET photo credit.
    const { articles } = await collect([fixture('json', 'giveme-page-furniture.jsonl')]);
    const [nyt, usat, wapo, cnet] = articles;
    expect(nyt!.text).not.toMatch(/Advertisement|Continue reading|^Photo$/m);
    expect(nyt!.text).toMatch(/^The model Chrissy Teigen was one of more than 200 passengers/);
    expect(nyt!.text).toContain('“It happens more often than people think,” said Ian Petchenik');
    expect(usat!.text).not.toMatch(/Read or Share this story|^More:/m);
    expect(usat!.related).toEqual(expect.arrayContaining(["Net neutrality app is a lesson in Apple's App Store power", 'Apple iPhone X strategy stumbles but higher prices likely kept sales afloat']));
    // A caption line ending in a credit is the article's own line, and stays.
    expect(usat!.text).toContain("Telegram's apps have been pulled from the iOS App Store. (Photo: Telegram)");
    expect(wapo!.text).not.toContain('[Video purports');
    expect(wapo!.related).toContain('Video purports to show captives, claims some killed by airstrikes');
    expect(wapo!.text).toContain('It was “brokered by the International Red Cross and the Swiss government.');
    expect(cnet!.text).toMatch(/^Stop me if you've heard this one before\./);
    // A tabloid's call for tips closing the Sun's Equifax report (giveme-equifax.jsonl) goes; its last sentence stays.
    const { articles: equifax } = await collect([fixture('json', 'giveme-equifax.jsonl')]);
    const sun = equifax.find((a) => a.url?.includes('thesun.co.uk'))!;
    expect(sun.text).not.toMatch(/We pay for your stories|Email us at/);
    expect(sun.text).toMatch(/The firm said it was "in dialogue with the Financial Conduct Authority and Information Commissioner’s Office"\.$/);
    // Addresses alone on their lines go (lines from the end of an RT show page in stories-en-giveme5w1h, Apache-2.0); one inside a sentence (written here) stays.
    const { Readable } = await import('node:stream');
    const text = 'Equifax was hacked, but just before the announcement, three top executives sold their stock.\nCheck us out on Facebook:\nhttp://www.facebook.com/BoomBustRT\nFollow us @\nhttps://twitter.com/LindsayFrance\nMore at https://www.rt.com/shows/boom-bust/ every weekday.';
    const record = JSON.stringify({ title: 'Equifax hack attack', text, url: 'https://www.rt.com/shows/boom-bust/402559-hurricane-harvey-irma-damage/' });
    const { articles: show } = await collect(['-'], { stdin: Readable.from([Buffer.from(record)]) });
    expect(show[0]!.text).not.toMatch(/facebook\.com|twitter\.com|Follow us/);
    expect(show[0]!.text).toContain('More at https://www.rt.com/shows/boom-bust/ every weekday.');
    // The BBC's picture lines and social box, the New York Times' newsletter box, a columnist's address (lines of
    // stories-en-giveme5w1h pages, Apache-2.0) go; the article's sentences around them stay.
    const bbc = [
      'In an interview with Deadline Hollywood, the director said he heard "Uma was trepidatious about doing the driving shot".',
      'Image copyright Getty Images Image caption The crash affected their friendship for several years',
      'He added: "I was very happy, thinking, she can totally do this, it won\'t be a problem."',
      'Follow us on Facebook, on Twitter @BBCNewsEnts, or on Instagram at bbcnewsents.',
      'Newsletter Sign Up Continue reading the main story Interested in All Things Tech?',
      'Sign Up You agree to receive occasional updates and special offers for The New York Times\'s products and services.',
      'View all New York Times newsletters.',
      'Email: ebaig@usatoday.com; Follow USA TODAY Personal Tech Columnist @edbaig on Twitter',
    ].join('\n');
    const { articles: pages } = await collect(['-'], { stdin: Readable.from([Buffer.from(JSON.stringify({ title: 'Tarantino: Kill Bill crash my biggest regret', text: bbc }))]) });
    expect(pages[0]!.text.split('\n')).toEqual(bbc.split('\n').filter((line) => /^(?:In an|He added)/.test(line)));
  });

  it('reads the headline from the address when the title only names the site', async () => {
    // Two Giveme5W1H pages titled "ABC News" and "World news - RT International", both on the Angola satellite.
    const { articles } = await collect([fixture('json', 'giveme-site-titles.jsonl')]);
    expect(articles.map((a) => a.title).sort()).toEqual(['angola satellite launch baikonur', 'russian space experts regain control 1st angola satellite']);
    // A real headline stays, though it names its outlet ("China opposes DPRK's missile launch: FM spokesperson" elsewhere).
    const { articles: named } = await collect([fixture('json', 'giveme-event35.jsonl')]);
    expect(named.every((a) => !/^[a-z0-9 ]+$/.test(a.title))).toBe(true);
  });

  it('rejects a line that does not parse, with its line number, and reads the others', async () => {
    const { articles, rejected } = await collect([fixture('bad', 'one-bad-line.jsonl')]);
    expect(articles).toHaveLength(2);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.origin).toBe(`${fixture('bad', 'one-bad-line.jsonl')}:2`);
    expect(rejected[0]!.reason).toMatch(/^invalid JSON/);
  });

  it('reads standard input, deciding the format from the content', async () => {
    const { Readable } = await import('node:stream');
    const record = JSON.stringify({ title: 'Uji masukan', text: 'Presiden Joko Widodo meresmikan bendungan baru di Sumedang pada Selasa.', url: 'https://example.id/a' });
    const { articles } = await collect(['-'], { stdin: Readable.from([Buffer.from(record)]) });
    expect(articles.map((a) => a.origin)).toEqual(['standard input']);
  });

  it('refuses JSON nested deeper than the limit', async () => {
    const { Readable } = await import('node:stream');
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const { rejected } = await collect(['-'], { stdin: Readable.from([Buffer.from(deep)]) });
    expect(rejected[0]!.reason).toMatch(/nested 5000 levels deep/);
  });
});

describe('HTML pages', () => {
  it('extracts the article of a news page with its metadata and without navigation or ads', async () => {
    const { articles } = await collect([fixture('html', 'kompas-wapres-bendungan.html')]);
    const a = articles[0]!;
    expect(a.title).toBe('Wapres Harap Bendungan Cipanas Berkembang Jadi Destinasi Wisata');
    // Its og:site_name, KOMPAS.com, is the outlet the CSV's rows and every kompas.com address name.
    expect(a.publisher).toBe('kompas.com');
    expect(a.publishedAt).toBe('2024-07-09T13:23:53.000Z');
    expect(a.author).toBe('Fika Nurul Ulya');
    expect(a.declaredLanguage).toBe('id');
    expect(a.url).toBe('https://nasional.kompas.com/read/2024/07/09/20235311/wapres-harap-bendungan-cipanas-berkembang-jadi-destinasi-wisata');
    expect(a.text).toContain("Ma'ruf Amin berharap Bendungan Cipanas");
    expect(a.text).not.toContain('Iklan');
    expect(a.text).not.toContain('Terpopuler');
    expect(a.metadata.extraction).toBe('readability');
  });

  it('rejects a page with no article', async () => {
    const { rejected } = await collect([fixture('html', 'no-article.html')]);
    expect(rejected[0]!.reason).toMatch(/^no article found in the HTML page/);
  });
});

describe('feeds', () => {
  it('reads RSS 2.0 items with the channel as publisher', async () => {
    const { articles } = await collect([fixture('feeds', 'tempo-nasional.rss')]);
    expect(articles).toHaveLength(3);
    expect(articles[0]!.publisher).toBe('Tempo.co Nasional');
    expect(articles[0]!.author).toBe('Tim Tempo');
    expect(articles[0]!.publishedAt).toBe('2024-07-01T15:10:00.000Z');
    expect(articles[0]!.declaredLanguage).toBe('id');
    expect(articles[0]!.text).toContain('Habiburokhman');
    expect(articles[0]!.text).not.toContain('<p>');
  });

  it('reads Atom entries and renders HTML titles as text', async () => {
    const { articles } = await collect([fixture('feeds', 'world-news.atom')]);
    expect(articles).toHaveLength(2);
    expect(articles[0]!.title).toBe('Stephen Paddock, Las Vegas Suspect, Was a Gambler Who Drew Little Attention update');
    expect(articles[0]!.url).toMatch(/^https:\/\/www\.nytimes\.com\//);
    expect(articles[0]!.declaredLanguage).toBe('en');
  });

  it('rejects malformed XML with its line', async () => {
    const { rejected } = await collect([fixture('feeds', 'malformed.rss')]);
    expect(rejected[0]!.origin).toBe(`${fixture('feeds', 'malformed.rss')}:4`);
    expect(rejected[0]!.reason).toMatch(/^malformed XML/);
  });

  it('refuses XML entity declarations (entity expansion attacks)', async () => {
    const { Readable } = await import('node:stream');
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
    const { rejected } = await collect(['-'], { stdin: Readable.from([Buffer.from(bomb)]), format: 'feed' });
    expect(rejected[0]!.reason).toBe('XML entity declarations are not allowed in feeds');
  });
});

describe('encodings and bad files', () => {
  it('decodes a cp1252 file (common in Indonesian corpora) instead of rejecting it', async () => {
    const { articles, rejected } = await collect([fixture('encoding', 'cp1252-kompas.txt')]);
    expect(rejected).toEqual([]);
    expect(articles[0]!.title).toBe('Upaya Pemerintah Perangi Judi "Online" Dianggap Lamban, Diharap Membuahkan Hasil Positif');
    expect(articles[0]!.text).toContain('“');
  });

  it('rejects empty and binary files, naming them, and reads the rest of a directory', async () => {
    const { articles, rejected } = await collect([fixture('bad')]);
    const reasons = Object.fromEntries(rejected.map((r) => [r.origin.replace(fixture('bad'), ''), r.reason]));
    expect(reasons['/empty.txt']).toBe('file is empty');
    expect(reasons['/binary.txt']).toBe('binary data (NUL bytes), not text');
    expect(articles.length).toBe(3); // one CSV row and two JSON lines
  });

  it('falls back to cp1252 for bytes that are not UTF-8, and names a file whose declared charset does not fit', () => {
    expect(decodeText(Buffer.from([0x93, 0x4b, 0x69, 0x74, 0x61, 0x94]), 'x.txt').text).toBe('“Kita”');
    expect(() => decodeText(Buffer.from('<meta charset="utf-16"><p>x'), 'y.html')).toThrow(/^y\.html: bytes are not valid utf-16le$/);
  });

  it('skips the README and LICENSE of a folder (news-id-talas-2024 ships one beside its CSV) but reads them when named', async () => {
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(SEEDS[0]!, join(dir, 'seed.txt'));
      writeFileSync(join(dir, 'LICENSE'), 'MIT License\n\nCopyright (c) 2024\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.\n');
      writeFileSync(join(dir, 'README.md'), '# Corpus\n\nArticles scraped from Kompas, Antara and Tempo in July 2024, one per line of the CSV file.\n');
      const inFolder = await collect([dir]);
      expect(inFolder.articles.map((a) => a.origin)).toEqual([join(dir, 'seed.txt')]);
      expect(inFolder.rejected).toEqual([]);
      const named = await collect([join(dir, 'README.md')]);
      expect(named.articles).toHaveLength(1);
    } finally {
      cleanup();
    }
  });

  it('names a missing path', async () => {
    const { rejected } = await collect(['/no/such/file.txt']);
    expect(rejected).toEqual([{ origin: '/no/such/file.txt', reason: 'no such file or directory' }]);
  });
});

describe('URLs', () => {
  let server: Server;
  let base = '';
  const page = readFileSync(fixture('html', 'kompas-wapres-bendungan.html'));
  const feed = readFileSync(fixture('feeds', 'tempo-nasional.rss'));
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); }
      else if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(feed); }
      else if (req.url === '/moved') { res.writeHead(302, { location: '/page' }); res.end(); }
      else { res.writeHead(404); res.end(); }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('refuses loopback and private addresses unless allowed', async () => {
    const { rejected } = await collect([`${base}/page`]);
    expect(rejected[0]!.reason).toMatch(/refused: 127\.0\.0\.1 is a private, loopback or link-local address/);
    const resolved = await collect([`http://localhost:${base.split(':').pop()}/page`]);
    expect(resolved.rejected[0]!.reason).toMatch(/refused: localhost resolves to/);
  });

  it('fetches a page and a feed, following redirects, when private addresses are allowed', async () => {
    const { articles, rejected } = await collect([`${base}/moved`, `${base}/feed`, `${base}/missing`], { fetch: { allowPrivate: true } });
    expect(articles.map((a) => a.format)).toEqual(['html', 'feed', 'feed', 'feed']);
    expect(rejected[0]!.reason).toMatch(/^HTTP 404/);
  });

  it('knows which addresses are private', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
  });
});

describe('ids', () => {
  it('derive from the canonical URL, ignoring tracking parameters and fragments', () => {
    expect(articleId('https://www.kompas.com/a?utm_source=x#top', 't', 'x')).toBe(articleId('http://kompas.com/a', 'other', 'text'));
  });
});

describe('standard input', () => {
  it('is rejected by name when it is larger than the limit, not thrown', async () => {
    const { Readable } = await import('node:stream');
    const { MAX_INPUT_BYTES } = await import('../src/sources/decode.js');
    const chunk = Buffer.alloc(8 * 1024 * 1024, 'a');
    const chunks = Array.from({ length: Math.ceil(MAX_INPUT_BYTES / chunk.length) + 1 }, () => chunk);
    const { rejected } = await collect(['-'], { stdin: Readable.from(chunks) });
    expect(rejected).toEqual([{ origin: 'standard input', reason: `input is larger than ${MAX_INPUT_BYTES} bytes` }]);
  });
});
