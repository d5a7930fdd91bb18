import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = 'node_modules/lighthouse/cli/index.js';
const CHROMIUM = '/usr/bin/chromium';

export type LighthouseScores = { performance: number; accessibility: number; bestPractices: number; seo: number };

/** Lighthouse 12's default (mobile) run of one URL in Debian's Chromium; scores 0–100. */
export function lighthouse(url: string): Promise<LighthouseScores> {
  return new Promise((resolve, reject) => {
    const args = [
      CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'
    ];
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited with ${code}: ${stderr.slice(-2000)}`));
      const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }> };
      const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
      resolve({ performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
    });
  });
}
