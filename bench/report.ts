// The benchmark's results: one row per phase, the ratios and checks against the targets, the machine; printed as a
// table and written as JSON.
import { cpus, loadavg } from 'node:os';
import { availableParallelism } from 'node:os';
import { median, type Measurement } from './measure.ts';

export interface PhaseResult {
  name: string;
  runs: number;
  /** Median wall seconds. */
  wall: number;
  walls: number[];
  cpu: number | null;
  /** Segments processed per second (segments × locales for silkbridge). */
  segmentsPerSecond: number | null;
  /** Median over the runs of each run's peak RSS, MB. */
  rssMb: number | null;
  /** Highest peak RSS of the runs, MB. */
  rssMaxMb: number | null;
  notes: string;
}

export interface Check {
  name: string;
  value: number | string;
  target: string;
  met: boolean | null;
}

export interface Machine {
  nproc: number;
  cpu: string;
  node: string;
  loadAverage: number[];
}

export function machine(): Machine {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** A phase from its runs; `segments` is what one run processes (segments × locales). */
export function phase(name: string, runs: readonly Measurement[], segments: number | null, notes = ''): PhaseResult {
  const walls = runs.map((run) => run.wall);
  const wall = median(walls);
  const cpus = runs.map((run) => run.cpu).filter((cpu): cpu is number => cpu !== null);
  const rss = runs.map((run) => run.rssMb).filter((mb): mb is number => mb !== null);
  return {
    name,
    runs: runs.length,
    wall: round(wall, 2),
    walls: walls.map((w) => round(w, 2)),
    cpu: cpus.length ? round(median(cpus), 2) : null,
    segmentsPerSecond: segments !== null && wall > 0 ? Math.round(segments / wall) : null,
    rssMb: rss.length ? Math.round(median(rss)) : null,
    rssMaxMb: rss.length ? Math.round(Math.max(...rss)) : null,
    notes,
  };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function formatTable(phases: readonly PhaseResult[], checks: readonly Check[], m: Machine): string {
  const header = ['phase', 'runs', 'wall s (median)', 'cpu s', 'segments/s', 'peak RSS MB (median)', 'notes'];
  const rows = phases.map((p) => [
    p.name,
    String(p.runs),
    p.wall.toFixed(2),
    p.cpu === null ? '–' : p.cpu.toFixed(1),
    p.segmentsPerSecond === null ? '–' : p.segmentsPerSecond.toLocaleString('en-US'),
    p.rssMb === null ? '–' : String(p.rssMb),
    p.notes,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [
    `machine: ${m.nproc} cores (${m.cpu}), Node ${m.node}, load average at start ${m.loadAverage.join(' ')}`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...checks.map((c) => `${c.met === null ? '  ' : c.met ? 'ok' : '!!'} ${c.name}: ${c.value} (target ${c.target})`),
  ];
  return out.join('\n');
}
