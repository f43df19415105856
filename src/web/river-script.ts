// The story river's live updates, served as /static/river.js (a file, so the CSP can forbid
// inline script). An update names a story; its item comes from the server as the river renders
// it (/fragments/stories: count, copies, date, languages, outlets, entities, all escaped there),
// for the stories named in up to half a second at once. The items of stories an update merged
// into its story go at once.

import { RIVER_FRAGMENT_IDS } from './pages.js';

export const RIVER_SCRIPT = `
(() => {
  // Only the unfiltered first page is live: a new story's place on any other is unknown here.
  const river = document.querySelector('ol.river[data-live]');
  if (!river || !window.EventSource || !window.fetch) return;
  const lang = document.documentElement.lang || 'id';
  const BATCH_MS = 500;
  const MAX_IDS = ${RIVER_FRAGMENT_IDS};
  // Story ids in the order their updates came, the latest last.
  let pending = [];
  let timer = null;
  const flush = async () => {
    timer = null;
    const ids = pending.slice(-MAX_IDS);
    pending = [];
    if (!ids.length) return;
    let text;
    try {
      const res = await fetch('/fragments/stories?lang=' + lang + '&ids=' + ids.map(encodeURIComponent).join(','));
      if (!res.ok) return;
      text = await res.text();
    } catch {
      return;
    }
    // DOMParser runs no script; the server escaped every outlet's text.
    const items = new DOMParser().parseFromString('<ol>' + text + '</ol>', 'text/html').querySelectorAll('li.story');
    const byId = new Map([...items].map((item) => [item.dataset.story, item]));
    // The latest update ends on top.
    for (const id of ids) {
      const item = byId.get(id);
      if (!item) continue;
      const old = river.querySelector('li[data-story="' + CSS.escape(id) + '"]');
      if (old) old.remove();
      item.classList.add('fresh');
      river.prepend(document.adoptNode(item));
    }
    const empty = document.querySelector('p.empty');
    if (empty && river.children.length) empty.remove();
  };
  const show = (event) => {
    const { storyId, merged = [] } = JSON.parse(event.data);
    for (const id of merged) river.querySelector('li[data-story="' + CSS.escape(id) + '"]')?.remove();
    pending = pending.filter((id) => id !== storyId && !merged.includes(id)).concat(storyId);
    if (timer === null) timer = setTimeout(flush, BATCH_MS);
  };
  // From the change the page was read at: nothing stored while it loaded is missed.
  const events = new EventSource('/api/events' + (river.dataset.after ? '?after=' + encodeURIComponent(river.dataset.after) : ''));
  events.addEventListener('story-created', show);
  events.addEventListener('story-updated', show);
})();
`;
