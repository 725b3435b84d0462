// The editor of one release × locale: segments in document order, source beside an editable target in which locked
// terms and inline codes are atomic chips. Every edit is checked by the server (the QA of `npm run qa`); approving
// is decided by the server too, which refuses it while a QA error stands.
import { api, el, pageHref, showError } from './common.js';

const params = Object.fromEntries(new URLSearchParams(location.search));
document.getElementById('back').href = pageHref('index.html', {});
document.getElementById('preview').href = pageHref('preview.html', params);
const list = document.getElementById('segments');
const rows = [];
let labels = { locks: {}, codes: {} };
let current = -1;

function chipText(run, side) {
  if (run.type === 'lock') return labels.locks[run.term]?.[side] ?? run.term;
  const kind = labels.codes[run.id] ?? 'code';
  if (run.type === 'open') return `‹${kind}›`;
  if (run.type === 'close') return `‹/${kind}›`;
  return `‹${kind}/›`;
}

function chip(run, side) {
  return el('span', {
    class: `chip ${run.type === 'lock' ? 'lock' : 'code'}`,
    contenteditable: 'false',
    'data-run': JSON.stringify(run),
    text: chipText(run, side),
  });
}

function renderRuns(node, runs, side) {
  node.replaceChildren(...runs.map((run) => (run.type === 'text' ? document.createTextNode(run.value) : chip(run, side))));
}

/** The runs of an edited target: text nodes are text, chips are their run, anything else pasted is its text. */
function readRuns(node) {
  const runs = [];
  const walk = (parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) runs.push({ type: 'text', value: child.nodeValue });
      else if (child.dataset?.run) runs.push(JSON.parse(child.dataset.run));
      else if (child.nodeName === 'BR') continue;
      else walk(child);
    }
  };
  walk(node);
  return runs;
}

const keyOf = (run) => (run.type === 'lock' ? `lock:${run.term}` : `${run.type}:${run.id}`);

function renderFindings(row, findings) {
  row.findings = findings;
  row.findingsList.replaceChildren(...findings.map((f) => el('li', { class: f.severity, text: `${f.severity} · ${f.check}: ${f.message}` })));
  row.node.dataset.qa = findings.some((f) => f.severity === 'error') ? 'error' : findings.length > 0 ? 'warning' : '';
}

/** Buttons for the source's chips the target lacks: a click puts one back at the caret. */
function renderPalette(row) {
  const have = new Map();
  for (const run of readRuns(row.target)) if (run.type !== 'text') have.set(keyOf(run), (have.get(keyOf(run)) ?? 0) + 1);
  const buttons = [];
  for (const run of row.segment.source) {
    if (run.type === 'text') continue;
    const n = have.get(keyOf(run)) ?? 0;
    if (n > 0) {
      have.set(keyOf(run), n - 1);
      continue;
    }
    const button = el('button', { type: 'button', class: 'restore', title: 'put back', text: `+ ${chipText(run, 'target')}` });
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => insertChip(row, run));
    buttons.push(button);
  }
  row.palette.replaceChildren(...buttons);
}

function insertChip(row, run) {
  const node = chip(run, 'target');
  const selection = getSelection();
  if (selection.rangeCount > 0 && row.target.contains(selection.anchorNode)) {
    const range = selection.getRangeAt(0);
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
  } else row.target.append(node);
  edited(row);
}

function edited(row) {
  row.dirty = true;
  row.message.textContent = '';
  renderPalette(row);
  clearTimeout(row.timer);
  row.timer = setTimeout(() => check(row), 250);
}

const base = () => ({ release: params.release, locale: params.locale });

async function check(row) {
  const { ok, data } = await api('check', { ...base(), segment: row.segment.id, target: readRuns(row.target) });
  if (ok) renderFindings(row, data.findings);
  else showError(data.error);
}

async function send(row, action, extra = {}) {
  clearTimeout(row.timer);
  const { ok, status, data } = await api(action, { ...base(), segment: row.segment.id, ...extra });
  if (ok) {
    showError('');
    row.dirty = false;
    show(row, data.segment);
    return true;
  }
  if (status === 409) renderFindings(row, data.findings);
  row.message.textContent = data.error;
  return false;
}

const save = (row) => send(row, 'save', { target: readRuns(row.target) });
const approve = (row) => send(row, 'approve', row.dirty ? { target: readRuns(row.target) } : {});

function show(row, segment) {
  row.segment = segment;
  row.node.dataset.category = segment.category;
  row.badge.textContent = segment.category;
  row.badge.className = `badge ${segment.category}`;
  row.status.textContent = [segment.state, segment.origin, segment.reviewer && `approved by ${segment.reviewer}`, segment.reviewedAt]
    .filter(Boolean)
    .join(' · ');
  renderRuns(row.target, segment.target ?? [], 'target');
  renderFindings(row, segment.findings);
  renderPalette(row);
  row.message.textContent = '';
  row.notes.replaceChildren(...segment.notes.map((n) => el('li', { text: `${n.category ?? 'note'}: ${n.text}` })));
  row.fuzzy.replaceChildren(
    ...segment.fuzzy.map((match, i) => {
      const diff = el('div', { class: 'diff' });
      for (const part of match.diff) diff.append(part.op === 'same' ? part.text : el('span', { class: part.op, text: part.text }));
      const target = el('div');
      renderRuns(target, match.target, 'target');
      const use = el('button', { type: 'button', text: `Alt+${i + 1} insert (${Math.round(match.similarity * 100)} %)` });
      use.addEventListener('click', () => insertFuzzy(row, i));
      return el('li', {}, use, diff, target);
    }),
  );
  applyFilters();
}

