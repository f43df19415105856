// The story river's live updates, served as /static/river.js (a file, so the CSP can forbid
// inline script). Third-party text only ever goes into textContent.

export const RIVER_SCRIPT = `
(() => {
  // Only the unfiltered first page is live: a new story's place on any other is unknown here.
  const river = document.querySelector('ol.river[data-live]');
  if (!river || !window.EventSource) return;
  const lang = document.documentElement.lang || 'id';
  const events = new EventSource('/api/events');
  const show = (event) => {
    const story = JSON.parse(event.data);
    let item = river.querySelector('li[data-story="' + CSS.escape(story.storyId) + '"]');
    if (!item) {
      item = document.createElement('li');
      item.className = 'story fresh';
      item.dataset.story = story.storyId;
      const link = document.createElement('a');
      link.className = 'headline';
      link.href = '/stories/' + encodeURIComponent(story.storyId) + '?lang=' + lang;
      const meta = document.createElement('div');
      meta.className = 'meta count';
      item.append(link, meta);
    }
    item.querySelector('a.headline').textContent = story.headline;
    const count = item.querySelector('.count');
    if (count) count.textContent = story.articleCount + ' · ' + (story.sources || []).join(', ');
    item.classList.add('fresh');
    river.prepend(item);
    const empty = document.querySelector('p.empty');
    if (empty) empty.remove();
  };
  events.addEventListener('story-created', show);
  events.addEventListener('story-updated', show);
})();
`;
