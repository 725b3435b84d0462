// A throwaway project folder for end-to-end runs: its own content/, glossary and memory.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkbridge-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export const TINY_GLOSSARY = `version: 1
terms:
  - id: wechat-pay
    type: brand
    forms: { en: WeChat Pay, th: WeChat Pay, zh: 微信支付 }
    status: approved
    note: "Tencent's official Chinese name."
`;

export function collect(): { lines: string[]; log: (line: string) => void } {
  const lines: string[] = [];
  return { lines, log: (line) => lines.push(line) };
}