function insertFuzzy(row, index) {
  const match = row.segment.fuzzy[index];
  if (!match) return;
  renderRuns(row.target, match.target, 'target');
  edited(row);
}

function build(segment, index) {
  const source = el('div', { class: 'source', lang: params.source });
  const target = el('div', { class: 'target', contenteditable: 'true', lang: params.locale, 'aria-label': `target of ${segment.id}` });
  const row = {
    segment,
    index,
    dirty: false,
    target,
    badge: el('span'),
    status: el('div', { class: 'meta' }),
    findingsList: el('ul', { class: 'findings' }),
    palette: el('div', { class: 'palette' }),
    message: el('div', { class: 'message', role: 'status' }),
    notes: el('ul', { class: 'notes' }),
    fuzzy: el('ol', { class: 'fuzzy' }),
  };
  renderRuns(source, segment.source, 'source');
  const button = (text, cls, action) => {
    const b = el('button', { type: 'button', class: cls, text });
    b.addEventListener('click', action);
    return b;
  };
  const commentBox = el('input', { class: 'comment-text', placeholder: 'comment', 'aria-label': 'comment' });
  const actions = el(
    'div',
    { class: 'actions' },
    button('Save', 'save', () => save(row)),
    button('Approve', 'approve', () => approve(row)),
    button('Un-approve', 'unapprove', () => send(row, 'unapprove')),
  );
  const commentForm = el('div', {}, commentBox, button('Comment', 'comment', async () => {
    if (await send(row, 'comment', { text: commentBox.value })) commentBox.value = '';
  }));
  row.node = el(
    'section',
    { class: 'segment', id: `s-${segment.id}`, 'data-id': segment.id },
    el('div', { class: 'meta' }, row.badge, el('div', { text: `${segment.kind} ${segment.block}` }), el('div', { text: segment.id }), row.status),
    source,
    el('div', {}, target, row.palette, actions, row.message, row.fuzzy),
    el('div', {}, row.findingsList, row.notes, commentForm),
  );
  target.addEventListener('input', () => edited(row));
  target.addEventListener('focus', () => select(index, false));
  target.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) event.preventDefault();
  });
  target.addEventListener('paste', (event) => {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, ' '));
  });
  show(row, segment);
  return row;
}

function applyFilters() {
  const state = document.getElementById('filter-state').value;
  const qa = document.getElementById('filter-qa').value;
  for (const row of rows) {
    const findings = row.findings ?? [];
    const qaOk = !qa || findings.some((f) => (qa === 'error' ? f.severity === 'error' : f.severity === 'warning'));
    row.node.hidden = (state && row.segment.category !== state) || !qaOk;
  }
}

function select(index, focus = true) {
  const row = rows[index];
  if (!row) return;
  rows[current]?.node.classList.remove('current');
  current = index;
  row.node.classList.add('current');
  if (focus) {
    row.target.focus();
    row.node.scrollIntoView({ block: 'nearest' });
  }
}

function step(direction) {
  for (let i = current + direction; i >= 0 && i < rows.length; i += direction) {
    if (!rows[i].node.hidden) return select(i);
  }
}

document.addEventListener('keydown', async (event) => {
  const row = rows[current];
  if (event.altKey && event.key === 'ArrowDown') step(1);
  else if (event.altKey && event.key === 'ArrowUp') step(-1);
  else if (row && (event.ctrlKey || event.metaKey) && event.key === 'Enter') {
    event.preventDefault();
    if (await approve(row)) step(1);
  } else if (row && (event.ctrlKey || event.metaKey) && event.key === 's') {
    event.preventDefault();
    await save(row);
  } else if (row && event.altKey && /^[1-9]$/.test(event.key)) {
    event.preventDefault();
    insertFuzzy(row, Number(event.key) - 1);
  } else return;
});

document.getElementById('filter-state').addEventListener('change', applyFilters);
document.getElementById('filter-qa').addEventListener('change', applyFilters);

const { ok, data } = await api(`release?${new URLSearchParams(params)}`);
if (!ok) showError(data.error);
else {
  labels = data.labels;
  params.source = data.source;
  document.getElementById('title').textContent = `${data.title ?? data.release} — ${data.source} → ${data.locale} (reviewing as ${data.reviewer})`;
  for (const [index, segment] of data.segments.entries()) rows.push(build(segment, index));
  list.replaceChildren(...rows.map((row) => row.node));
  document.body.dataset.ready = 'true';
  select(0, false);
}
