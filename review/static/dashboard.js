// The dashboard: every release × locale with its counts by state and its QA errors, each linked to its editor.
import { api, el, pageHref, showError } from './common.js';

const { ok, data } = await api('releases');
if (!ok) showError(data.error);
else {
  document.getElementById('reviewer').textContent = `Reviewing as ${data.reviewer}`;
  document.getElementById('glossary-link').href = pageHref('glossary.html', {});
  const body = document.querySelector('#dashboard tbody');
  for (const row of data.releases) {
    const params = { release: row.release, locale: row.locale };
    const num = (value, cls) => el('td', { class: `num ${cls ?? ''}`, text: String(value) });
    body.append(
      el(
        'tr',
        { 'data-release': row.release, 'data-locale': row.locale },
        el('td', {}, el('a', { href: pageHref('editor.html', params), text: row.title ?? row.release }), el('div', { class: 'meta', text: `${row.release} · ${row.file} · from ${row.source}` })),
        el('td', { text: row.locale }),
        num(row.segments),
        num(row.counts.reviewed),
        num(row.counts.human),
        num(row.counts.engine),
        num(row.counts.fuzzy),
        num(row.counts.missing),
        num(row.qa.errors, row.qa.errors > 0 ? 'errors' : ''),
        num(row.qa.warnings),
        el('td', {}, el('a', { href: pageHref('preview.html', params), text: 'preview' })),
      ),
    );
  }
}
