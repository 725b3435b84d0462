// Benchmark (not a test): match a generated 10,000-entry glossary against 1,000 generated releases with the
// Aho-Corasick matcher, and compare with the naive approach (one RegExp per term).
// Run: npx tsx bench/glossary-match.ts [--entries 10000] [--releases 1000] [--naive-releases 100]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { glossaryOf } from '../pipeline/lock/glossary.ts';
import type { GlossaryTerm, TermType } from '../pipeline/lock/glossary.ts';
import { lintGlossary } from '../pipeline/lock/lint.ts';
import { createMatcher } from '../pipeline/lock/matcher.ts';

const GEN_CORPUS = path.resolve(import.meta.dirname, '../../shared/bench/gen-corpus');

// The brand and people lists of gen-corpus, so the generated releases contain real matches.
const CORPUS_NAMES = [
  'WeChat Pay',
  'Douyin',
  'WeTV',
  'WebNovel',
  'Genshin Impact',
  'Honor of Kings',
  'LINE MAN',
  'BIG C',
  'Tencent Cloud',
  'Hunyuan',
  'Tongyi Qianwen',
  'Charoen Pokphand Group',
  'Chuang Asia',
  'China Literature Group',
  'Fanny Liao',
  'Wang Xiao',
  'Surasit Thanadtang',
  'Yang Xiaolong',
  'Fang Ying',
  'Wu Xuemei',
  'Tencent',
  'WeChat',
  'Bangkok',
  'Shenzhen',
  'Singapore',
  'Hangzhou',
  'Chiang Mai',
];
const PLACES = [
  'Siam',
  'Nanyang',
  'Lanna',
  'Pearl River',
  'Mekong',
  'Golden Lotus',
  'Jade',
  'Andaman',
  'Pacific',
  'Orient',
  'Silk Road',
  'Dragon Gate',
  'Bamboo',
  'Lotus',
  'Chao Phraya',
  'Yangtze',
  'Sukhumvit',
  'Phuket',
  'Hainan',
  'Guangdong',
  'Isan',
  'Rattanakosin',
  'Kowloon',
  'Sathorn',
  'Ratchada',
  'Greater Bay',
  'Zhongshan',
  'Suvarnabhumi',
  'Emerald',
  'Crimson',
];
const NOUNS = [
  'Data',
  'Cloud',
  'Pay',
  'Media',
  'Logistics',
  'Foods',
  'Energy',
  'Capital',
  'Retail',
  'Games',
  'Pictures',
  'Motors',
  'Health',
  'Telecom',
  'Ventures',
  'Software',
  'Networks',
  'Studios',
  'Airlines',
  'Textiles',
  'Robotics',
  'Pharma',
  'Insurance',
  'Properties',
  'Mobility',
  'Semiconductor',
  'Agritech',
  'Payments',
  'Commerce',
  'Learning',
];
const SUFFIXES = [
  'Group',
  'Holdings',
  'Co., Ltd.',
  'Corporation',
  'Public Company Limited',
  'International',
  'Technology',
  'Foundation',
  'Alliance',
  'Partners',
  'Lab',
  'Academy',
  'Institute',
  'Exchange',
  'Association',
];
const GIVEN = [
  'Wei',
  'Xiaoming',
  'Jing',
  'Somchai',
  'Suda',
  'Anan',
  'Lei',
  'Ying',
  'Kittipong',
  'Nattapong',
  'Mei',
  'Hao',
  'Pranee',
  'Jun',
  'Chen',
  'Siriporn',
  'Tao',
  'Wichai',
  'Lan',
  'Qiang',
  'Apinya',
  'Bo',
  'Ratana',
  'Yu',
  'Thanawat',
];
const FAMILY = [
  'Chen',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Sukprasert',
  'Chaiyaporn',
  'Huang',
  'Zhao',
  'Wongsawat',
  'Lin',
  'Rattanakorn',
  'Xu',
  'Srisuk',
  'Zhou',
  'Boonmee',
  'Sun',
  'Ma',
  'Thongchai',
  'Guo',
  'Kaewmanee',
  'He',
  'Luo',
  'Saetang',
];
const SYLLABLES = [
  'Nova',
  'Link',
  'Pay',
  'Verse',
  'Hub',
  'Mate',
  'Go',
  'Flow',
  'Spark',
  'Wave',
  'Byte',
  'Loop',
  'Nest',
  'Pulse',
  'Shift',
  'Bloom',
  'Quest',
  'Vault',
  'Grid',
  'Beam',
];
const THAI = [
  'กา',
  'นา',
  'ริ',
  'สุ',
  'ชัย',
  'พร',
  'วัฒ',
  'ทอง',
  'ศรี',
  'มณี',
  'เทพ',
  'กุล',
  'ภัค',
  'ธนา',
  'วงศ์',
  'สิทธิ์',
  'เจริญ',
  'รัตน์',
];
const HAN = [
  ...'腾讯阿里巴字节跳动华为小米京东美团网易百度新浪金山数据云支付科技集团控股国际传媒文化银行保险能源汽车航空物流医药',
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic glossary of `count` distinct multi-word names with Thai and Chinese forms. */
function generateGlossary(count: number, seed = 20240517): GlossaryTerm[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  const add = (en: string, type: TermType) => {
    if (seen.has(en)) return;
    seen.add(en);
    const n = terms.length;
    const th = Array.from({ length: 2 + (n % 3) }, () => pick(THAI)).join('') + n.toString(36);
    const zh = Array.from({ length: 2 + (n % 4) }, () => pick(HAN)).join('') + n.toString(36);
    terms.push({
      id: `t${n}`,
      type,
      forms: { en, th, zh },
      variants: {},
      caseSensitive: n % 10 !== 0,
      forbidden: {},
      status: 'approved',
      note: 'generated',
      keep: false,
      line: n + 1,
    });
  };
  for (const name of CORPUS_NAMES) add(name, 'brand');
  while (terms.length < count) {
    const kind = random();
    if (kind < 0.45) add(`${pick(PLACES)} ${pick(NOUNS)}${random() < 0.6 ? ` ${pick(SUFFIXES)}` : ''}`, 'organization');
    else if (kind < 0.75) add(`${pick(GIVEN)} ${pick(FAMILY)}`, 'person');
    else if (kind < 0.9)
      add(
        `${pick(SYLLABLES)}${pick(SYLLABLES)}${random() < 0.3 ? ` ${pick(['Pro', 'Max', 'Lite', 'Plus'])}` : ''}`,
        'product',
      );
    else add(`${pick(PLACES)} ${pick(SYLLABLES)} ${pick(NOUNS)}`, 'brand');
  }
  return terms;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1) => n.toFixed(digits);

function report(label: string, ms: number, bytes: number, matches: number, note = ''): void {
  const mb = bytes / MB;
  console.log(
    `${label.padEnd(34)} ${fmt(ms, 0).padStart(9)} ms  ${fmt(mb / (ms / 1000), 2).padStart(8)} MB/s  ${fmt(ms / mb, 1).padStart(10)} ms/MB  ${String(matches).padStart(8)} matches${note}`,
  );
}

function main(): void {
  const values = new Command('glossary-match')
    .description('match a generated glossary against generated releases, Aho-Corasick against one RegExp per term')
    .option('--entries <n>', 'glossary entries to generate', '10000')
    .option('--releases <n>', 'releases to generate (../shared/bench/gen-corpus)', '1000')
    .option('--naive-releases <n>', 'releases the naive matcher is timed on', '100')
    .parse()
    .opts<{ entries: string; releases: string; naiveReleases: string }>();
  const entries = Number(values.entries);
  const releases = Number(values.releases);
  const naiveReleases = Math.min(Number(values.naiveReleases), releases);

  const dir = mkdtempSync(path.join(tmpdir(), 'silkbridge-bench-'));
  try {
    execFileSync('node', [GEN_CORPUS, String(releases), dir], { stdio: 'ignore' });
    const texts = readdirSync(dir)
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const terms = generateGlossary(entries);
    const glossary = glossaryOf(terms, '<generated>');
    console.log(
      `glossary: ${terms.length} entries (${terms.filter((t) => !t.caseSensitive).length} case-insensitive); ` +
        `corpus: ${texts.length} releases, ${fmt(bytes / MB, 2)} MB (gen-corpus ${releases}, seed 20240517)`,
    );
    console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);

    let start = performance.now();
    const match = createMatcher(glossary, 'en');
    const buildMs = performance.now() - start;
    start = performance.now();
    const findings = lintGlossary(glossary);
    const lintMs = performance.now() - start;
    console.log(
      `automaton build: ${fmt(buildMs, 0)} ms; lint of all entries: ${fmt(lintMs, 0)} ms (${findings.length} findings)\n`,
    );

    // First pass warms the JIT (and the per-code-unit tables); the figure is the best of the next three.
    const runAll = () => texts.reduce((n, t) => n + match(t).length, 0);
    let matches = runAll();
    let bestMs = Infinity;
    for (let i = 0; i < 3; i++) {
      start = performance.now();
      matches = runAll();
      bestMs = Math.min(bestMs, performance.now() - start);
    }
    report(`Aho-Corasick, ${texts.length} releases`, bestMs, bytes, matches);

    // Naive: one global RegExp per term with \b, every one run over every text. Too slow for the full corpus,
    // so it runs on the first `naiveReleases` releases and the time is extrapolated by size.
    const subset = texts.slice(0, naiveReleases);
    const subsetBytes = subset.reduce((n, t) => n + Buffer.byteLength(t), 0);
    start = performance.now();
    const regexps = terms.map((t) => new RegExp(`\\b${escapeRegExp(t.forms.en)}\\b`, t.caseSensitive ? 'g' : 'gi'));
    const naiveBuildMs = performance.now() - start;
    start = performance.now();
    let naiveMatches = 0;
    for (const text of subset) {
      for (const re of regexps) {
        re.lastIndex = 0;
        while (re.exec(text) !== null) naiveMatches++;
      }
    }
    const naiveMs = performance.now() - start;
    start = performance.now();
    const acSubsetMatches = subset.reduce((n, t) => n + match(t).length, 0);
    const acSubsetMs = performance.now() - start;
    console.log('');
    report(`Aho-Corasick, ${subset.length} releases`, acSubsetMs, subsetBytes, acSubsetMatches);
    report(
      `naive RegExp/term, ${subset.length} releases`,
      naiveMs,
      subsetBytes,
      naiveMatches,
      ' (all occurrences, overlaps kept)',
    );
    const extrapolated = naiveMs * (bytes / subsetBytes);
    report(
      `naive, ${texts.length} releases (extrapolated)`,
      extrapolated,
      bytes,
      Math.round(naiveMatches * (bytes / subsetBytes)),
      ' (extrapolated by size)',
    );
    console.log(
      `\nnaive RegExp compile: ${fmt(naiveBuildMs, 0)} ms; Aho-Corasick is ${fmt(extrapolated / bestMs, 0)}x faster on the full corpus`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
