/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** Debian's chromium; CI installs it and sets STYRDOK_REQUIRE_CHROMIUM so that its absence fails there. */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const required = process.env.STYRDOK_REQUIRE_CHROMIUM === '1';

describe('styrdok report', () => {
  it('writes one self-contained page', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-report-'));
    const db = path.join(dir, 'styrdok.sqlite');
    const cli = path.resolve('dist/src/cli/main.js');
    // Södertälje's plan twice (transcript and text): the report counts it once and says what it left out.
    const files = ['corpus/002_13546d3bc8be6ca0.txt', 'corpus/003_36680a2d90dc5608.txt', 'corpus/000_94b9c640f4283b09.txt', 'corpus/001_03ae7981294d9ca5.txt'];
    expect(spawnSync(process.execPath, [cli, 'ingest', ...files, '--db', db]).status).toBe(0);
    expect(spawnSync(process.execPath, [cli, 'report', '--out', path.join(dir, 'report.html'), '--db', db]).status).toBe(0);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\/(?!www\.w3\.org)/);
    expect(html).toContain('<svg');
    expect(html).toMatch(/Utelämnat ur siffrorna:<\/p><ul><li>inte den aktuella versionen av sin plan: 1 dokument, 5[89] aktiviteter<\/li>/);
    expect(html).toMatch(/<p>(\d+) aktiviteter i 3 dokument från 3 kommuner/);
  });

  it.skipIf(!CHROMIUM && !required)(`renders its charts and filters its table in headless Chromium${CHROMIUM ? '' : ' (skipped: apt-get install chromium)'}`, async () => {
    expect(CHROMIUM, 'Debian chromium is required here: apt-get install chromium').toBeTruthy();
    const dir = mkdtempSync(path.join(tmpdir(), 'styrdok-report-'));
    const db = path.join(dir, 'styrdok.sqlite');
    const cli = path.resolve('dist/src/cli/main.js');
    expect(spawnSync(process.execPath, [cli, 'ingest', 'corpus', '--db', db]).status).toBe(0);
    const file = path.join(dir, 'report.html');
    expect(spawnSync(process.execPath, [cli, 'report', '--out', file, '--db', db]).status).toBe(0);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      // Bars: one per municipality with activities, segments coloured by status.
      expect(await page.locator('#status g.bar').count()).toBeGreaterThanOrEqual(5);
      const tabySegments = await page.locator('#status g.bar[data-municipality="0160"] rect.segment').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-status'), Number(r.getAttribute('width'))]));
      expect(tabySegments.map(([s]) => s)).toEqual(expect.arrayContaining(['done', 'ongoing', 'started', 'not_started']));
      expect((await page.locator('#status svg').boundingBox())!.height).toBeGreaterThan(100);
      // Heatmap: the skills column is shaded for Täby and Södertälje.
      const skills = await page.locator('#themes tr', { hasText: 'Täby' }).locator('td[data-theme="skills"]').getAttribute('data-activities');
      expect(Number(skills)).toBeGreaterThan(0);
      // The table filters by municipality, theme and words.
      const all = await page.locator('#activities tbody tr').count();
      await page.selectOption('#fm', '0160');
      const taby = await page.locator('#activities tbody tr:not([hidden])').count();
      expect(taby).toBe(29);
      await page.selectOption('#ft', 'procurement');
      expect(await page.locator('#activities tbody tr:not([hidden])').count()).toBeLessThan(taby);
      await page.selectOption('#ft', '');
      await page.fill('#q', 'upphandlingar');
      expect(await page.locator('#shown').textContent()).toMatch(new RegExp(`^[1-9] av ${all} aktiviteter$`));
      const link = await page.locator('#activities tbody tr:not([hidden]) a').first().getAttribute('href');
      expect(link).toMatch(/^file:\/\/.*002_13546d3bc8be6ca0\.txt$/);
      // A screenshot with the charts in it: not blank, and it holds the status colours.
      await page.fill('#q', '');
      await page.selectOption('#fm', '');
      // The charts stand at the top of the page; the filters above scrolled it down to the table.
      await page.evaluate(() => window.scrollTo(0, 0));
      const shot = await page.screenshot({ path: path.join(dir, 'report.png'), fullPage: false });
      expect(shot.length).toBeGreaterThan(30_000);
      const colours = await page.evaluate(async (png) => {
        const img = new Image();
        img.src = `data:image/png;base64,${png}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        const seen = new Set<string>();
        for (let i = 0; i < data.length; i += 4 * 7) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
        return [...seen];
      }, shot.toString('base64'));
      expect(colours).toContain('46,125,50');
      expect(colours.length).toBeGreaterThan(20);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
