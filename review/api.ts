// The review API: JSON in, JSON out, one route per question or edit. Called once the server has checked Host,
// Origin and token. Bad input is a 400 naming what was wrong; an approval QA refuses is a 409 with the findings.
import type { IncomingMessage } from 'node:http';
import { UserError } from '../pipeline/errors.ts';
import {
  ApprovalRefused,
  approve,
  checkTarget,
  comment,
  findSegment,
  parseTargetRuns,
  previewRelease,
  reviewLocale,
  reviewRelease,
  saveTarget,
  summarizeReview,
  targetLocales,
  unapprove,
  type EditTarget,
  type LocaleSummary,
  type ReviewSource,
} from '../pipeline/review/index.ts';
import { glossaryChanges } from './glossary-changes.ts';

export interface ApiResult {
  status: number;
  body: unknown;
}

const MAX_BODY = 1 << 20;

type Edit = (target: EditTarget, body: Record<string, unknown>) => Promise<unknown>;

const EDITS: Record<string, Edit> = {
  save: (target, body) => saveTarget(target, body.target),
  approve: (target, body) => approve(target, body.target),
  unapprove: (target) => unapprove(target),
  comment: (target, body) => comment(target, body.text),
};

export async function handleApi(source: ReviewSource, request: IncomingMessage, url: URL): Promise<ApiResult> {
  try {
    const route = url.pathname.slice('/api/'.length);
    if (request.method === 'GET') return { status: 200, body: await read(source, route, url.searchParams) };
    if (request.method !== 'POST') return { status: 405, body: { error: 'method not allowed' } };
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json'))
      return { status: 415, body: { error: 'send application/json' } };
    const body = await readJson(request);
    if (route === 'check') return { status: 200, body: await check(source, body) };
    const edit = EDITS[route];
    if (!edit) return { status: 404, body: { error: `no API route ${route}` } };
    const target = await editTarget(source, body);
    await edit(target, body);
    // The segment as stored, read back as the page will read it on reload.
    const context = await source.context();
    const review = await reviewRelease(context, target.release, target.file, target.locale);
    return { status: 200, body: { segment: review.segments.find((s) => s.id === target.segment) } };
  } catch (error) {
    if (error instanceof ApprovalRefused)
      return { status: 409, body: { error: error.message, findings: error.findings } };
    if (error instanceof UserError) return { status: 400, body: { error: error.message } };
    throw error;
  }
}

async function read(source: ReviewSource, route: string, params: URLSearchParams): Promise<unknown> {
  if (route === 'releases') {
    const context = await source.context();
    const out: LocaleSummary[] = [];
    for (const { prepared, file } of await source.releases(context.glossary)) {
      for (const locale of targetLocales(prepared))
        out.push(summarizeReview(await reviewRelease(context, prepared, file, locale)));
    }
    return { reviewer: source.options.reviewer, releases: out };
  }
  if (route === 'release' || route === 'preview') {
    const context = await source.context();
    const { prepared, file } = await source.release(context.glossary, param(params, 'release'));
    const locale = reviewLocale(prepared, param(params, 'locale'));
    const review = await reviewRelease(context, prepared, file, locale);
    if (route === 'release') return { reviewer: source.options.reviewer, ...review };
    return previewRelease(source.options, context.glossary, prepared, review, locale);
  }
  if (route === 'glossary') return glossaryChanges(source.options, params.get('base') || 'HEAD');
  throw new UserError(`no API route ${route}`);
}

function param(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw new UserError(`missing parameter ${name}`);
  return value;
}

function field(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new UserError(`missing field ${name}`);
  return value;
}

async function editTarget(source: ReviewSource, body: Record<string, unknown>): Promise<EditTarget> {
  const context = await source.context();
  const { prepared, file } = await source.release(context.glossary, field(body, 'release'));
  return {
    context,
    options: source.options,
    release: prepared,
    file,
    locale: reviewLocale(prepared, field(body, 'locale')),
    segment: field(body, 'segment'),
  };
}

/** QA of a target being typed: nothing is written. */
async function check(source: ReviewSource, body: Record<string, unknown>): Promise<unknown> {
  const target = await editTarget(source, body);
  const segment = findSegment(target.release, target.segment);
  const runs = parseTargetRuns(segment, body.target);
  const origin = typeof body.origin === 'string' ? body.origin : source.options.reviewer;
  const findings = checkTarget(target.context.glossary, target.release, target.locale, segment, { runs, origin });
  return { findings };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new UserError(`request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new UserError('request body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UserError('request body must be a JSON object');
  return value as Record<string, unknown>;
}
