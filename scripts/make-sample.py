#!/usr/bin/env python3
"""Cuts Kabar's bundled sample corpus and test fixtures from ../shared (run from the repo root).

Sources (see sample/README.md and test/fixtures/README.md):
  news-id-talas-2024     MIT         tantowjy/News-Classification
  stories-en-giveme5w1h  Apache-2.0  fhamborg/Giveme5W1H
The output is committed; tests never read ../shared."""
import csv, json, os, shutil, sys

SHARED = os.path.join('..', 'shared')
csv.field_size_limit(10**9)
talas = list(csv.DictReader(open(os.path.join(SHARED, 'data/news-id-talas-2024/dataset-training-talas-830.csv'), encoding='utf-8')))
giveme = [json.loads(l) for l in open(os.path.join(SHARED, 'data/stories-en-giveme5w1h/articles.jsonl'), encoding='utf-8')]

def pick_talas(keyword, n, hosts=None):
    out = [r for r in talas if keyword.lower() in r['title'].lower() and (hosts is None or any(h in r['link'] for h in hosts))]
    return out[:n]

# Sample corpus: a few Indonesian events reported by several outlets, and three English events.
rows = pick_talas('Cipanas', 4) + pick_talas('PDN', 4, ['kompas']) + pick_talas('PDN', 4, ['tempo']) \
    + pick_talas('Pinjol', 3) + pick_talas('Hasyim', 5) + [r for r in talas if 'antaranews' in r['link']][:4]
os.makedirs('sample', exist_ok=True)
with open('sample/news-id-talas-2024.jsonl', 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps({'title': r['title'], 'url': r['link'], 'date': r['date'], 'text': r['content']}, ensure_ascii=False) + '\n')
events = [35, 64, 72]
with open('sample/stories-en-giveme5w1h.jsonl', 'w', encoding='utf-8') as f:
    for e in events:
        for a in [a for a in giveme if a['event'] == e][:5]:
            f.write(json.dumps({k: a[k] for k in ('title', 'url', 'source', 'publishedAt', 'text')}, ensure_ascii=False) + '\n')
for name in sorted(os.listdir(os.path.join(SHARED, 'seeds'))):
    shutil.copyfile(os.path.join(SHARED, 'seeds', name), os.path.join('sample', name))

# Test fixtures.
fx = 'test/fixtures'
os.makedirs(f'{fx}/seeds', exist_ok=True)
for name in sorted(os.listdir(os.path.join(SHARED, 'seeds'))):
    shutil.copyfile(os.path.join(SHARED, 'seeds', name), f'{fx}/seeds/{name}')
os.makedirs(f'{fx}/csv', exist_ok=True)
with open(f'{fx}/csv/talas-5.csv', 'w', encoding='utf-8', newline='') as f:
    w = csv.DictWriter(f, fieldnames=list(talas[0].keys()))
    w.writeheader()
    for r in talas[:3] + [r for r in talas if 'tempo' in r['link']][:1] + [r for r in talas if 'antaranews' in r['link']][:1]:
        w.writerow(r)
os.makedirs(f'{fx}/json', exist_ok=True)
with open(f'{fx}/json/giveme-event35.jsonl', 'w', encoding='utf-8') as f:
    for a in [a for a in giveme if a['event'] == 35][:3]:
        f.write(json.dumps(a, ensure_ascii=False) + '\n')
print(len(rows), 'Indonesian and', 15, 'English sample articles')

# Hand-shaped fixtures around real text: a feed, a page shaped like a news site, bad inputs.
from html import escape
tempo = [r for r in talas if 'tempo' in r['link']][:3]
kompas = talas[0]
os.makedirs(f'{fx}/feeds', exist_ok=True)
items = ''.join(f'''
    <item>
      <title>{escape(r['title'])}</title>
      <link>{escape(r['link'])}</link>
      <guid isPermaLink="true">{escape(r['link'])}</guid>
      <pubDate>Mon, 01 Jul 2024 15:{10 + i}:00 +0000</pubDate>
      <dc:creator>Tim Tempo</dc:creator>
      <description><![CDATA[<p>{escape(r['content'][:700])}</p>]]></description>
      <content:encoded><![CDATA[{''.join(f'<p>{escape(p)}</p>' for p in r['content'].split('. '))}]]></content:encoded>
    </item>''' for i, r in enumerate(tempo))
