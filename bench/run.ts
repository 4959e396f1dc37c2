/**
 * Benchmark runner: `npx tsx bench/run.ts` (or `npm run bench`).
 *
 * Imports every bench/*.bench.ts, calls its `run()`, prints one table and writes .reports/bench.json.
 * Each bench measures ours and a baseline in this same process, so the ratio is meaningful even on a busy
 * machine; absolute numbers are not. Exit code 1 if any goal is missed or a bench throws.
 */

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const reportDir = path.join(benchDir, '..', '.reports');

function format(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Math.abs(x) >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (Math.abs(x) >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(2);
}

function printTable(results: BenchResult[]): void {
  const header = ['bench', 'baseline', 'ours', 'theirs', 'unit', 'ratio', 'goal', 'pass'];
  const rows = results.map((r) => [
    r.name,
    r.baseline,
    format(r.ours),
    format(r.theirs),
    r.unit,
    `${r.ratio.toFixed(2)}×`,
    r.goal,
    r.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: string[]) => cells.map((c, j) => c.padEnd(widths[j])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.ts')).sort();
  const results: BenchResult[] = [];
  let crashed = false;
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(path.join(benchDir, file)).href)) as BenchModule;
      if (typeof mod.run !== 'function') throw new Error('does not export run()');
      results.push(...(await mod.run()));
    } catch (error) {
      crashed = true;
      console.error(`bench ${file} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  printTable(results);
  await mkdir(reportDir, { recursive: true });
  const report = { date: new Date().toISOString(), node: process.version, files, results };
  await writeFile(path.join(reportDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  const failed = results.filter((r) => !r.pass).length;
  console.log(
    `\n${results.length - failed} goals met, ${failed} missed${crashed ? ', some benches crashed' : ''}`,
  );
  if (failed > 0 || crashed) process.exitCode = 1;
}

await main();
