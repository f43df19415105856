// Who holds an office a short title stands for ("Menkominfo" for the article's Menteri Komunikasi dan
// Informatika Budi Arie Setiadi). Read by the entity stage, which folds a lone short title into its
// holder, and by the speaker resolver, which gives its quotations to the holder.

import type { EntityMention } from '../article.js';
import { OFFICE_TITLES_ID } from '../lang/id/entities.js';

/** The one person of `people` whose role is the office `phrase` stands for, or null (no one, or more than one). */
export function officeHolder(phrase: string, people: EntityMention[]): EntityMention | null {
  const key = phrase.toLowerCase();
  // Own keys only: a phrase such as "constructor" must not find what every object inherits.
  const office = Object.hasOwn(OFFICE_TITLES_ID, key) ? OFFICE_TITLES_ID[key] : undefined;
  if (!office) return null;
  // The role must begin with the office: a "Calon Presiden" or a "Mantan Menkominfo" does not hold it.
  const holders = people.filter((e) => e.type === 'PERSON' && e.roles.some((r) => office.exec(r)?.index === 0 || r.toLowerCase() === key));
  return holders.length === 1 ? holders[0]! : null;
}