open(f'{fx}/feeds/tempo-nasional.rss', 'w', encoding='utf-8').write(f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Tempo.co Nasional</title>
    <link>https://nasional.tempo.co</link>
    <description>Berita nasional terkini</description>
    <language>id</language>{items}
  </channel>
</rss>
''')
giv = [a for a in giveme if a['event'] == 64][:2]
entries = ''.join(f'''
  <entry>
    <title type="html">{escape(escape(a['title']))} &lt;em&gt;update&lt;/em&gt;</title>
    <link rel="alternate" type="text/html" href="{escape(a['url'])}"/>
    <id>{escape(a['url'])}</id>
    <published>{a['publishedAt']}Z</published>
    <updated>{a['publishedAt']}Z</updated>
    <author><name>{escape(a['source'])}</name></author>
    <content type="html">{escape(''.join(f'<p>{escape(p)}</p>' for p in a['text'].split(chr(10)) if p.strip()))}</content>
  </entry>''' for a in giv)
open(f'{fx}/feeds/world-news.atom', 'w', encoding='utf-8').write(f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>World News Wire</title>
  <id>urn:kabar:test:world-news</id>
  <updated>2018-01-01T00:00:00Z</updated>{entries}
</feed>
''')
open(f'{fx}/feeds/malformed.rss', 'w', encoding='utf-8').write('''<?xml version="1.0"?>
<rss version="2.0"><channel><title>Broken</title>
<item><title>Judul tanpa penutup</title><description>Isi berita</description>
</channel></rss>
''')
os.makedirs(f'{fx}/html', exist_ok=True)
paras = ''.join(f'<p>{escape(p.strip())}.</p>\n' for p in kompas['content'].split('.') if len(p.strip()) > 20)
open(f'{fx}/html/kompas-wapres-bendungan.html', 'w', encoding='utf-8').write(f'''<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>{escape(kompas['title'])} - Kompas.com</title>
<meta property="og:title" content="{escape(kompas['title'])}">
<meta property="og:site_name" content="KOMPAS.com">
<meta property="article:published_time" content="2024-07-09T20:23:53+07:00">
<meta name="author" content="Fika Nurul Ulya">
<link rel="canonical" href="{escape(kompas['link'])}">
</head>
<body>
<header><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/regional">Regional</a> <a href="/login">Masuk</a></nav></header>
<div class="ads">Iklan: Promo gadget terbaru, diskon hingga 50 persen!</div>
<main>
<article class="read__content">
<h1 class="read__title">{escape(kompas['title'])}</h1>
<div class="read__author">Penulis: Fika Nurul Ulya</div>
{paras}
</article>
<aside class="most-popular"><h3>Terpopuler</h3><ul><li><a href="/a">Berita lain satu</a></li><li><a href="/b">Berita lain dua</a></li></ul></aside>
</main>
<footer>Copyright 2024 Kompas Cyber Media</footer>
<script>window.dataLayer = [];</script>
</body>
</html>
''')
open(f'{fx}/html/no-article.html', 'w', encoding='utf-8').write('''<!doctype html>
<html lang="id"><head><title>Masuk - Portal Berita</title></head>
<body><nav><a href="/">Beranda</a></nav><form><input name="user"><button>Masuk</button></form></body></html>
''')
os.makedirs(f'{fx}/bad', exist_ok=True)
open(f'{fx}/bad/empty.txt', 'w').close()
open(f'{fx}/bad/binary.txt', 'wb').write(bytes(range(256)) * 8)
with open(f'{fx}/bad/one-bad-line.jsonl', 'w', encoding='utf-8') as f:
    a = giveme[0]
    f.write(json.dumps({k: a[k] for k in ('title', 'url', 'source', 'publishedAt', 'text')}) + '\n')
    f.write('{"title": "Broken record", "text": "no closing brace"\n')
    a = giveme[1]
    f.write(json.dumps({k: a[k] for k in ('title', 'url', 'source', 'publishedAt', 'text')}) + '\n')
with open(f'{fx}/bad/broken-quote.csv', 'w', encoding='utf-8') as f:
    f.write('title,link,date,content\n')
    f.write('Judul pertama,https://example.com/a,2024-07-01,"Isi berita pertama yang cukup panjang."\n')
    f.write('Judul kedua,https://example.com/b,2024-07-02,"Isi berita kedua tanpa tanda kutip penutup\n')
os.makedirs(f'{fx}/encoding', exist_ok=True)
r = talas[5]
open(f'{fx}/encoding/cp1252-kompas.txt', 'wb').write((r['title'] + '\n\n' + r['content'][:1500].replace('"', '\u201c', 1)).encode('cp1252', errors='replace'))
