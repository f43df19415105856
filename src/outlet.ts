// How an outlet is named: a host name by its registrable part, as an address gives it, so that one
// outlet has one river and one filter however its records spell it. Shared by the sources, which
// name the outlets of new articles, and the stores, whose migration names those stored before.

/** A host name: labels and dots, ending in a country's two letters or a common generic domain. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2}|com|net|org|info|biz|news|media|online|site|tv)$/i;

/**
 * Second-level labels under which each name is a site of its own: co.id, go.id, sch.id, my.id,
 * co.uk, gov.uk, com.au … (smkn1.sch.id and sman3.sch.id are two schools, not one outlet "sch.id";
 * abcnews.go.com stays apart from espn.go.com).
 */
const SECOND_LEVEL = /^(co|com|or|ac|go|net|org|gov|edu|mil|sch|web|my|biz|desa|ponpes|ne|gob|ltd|plc)$/;

/** Hosting services whose every subdomain is someone's own site (x.blogspot.com, x.blogspot.co.id, x.wordpress.com). */
const HOSTS = String.raw`blogspot\.[a-z.]+|wordpress\.com|substack\.com|medium\.com|tumblr\.com|github\.io`;
const HOSTED = new RegExp(`^(?:.*\\.)?([a-z0-9-]+)\\.(${HOSTS})$`);
const HOST_ALONE = new RegExp(`^(?:${HOSTS})$`);

/** The registrable part of a host: two labels, three under a second-level domain (co.id, com.au, go.id), one more under a blog host. */
export function registrablePart(hostname: string): string {
  const host = hostname.replace(/^www\./, '');
  const hosted = HOSTED.exec(host);
  if (hosted) return `${hosted[1]}.${hosted[2]}`;
  const parts = host.split('.');
  const keep = parts.length > 2 && SECOND_LEVEL.test(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-keep).join('.');
}

/** The outlet of an address (`https://nasional.kompas.com/...` → `kompas.com`), or null when it is none. */
export function outletOfAddress(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { hostname } = new URL(url);
    return hostname ? registrablePart(hostname.toLowerCase()) : null;
  } catch {
    return null;
  }
}

/**
 * Whether `name` is only the shared part of many sites' names (sch.id, go.id, blogspot.com): an
 * outlet named so by an older Kabar lost the part that told its sites apart.
 */
export function namesNoOneOutlet(name: string): boolean {
  const parts = name.toLowerCase().split('.');
  return (parts.length === 2 && SECOND_LEVEL.test(parts[0]!) && /^[a-z]{2}$/.test(parts[1]!)) || HOST_ALONE.test(name.toLowerCase());
}

/**
 * The outlet an article an older Kabar filed under a shared suffix (`sch.id`) is named by now, from
 * its address (`smkn1.sch.id`), or null when its name stays (what a store's migration renames).
 */
export function outletFromAddress(publisher: string, url: string | null): string | null {
  if (!namesNoOneOutlet(publisher)) return null;
  const outlet = outletOfAddress(url);
  return outlet !== null && outlet !== publisher ? outlet : null;
}

/**
 * The outlet a record names, a host name by its registrable part: giveme5w1h's
 * `www.washingtonpost.com`, `usa.chinadaily.com.cn` and `edition.cnn.com` were outlets apart from
 * `washingtonpost.com`, `chinadaily.com.cn` and `money.cnn.com`'s `cnn.com`, each with its own
 * river. A name (`ETIndonesia`, `Kompas TV`) is kept as written.
 */
export function outletName(publisher: string | null | undefined): string | null {
  const name = publisher?.trim();
  if (!name) return null;
  return HOST_NAME.test(name) ? registrablePart(name.toLowerCase()) : name;
}

/** Of stored publishers, those `outletName` names otherwise, each with its new name (what a store's migration renames). */
export function outletRenames(publishers: readonly string[]): Map<string, string> {
  const renames = new Map<string, string>();
  for (const p of publishers) {
    const outlet = outletName(p);
    if (outlet !== null && outlet !== p) renames.set(p, outlet);
  }
  return renames;
}
