// review:import: a file comes back from a CAT tool; every unit is checked before anything is written, a bad file is
// refused whole with each problem named, a good one merges into the memory.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXliff, stringifyXliff, type TmUnit } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';
import { REVIEWER } from '../review/helpers.ts';
import { exchangeHarness, NOW } from './helpers.ts';

const harness = exchangeHarness();
const OFFICE = 'exchange/phuket-office.th.xlf';

/** Changes the units of an exported XLIFF 2 file as a CAT tool would, writing it back. */
async function edit(path: string, change: (units: TmUnit[]) => void): Promise<void> {
  const file = join(harness.project.dir, path);
  const tm = parseXliff(await readFile(file, 'utf8'), path);
  change(tm.units);
  await writeFile(file, stringifyXliff(tm));
}

function unitWith(units: TmUnit[], text: string): TmUnit {
  const unit = units.find((u) => u.source.some((run) => run.type === 'text' && run.value.includes(text)));
  if (!unit) throw new Error(`no unit with "${text}"`);
  return unit;
}

const STAFF: Run[] = [
  { type: 'text', value: 'สำนักงานมี' },
  { type: 'open', id: '1' },
  { type: 'text', value: 'พนักงาน 12 คน' },
  { type: 'close', id: '1' },
  { type: 'text', value: ' และเปิดทำการเวลา 9:00 น.' },
];

async function memoryUnit(text: string): Promise<TmUnit> {
  const path = join(harness.project.dir, 'content/translations/phuket-office/th.xlf');
  return unitWith(parseXliff(await readFile(path, 'utf8'), path).units, text);
}

