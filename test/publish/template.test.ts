import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createTemplates,
  formatDate,
  loadTemplates,
  resourceKeys,
  TEMPLATE_KEYS,
  templateFile,
  TemplateError,
} from '../../pipeline/publish/template.ts';
import { LOCALES } from '../../pipeline/types.ts';
import { TEMPLATES } from './helpers.ts';

async function resource(locale: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(TEMPLATES, locale, 'release.json'), 'utf8')) as Record<string, unknown>;
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [];
}

describe('locales/<lng>/release.json', () => {
  it('has exactly the same keys in th, en and zh, and they are the keys a release uses', async () => {
    const keys = await Promise.all(LOCALES.map(async (locale) => resourceKeys(await resource(locale))));
    for (const list of keys) expect(list).toEqual([...TEMPLATE_KEYS].sort());
  });

  it('has no English in the Thai and Chinese files', async () => {
    for (const locale of ['th', 'zh']) {
      const text = leaves(await resource(locale))
        .join('\n')
        .replace(/\{\{\w+\}\}/g, '');
      expect(text, locale).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('dates', () => {
  it('formats a front-matter date per locale: Buddhist era in Thai', () => {
    expect(formatDate('2025-11-27', 'th')).toBe('27 พฤศจิกายน 2568');
    expect(formatDate('2025-11-27', 'zh')).toBe('2025年11月27日');
    expect(formatDate('2025-11-27', 'en')).toBe('November 27, 2025');
  });

  it('prints the day written, whatever the time zone: the first of January stays in its year', () => {
    expect(formatDate('2026-01-01', 'th')).toBe('1 มกราคม 2569');
    expect(formatDate(new Date(Date.UTC(2026, 0, 1)), 'en')).toBe('January 1, 2026');
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatDate('2025-02-30', 'en')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('27/11/2025', 'th')).toThrow(/YYYY-MM-DD/);
  });
});

describe('templates', () => {
  it('fills the dateline and labels per locale', async () => {
    const t = await loadTemplates(TEMPLATES);
    expect(t.t('th', 'dateline.withPlace', { place: 'กรุงเทพฯ', date: formatDate('2025-11-27', 'th') })).toBe(
      'กรุงเทพฯ – 27 พฤศจิกายน 2568',
    );
    expect(t.t('zh', 'dateline.withPlace', { place: '曼谷', date: formatDate('2025-11-27', 'zh') })).toBe(
      '曼谷，2025年11月27日',
    );
    expect(t.t('en', 'contact.heading')).toBe('Media contact');
    expect(t.t('zh', 'format.space')).toBe('');
  });

  it('fails naming the locale and key when a key is missing, instead of falling back to English', async () => {
    const en = await resource('en');
    const th = structuredClone(await resource('th')) as { contact: Record<string, string> };
    delete th.contact.email;
    let error: unknown;
    try {
      createTemplates({ en, th, zh: await resource('zh') });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ locale: 'th', key: 'contact.email' });
  });

  it('fails when a locale file on disk lacks a key, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'silkbridge-templates-'));
    try {
      for (const locale of LOCALES) {
        const data = await resource(locale);
        if (locale === 'zh') delete (data.release as Record<string, string>).id;
        await mkdir(join(dir, locale));
        await writeFile(templateFile(dir, locale), JSON.stringify(data));
      }
      await expect(loadTemplates(dir)).rejects.toThrow(
        `${templateFile(dir, 'zh')}: template key "release.id" is missing in locale zh`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails on a key nobody declared and on a value a template needs but was not given', async () => {
    const t = await loadTemplates(TEMPLATES);
    expect(() => t.t('th', 'contact.phone' as never)).toThrow(TemplateError);
    expect(() => t.t('th', 'dateline.withPlace', { date: '1' })).toThrow(/needs a value for \{\{place\}\}/);
  });
});
