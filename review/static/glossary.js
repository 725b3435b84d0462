// Glossary changes: what `npm run glossary:diff` reports, per release and locale, before → after, words marked.
import { api, el, pageHref, showError } from './common.js';

document.getElementById('back').href = pageHref('index.html', {});
const report = document.getElementById('report');

function words(parts) {
  const line = el('span', { class: 'diff' });
  for (const part of parts) line.append(part.op === 'same' ? part.text : el('span', { class: part.op, text: part.text }));
  return line;
}

async function show(base) {
  showError('');
  report.replaceChildren();
  const { ok, data } = await api(`glossary?${new URLSearchParams({ base })}`);
  if (!ok) return showError(data.error);
  const s = data.summary;
  report.append(el('p', { text: `${s.added} added, ${s.removed} removed, ${s.changed} changed; ${s.releasesAffected} of ${s.releasesScanned} release(s) and ${s.sentences} sentence(s) change.` }));
  const entries = el('ul');
  for (const term of data.entries.added) entries.append(el('li', { text: `added ${term.id}` }));
  for (const term of data.entries.removed) entries.append(el('li', { text: `removed ${term.id}` }));
  for (const change of data.entries.changed) entries.append(el('li', { text: `changed ${change.id}` }));
  report.append(entries);
  for (const release of data.releases) {
    for (const locale of release.locales) {
      report.append(el('h2', { text: `${release.release} (${locale.locale})` }));
      const list = el('ul');
      for (const change of locale.changed) list.append(el('li', {}, words(change.words)));
      for (const need of locale.needsTranslation) list.append(el('li', { text: `needs translation: ${need.source}` }));
      report.append(list);
    }
  }
}

document.getElementById('base-form').addEventListener('submit', (event) => {
  event.preventDefault();
  show(document.getElementById('base').value || 'HEAD');
});
show('HEAD');
