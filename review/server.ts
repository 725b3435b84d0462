// `npm run review`: the review page's HTTP server. Binds 127.0.0.1 only; the API needs the token printed at start
// (a header, so no other site can send it), a Host naming this server (no DNS rebinding) and, from a browser, an
// Origin of this server (no cross-site POST). Pages are static files with no inline script, under a strict CSP;
// the logic is in pipeline/review.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { UserError } from '../pipeline/errors.ts';
import { createReviewSource, type ReviewOptions } from '../pipeline/review/index.ts';
import { handleApi } from './api.ts';

export interface ReviewServerOptions extends ReviewOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where unexpected errors are logged (stderr by default). */
  logError?: (line: string) => void;
}

export interface ReviewServer {
  port: number;
  token: string;
  /** The page to open, the token in its fragment (never sent to a server, never in a Referer). */
  url: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-review-token';
const HOST = '127.0.0.1';
const STATIC_DIR = join(import.meta.dirname, 'static');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const token = randomBytes(24).toString('base64url');
  const source = createReviewSource(options);
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Only the files shipped in static/ are served: a request path is looked up, never joined.
  const files = new Set(await readdir(STATIC_DIR));
  let port = 0;
  const server = createServer((request, response) => {
    setSecurityHeaders(response);
    handle(request, response).catch((error: unknown) => {
      logError(
        `review: internal error on ${request.method} ${request.url}\n${(error as Error).stack ?? String(error)}`,
      );
      if (!response.headersSent) send(response, 500, { error: 'internal error; see the server log' });
      else response.end();
    });
  });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const refused = refusal(request, port, token);
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    if (refused && (refused.status !== 401 || url.pathname.startsWith('/api/'))) {
      return send(response, refused.status, { error: refused.message });
    }
    if (url.pathname.startsWith('/api/')) {
      const result = await handleApi(source, request, url);
      return send(response, result.status, result.body);
    }
    if (request.method !== 'GET') return send(response, 405, { error: 'method not allowed' });
    const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    if (!files.has(name) || !TYPES[extname(name)]) return send(response, 404, { error: 'not found' });
    response.writeHead(200, { 'content-type': TYPES[extname(name)] as string });
    response.end(await readFile(join(STATIC_DIR, name)));
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' ? new UserError(`port ${options.port} is in use; pass another --port`) : error,
      ),
    );
    server.listen(options.port, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://${HOST}:${port}/#token=${token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('content-security-policy', CSP);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cache-control', 'no-store');
  response.setHeader('cross-origin-resource-policy', 'same-origin');
}

/**
 * Why a request is refused, or undefined. Pages need a good Host only (they hold no data); the API also needs the
 * token, and a browser's Origin or Fetch-Site must be this server.
 */
export function refusal(
  request: IncomingMessage,
  port: number,
  token: string,
): { status: number; message: string } | undefined {
  const allowed = [`${HOST}:${port}`, `localhost:${port}`];
  if (!allowed.includes(request.headers.host ?? ''))
    return { status: 421, message: `Host must be ${allowed[0]} (found ${JSON.stringify(request.headers.host ?? '')})` };
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.map((host) => `http://${host}`).includes(origin))
    return { status: 403, message: `requests from ${origin} are not accepted` };
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { status: 403, message: `cross-site requests are not accepted (${site})` };
  const given = request.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token))
    return { status: 401, message: `missing or wrong ${TOKEN_HEADER}: open the URL the review server printed` };
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
