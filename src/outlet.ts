// How an outlet is named: a host name by its registrable part, as an address gives it, so that one
// outlet has one river and one filter however its records spell it. Shared by the sources, which
// name the outlets of new articles, and the stores, whose migration names those stored before.

/** A host name: labels and dots, ending in a country's two letters or a common generic domain. */
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2}|com|net|org|info|biz|news|media|online|site|tv)$/i;

/** The registrable part of a host: two labels, three under second-level country domains (co.id, com.au, go.id). */
export function registrablePart(hostname: string): string {
  const parts = hostname.replace(/^www\./, '').split('.');
  const keep = parts.length > 2 && /^(co|com|or|ac|go|net|org)$/.test(parts[parts.length - 2]!) ? 3 : 2;
  return parts.slice(-keep).join('.');
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
