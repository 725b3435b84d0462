// Shared by every page: the session token (from the URL fragment the server printed) and JSON calls to the API.
// Text from the server is only ever set as textContent, never parsed as HTML.
const hash = new URLSearchParams(location.hash.slice(1));
if (hash.get('token')) {
  sessionStorage.setItem('review-token', hash.get('token'));
  history.replaceState(null, '', location.pathname + location.search);
}
export const token = sessionStorage.getItem('review-token') ?? '';

export async function api(path, body) {
  const init = { headers: { 'x-review-token': token } };
  if (body !== undefined) {
    init.method = 'POST';
    init.headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`/api/${path}`, init);
  const data = await response.json();
  return { ok: response.ok, status: response.status, data };
}

/** An element with text content (never HTML) and attributes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined) node.append(child);
  return node;
}

/** A link to another page of the review, carrying the token in its fragment. */
export function pageHref(page, params) {
  return `/${page}?${new URLSearchParams(params)}#token=${encodeURIComponent(token)}`;
}

export function showError(message) {
  const box = document.getElementById('error');
  if (box) box.textContent = message;
}
