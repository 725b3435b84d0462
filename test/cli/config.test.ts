// silkbridge.config.yaml: validated with file and line, relative paths taken from the file's folder, credentials
// refused; the command line overrides it and --config reads another file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configValue, googleEnv, loadConfig } from '../../scripts/config.ts';
import { parseConfig } from '../../scripts/config-check.ts';
import { REPO, runCommand } from './run-cli.ts';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const parse = (text: string) => parseConfig(text, 'silkbridge.config.yaml', '/p', '/p');

describe('config file', () => {
  it('reads every setting, paths relative to the file, the provider list as a chain', () => {
    const config = parseConfig(
      'input: releases\nlocales: [th, zh]\nglossary: g.yaml\nmemory: tm\nout: o\ndist: d\nprovider: [memory, google]\ngoogle: { project: p1, location: global }\nbaseUrl: https://press.example.com/\n',
      'conf/silkbridge.config.yaml',
      '/p',
      '/p/conf',
    );
    expect(config).toEqual({
      file: 'conf/silkbridge.config.yaml',
      input: 'conf/releases',
      locales: ['th', 'zh'],
      glossary: 'conf/g.yaml',
      memory: 'conf/tm',
      out: 'conf/o',
      dist: 'conf/d',
      provider: 'memory,google',
      google: { project: 'p1', location: 'global' },
      baseUrl: 'https://press.example.com/',
    });
    expect(configValue(config, 'publish', 'out')).toBe('conf/d');
    expect(configValue(config, 'localize', 'out')).toBe('conf/o');
    expect(configValue(config, 'qa', 'to')).toEqual(['th', 'zh']);
  });

  it('names file and line of an unknown locale', () => {
    expect(() => parse('input: content\nlocales:\n  - th\n  - fr\n')).toThrow(
      /^silkbridge\.config\.yaml:4: locales\.1: /,
    );
  });

  it('names file and line of an unknown key, with the keys it knows', () => {
    expect(() => parse('input: content\n\noutput: x\n')).toThrow(
      /^silkbridge\.config\.yaml:3: unknown key "output"; expected one of input, locales, glossary/,
    );
  });

  it('refuses credentials, saying where they go, without echoing them', () => {
    let message = '';
    try {
      parse('google:\n  project: p\n  credentials: "-----BEGIN PRIVATE KEY-----SECRET"\n');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /^silkbridge\.config\.yaml:3: unknown key "google\.credentials"; credentials are never read/,
    );
    expect(message).toContain('GOOGLE_APPLICATION_CREDENTIALS');
    expect(message).not.toContain('SECRET');
  });

  it('names the line of broken YAML and of a bad URL', () => {
    expect(() => parse('input: [a\nlocales: th\n')).toThrow(/^silkbridge\.config\.yaml:\d: invalid YAML: /);
    expect(() => parse('input: a\nbaseUrl: ftp://x\n')).toThrow(
      /^silkbridge\.config\.yaml:2: baseUrl: expected an absolute http/,
    );
  });

  it('fills Google settings only where the environment has none', () => {
    const config = parse('google: { project: from-config, location: europe-west1 }\n');
    expect(googleEnv(config, {})).toEqual({
      GOOGLE_CLOUD_PROJECT: 'from-config',
      GOOGLE_CLOUD_LOCATION: 'europe-west1',
    });
    expect(googleEnv(config, { GOOGLE_CLOUD_PROJECT: 'env' })).toEqual({ GOOGLE_CLOUD_LOCATION: 'europe-west1' });
  });

  it('the committed project config states the defaults and loads clean', async () => {
    const config = await loadConfig(REPO);
    expect(config).toMatchObject({
      input: 'content/releases',
      locales: ['th', 'zh', 'en'],
      glossary: 'content/glossary.yaml',
      memory: 'content/translations',
      out: 'out',
      dist: 'dist',
    });
    expect(config.provider).toBeUndefined();
    expect(readFileSync(join(REPO, 'silkbridge.config.yaml'), 'utf8')).not.toMatch(/^\s*credentials/m);
  });

  it('reads a config checked before back from the cache, and checks it again once its bytes change', async () => {
    const dir = tempProject({ 'silkbridge.config.yaml': 'input: docs\nlocales: [th]\n' });
    const env = { SILKBRIDGE_CACHE_DIR: join(dir, 'cache') };
    expect(await loadConfig(dir, undefined, env)).toEqual(
      await loadConfig(dir, undefined, { SILKBRIDGE_CACHE_DIR: 'off' }),
    );
    // Marked in the cache: the next load must come from it, not from checking the file.
    const name = readdirSync(join(dir, 'cache')).find((n) => n.startsWith('config-')) ?? '';
    const entry = JSON.parse(readFileSync(join(dir, 'cache', name), 'utf8')) as { value: { input: string } };
    entry.value.input = 'from-the-cache';
    writeFileSync(join(dir, 'cache', name), JSON.stringify(entry));
    expect((await loadConfig(dir, undefined, env)).input).toBe('from-the-cache');
    writeFileSync(join(dir, 'silkbridge.config.yaml'), 'input: docs\nlocales: [th, fr]\n');
    await expect(loadConfig(dir, undefined, env)).rejects.toThrow(/^silkbridge\.config\.yaml:2: locales\.1: /);
    // Never kept with an error: the next load reports it again.
    await expect(loadConfig(dir, undefined, env)).rejects.toThrow(/^silkbridge\.config\.yaml:2: locales\.1: /);
    writeFileSync(join(dir, 'silkbridge.config.yaml'), 'input: pages\nlocales: [th]\n');
    expect((await loadConfig(dir, undefined, env)).input).toBe('pages');
  });

  it('a command takes its paths from the config, and the command line overrides them', async () => {
    const dir = tempProject({
      'silkbridge.config.yaml': 'input: docs\nlocales: [th]\nglossary: terms.yaml\nout: build\n',
      'terms.yaml': TINY_GLOSSARY,
      'docs/a.md': '---\nlang: en\n---\n\nPay with WeChat Pay.\n',
    });
    const fromConfig = await runCommand(dir, 'localize', '--provider', 'identity');
    expect(fromConfig.status, fromConfig.stderr).toBe(0);
    expect(fromConfig.stderr).toContain('build/th/a.md');
    const overridden = await runCommand(dir, 'localize', '--provider', 'identity', '--out', 'elsewhere', '--to', 'zh');
    expect(overridden.status, overridden.stderr).toBe(0);
    expect(overridden.stderr).toContain('elsewhere/zh/a.md');
    expect(overridden.stderr).not.toContain('th/a.md');
  });

  it('a bad config stops every command with file and line, exit 1', async () => {
    const dir = tempProject({ 'other.yaml': 'locales: [th]\nprovider: deepl\n' });
    const result = await runCommand(dir, 'glossary:lint', '--config', 'other.yaml');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^silkbridge: other\.yaml:2: provider: .*\n$/);
  });
});
