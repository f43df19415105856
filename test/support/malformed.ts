// A deterministic generator of malformed inputs, mutated from the real fixtures: truncation,
// byte flips, NUL bytes, invalid UTF-8, other encodings, deep nesting, huge numbers, broken quoting.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { SourceFormat } from '../../src/article.js';
import { fixture, SEEDS } from '../helpers.js';

export interface MalformedInput {
  name: string;
  bytes: Buffer;
  format: SourceFormat | null;
}

/** mulberry32: a small seeded PRNG, so that every run tries the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASES: [string, SourceFormat][] = [
  [SEEDS[0]!, 'text'], [SEEDS[1]!, 'text'], [fixture('csv', 'talas-5.csv'), 'csv'], [fixture('json', 'giveme-event35.jsonl'), 'jsonl'],
  [fixture('feeds', 'tempo-nasional.rss'), 'feed'], [fixture('feeds', 'world-news.atom'), 'feed'], [fixture('html', 'kompas-wapres-bendungan.html'), 'html'],
];

type Mutation = (input: Buffer, rand: () => number) => Buffer;

const pick = <T>(items: T[], rand: () => number): T => items[Math.floor(rand() * items.length)]!;

const MUTATIONS: [string, Mutation][] = [
  ['truncate', (b, r) => b.subarray(0, Math.floor(r() * b.length))],
  ['flip-bytes', (b, r) => { const c = Buffer.from(b); for (let i = 0; i < 1 + r() * 20; i++) c[Math.floor(r() * c.length)] = Math.floor(r() * 256); return c; }],
  ['nul-bytes', (b, r) => { const c = Buffer.from(b); for (let i = 0; i < 3; i++) c[Math.floor(r() * c.length)] = 0; return c; }],
  ['invalid-utf8', (b, r) => { const at = Math.floor(r() * b.length); return Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc]), b.subarray(at)]); }],
  ['cp1252', (b) => iconv.encode(b.toString('utf8'), 'windows-1252')],
  ['utf16le-bom', (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(b.toString('utf8'), 'utf-16le')])],
  ['utf16-no-bom', (b) => iconv.encode(b.toString('utf8'), 'utf-16le')],
  ['latin1-declared-utf8', (b) => Buffer.concat([Buffer.from('<meta charset="utf-8">'), iconv.encode(b.toString('utf8'), 'latin1')])],
  ['empty', () => Buffer.alloc(0)],
  ['whitespace', () => Buffer.from(' \n\t\r\n   \n')],
  ['binary', (b, r) => Buffer.from(Array.from({ length: 2000 }, () => Math.floor(r() * 256)))],
  ['deep-html', (b, r) => Buffer.from(`<html><body>${'<div><span>'.repeat(200 + Math.floor(r() * 5000))}<p>teks</p></body></html>`)],
  ['deep-xml', (b, r) => Buffer.from(`<?xml version="1.0"?><rss><channel><title>t</title><item><title>x</title><description>${'<a>'.repeat(1000 + Math.floor(r() * 20000))}</description></item></channel></rss>`)],
  ['xml-entities', () => Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title><item><title>&lol2;</title></item></channel></rss>')],
  ['deep-json', (b, r) => Buffer.from(`${'['.repeat(100 + Math.floor(r() * 100000))}1${']'.repeat(10)}`)],
  ['huge-number', () => Buffer.from(JSON.stringify({ title: 'Angka besar', text: 'Isi berita dengan angka besar yang tidak masuk akal sama sekali.' }).replace('}', `,"n":${'9'.repeat(100000)}e999999}`))],
  ['json-wrong-types', () => Buffer.from(JSON.stringify([{ title: 5, text: { nested: true } }, { title: null, text: ['a', 'b'] }, 'string', 42, null]))],
  ['csv-broken-quotes', (b, r) => Buffer.from(b.toString('utf8').replace(/"/g, () => (r() < 0.3 ? '' : '"')))],
  ['csv-extra-columns', (b) => Buffer.from(b.toString('utf8').replace(/\n/g, ',extra,"more"\n'))],
  ['long-line', (b, r) => Buffer.from(`${'x'.repeat(1 + Math.floor(r() * 2_000_000))}\n${b.toString('utf8')}`)],
  ['control-characters', (b, r) => Buffer.from(b.toString('utf8').replace(/ /g, () => (r() < 0.05 ? '\u0007' : ' ')))],
  ['script-injection', (b) => Buffer.from(b.toString('utf8').replace(/<title>|^/m, (m) => `${m}<script>alert(1)</script>`))],
];

/** `count` malformed inputs, the same ones for the same seed. */
export function malformedInputs(count: number, seed = 20241028): MalformedInput[] {
  const rand = prng(seed);
  const bases = BASES.map(([path, format]) => ({ path, format, bytes: readFileSync(path) }));
  const out: MalformedInput[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(bases, rand);
    const [name, mutate] = pick(MUTATIONS, rand);
    // Half of the inputs say their format, half leave it to sniffing (standard input, URLs).
    const format = rand() < 0.5 ? base.format : null;
    out.push({ name: `fuzz-${i}-${name}-${base.path.split('/').pop()}`, bytes: mutate(base.bytes, rand), format });
  }
  return out;
}
