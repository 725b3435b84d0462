// The preview: the page publish would write, as publish sanitized it, in a sandboxed frame (no script runs).
import { api, pageHref, showError } from './common.js';

const params = Object.fromEntries(new URLSearchParams(location.search));
document.getElementById('back').href = pageHref('index.html', {});
document.getElementById('editor').href = pageHref('editor.html', params);
document.getElementById('title').textContent = `Preview: ${params.release} (${params.locale})`;
const { ok, data } = await api(`preview?${new URLSearchParams(params)}`);
if (!ok) showError(data.error);
else {
  const notes = [];
  if (data.untranslated > 0) notes.push(`${data.untranslated} segment(s) without a translation are shown in the source language.`);
  if (data.problem) notes.push(data.problem);
  document.getElementById('status').textContent = notes.join(' ');
  document.getElementById('page').srcdoc = data.html;
}
