// What a scraped page leaves in an article's body that is no part of the article, on lines of
// its own, in the outlets' languages (English and Indonesian pages alike): the body cleaner
// (sources/body.ts) drops these lines and keeps the links' headlines as related articles.

/**
 * Lines a page's furniture leaves in a scraped body, alone on their line: ad slots ("Advertisement
 * Continue reading the main story"), media placeholders ("Photo", "Scroll down for video"), link
 * labels ("Read More" with its headline gone), share buttons ("SaveSave"), sign-up boxes, calls
 * for tips, bare addresses; and Indonesian outlets' ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT",
 * "Selengkapnya baca di sini"). 44 of stories-en-giveme5w1h's 383 articles carry the first: read
 * as text, it made "Advertisement Continue" a name and "advertis" a stem of 44 stories.
 */
export const FURNITURE_LINE = new RegExp(
  '^(?:advertisement(?:\\s+continue reading (?:the )?main story)?|continue reading (?:the )?main story|story continues below(?:\\s+advertisement)?'
  + '|photo|video|image|scroll down for video|watch (?:the )?video|read more:?|(?:save){2,}|share this (?:article|story)'
  + '|sign up for [^.]{0,60}\\b(?:emails?|newsletters?)\\b[^.]{0,60}|read or share this story:\\s*\\S+|follow us(?: on \\w+)?\\s*@?\\S*'
  + '|subscribe to updates|get digital access|up next|today[’\']s coverage from post correspondents around the world'
  + '|image caption\\s.{0,200}|\\(image: [^)]{2,80}\\)|[^.]{0,60}\\bphotographer: .{2,80}'
  + '|scroll to continue with content|iklan|selengkapnya baca di sini'
  // A tabloid's call for tips: "We pay for your stories! Do you have a story for The Sun Online news team? Email us at …".
  + '|(?:(?:we pay for your (?:stories|videos)|do you have a (?:story|news tip) for|(?:e-?mail|contact) us at \\S+@)\\b|got a (?:story|news tip)\\?).{0,300}'
  // A writer's address ("Email: ebaig@usatoday.com; Follow USA TODAY Personal Tech Columnist @edbaig on Twitter"), a social box.
  + '|e-?mail\\s*:\\s*\\S+@\\S+.{0,200}|follow us on .{0,150}'
  // The BBC's picture lines, the New York Times' newsletter boxes: a box may come as one line of 500 characters from its
  // heading to its last link ("Newsletter Sign Up Continue reading … Sign Up You agree to receive … View all New York Times
  // newsletters."), which left "Sign Up You" a person in 19 articles of stories-en-giveme5w1h.
  + '|image copyright\\s.{0,250}|newsletter sign up.{0,800}|sign up you agree to receive .{0,200}'
  + '|(?:sign up for .{0,800})?view all (?:the )?[\\p{L} ]{0,40}newsletters\\.?(?:\\s+sign up)?'
  // An address alone on its line: a link the page printed (an outlet's Facebook and Twitter pages under a show's page).
  + '|(?:https?://|www\\.)\\S+)[.!]?$',
  'iu',
);

/**
 * A photo credit alone on its line: "Jae C. Hong/AP", "David Becker/Getty Images", "(Lucy Pasha
 * Robinson / The Independent)": capitalised names, a slash, an agency or outlet.
 */
export const PHOTO_CREDIT_LINE = /^\(?(?:\p{Lu}[\p{L}.'’-]*\s){1,4}\p{Lu}?[\p{L}.'’-]*\s?\/\s?(?:The\s)?\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?\)?$/u;

/** A line that only points to another article: "[How global tax evasion keeps poor countries poor]", "Related: …", "READ MORE: …", "More: …". */
export const LINK_LINE = /^(?:\[(?!\s*editor)([^\]]{5,200})\]|(?:related|more|read more|see also|also read)\s*:\s*(.{3,200}))$/iu;