describe('review:import', () => {
  for (const format of ['xliff2', 'xliff12'] as const) {
    it(`a ${format} export imported unchanged changes nothing`, async () => {
      const before = await harness.project.memory();
      const files = await harness.project.export({ to: ['th', 'zh', 'en'], state: 'all', format });
      expect(files.length).toBeGreaterThanOrEqual(4);
      const { code, lines } = await harness.project.import(files);
      expect(code).toBe(0);
      expect(lines.at(-1)).toMatch(/^review:import: 0 unit\(s\) stored/);
      expect(await harness.project.memory()).toEqual(before);
    });
  }

  it('stores a changed target as reviewed, with the reviewer and the time', async () => {
    await harness.project.export();
    await edit(OFFICE, (units) => {
      unitWith(units, 'The office has').target = STAFF;
    });
    const { code, lines } = await harness.project.import([OFFICE]);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines[0]).toBe(`${OFFICE}: phuket-office th: 1 unit(s) stored, 2 unchanged`);
    const unit = await memoryUnit('The office has');
    expect(unit).toMatchObject({
      target: STAFF,
      state: 'reviewed',
      origin: REVIEWER,
      reviewer: REVIEWER,
      reviewedAt: NOW.toISOString(),
    });
    // The engine targets nobody touched stay engine output, unapproved.
    expect(await memoryUnit('opens a new office')).toMatchObject({ state: 'translated', origin: 'google-emulator' });
  });

  it('--state translated stores the target without approving it', async () => {
    await harness.project.export();
    await edit(OFFICE, (units) => {
      unitWith(units, 'The office has').target = STAFF;
    });
    expect((await harness.project.import([OFFICE], { state: 'translated' })).code).toBe(0);
    const unit = await memoryUnit('The office has');
    expect(unit).toMatchObject({ target: STAFF, state: 'translated', origin: REVIEWER });
    expect(unit.reviewer).toBeUndefined();
  });

  it('approves an unchanged target the file marks reviewed', async () => {
    await harness.project.export();
    await edit(OFFICE, (units) => {
      unitWith(units, 'opens a new office').state = 'reviewed';
    });
    expect((await harness.project.import([OFFICE])).code).toBe(0);
    expect(await memoryUnit('opens a new office')).toMatchObject({
      state: 'reviewed',
      origin: 'google-emulator',
      reviewer: REVIEWER,
    });
  });

  it('refuses the whole file, naming every bad unit, and merges nothing', async () => {
    await harness.project.export({ to: ['th', 'zh'] });
    const before = await harness.project.memory();
    const ids: Record<string, string> = {};
    await edit(OFFICE, (units) => {
      // A good change that must not be merged either.
      unitWith(units, 'The office has').target = STAFF;
    });
    const cup = 'exchange/lotus-cup.th.xlf';
    await edit(cup, (units) => {
      const title = unitWith(units, '赞助莲花杯');
      ids.stale = title.id;
      title.source = title.source.map((run) => (run.type === 'text' ? { ...run, value: '赞助莲花杯决赛' } : run));
      title.target = [...(title.target ?? []), { type: 'text', value: 'ใหม่' }];
      const lead = unitWith(units, '今天宣布');
      ids.lock = lead.id;
      lead.target = (lead.target ?? []).map((run) =>
        run.type === 'lock' ? { type: 'lock', term: 'paylink-qr' } : run,
      );
      const teams = unitWith(units, '比赛共有');
      ids.qa = teams.id;
      teams.target = [{ type: 'text', value: 'การแข่งขันมีทีมเข้าร่วม 15 ทีม' }];
      units.push({ ...teams, id: 'ffffffffffff', target: [{ type: 'text', value: 'มีทีมเข้าร่วม 16 ทีม' }] });
    });
    const zh = 'exchange/phuket-office.zh.xlf';
    await edit(zh, (units) => {
      const staff = unitWith(units, 'The office has');
      ids.code = staff.id;
      staff.target = [{ type: 'text', value: '办公室有12名员工，9:00开门。' }];
    });
    const { code, lines } = await harness.project.import([OFFICE, cup, zh]);
    expect(code).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${cup}: unit ${ids.stale}: stale: its source is not the release’s`)),
        expect.stringMatching(new RegExp(`^${cup}: unit ${ids.lock}: the target invents the locked term paylink-qr`)),
        expect.stringMatching(new RegExp(`^${cup}: unit ${ids.qa}: numbers: .*16`)),
        `${cup}: unit ffffffffffff: unknown unit: lotus-cup has no segment with this id`,
        expect.stringMatching(new RegExp(`^${zh}: unit ${ids.code}: codes: `)),
      ]),
    );
    expect(lines.filter((line) => line.startsWith(OFFICE))).toEqual([]);
    expect(lines.at(-1)).toBe('review:import: 5 problem(s) in 2 file(s); nothing was imported');
    expect(await harness.project.memory()).toEqual(before);
  });

  it('names a lock the translator deleted or typed as text', async () => {
    await harness.project.export();
    let id = '';
    await edit(OFFICE, (units) => {
      const lead = unitWith(units, 'opens a new office');
      id = lead.id;
      lead.target = (lead.target ?? []).map((run) =>
        run.type === 'lock' ? { type: 'text', value: 'ธนาคารสยามโลตัส' } : run,
      );
    });
    const { code, lines } = await harness.project.import([OFFICE]);
    expect(code).toBe(1);
    expect(lines[0]).toMatch(new RegExp(`^${OFFICE}: unit ${id}: locks: `));
  });

  it('calls a unit of a segment the release no longer has stale', async () => {
    await harness.project.export();
    const release = join(harness.project.dir, 'content/releases/phuket-office.md');
    await writeFile(release, (await readFile(release, 'utf8')).replace('today', 'this morning'));
    let id = '';
    await edit(OFFICE, (units) => {
      const lead = unitWith(units, 'opens a new office');
      id = lead.id;
      lead.state = 'reviewed';
    });
    const { code, lines } = await harness.project.import([OFFICE]);
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      `${OFFICE}: unit ${id}: stale: the release no longer has this segment (its source changed since the export)`,
    );
  });
});
