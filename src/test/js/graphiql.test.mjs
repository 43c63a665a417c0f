// GraphiQL end to end: Debian's chromium, driven by playwright-core, opens the UI, runs an example query and reads
// the answer on the page. Saves target/graphiql.png as a CI artifact.
// Usage: CARAVAN_URL=http://localhost:8080 node --test graphiql.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.CARAVAN_URL ?? 'http://localhost:8080';
const artifacts = new URL('../../../target/', import.meta.url).pathname;
let userDataDir;
let context;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-gpu', '--no-first-run'],
  });
});

after(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('GraphiQL opens with the example queries as tabs and shows the answer to one', async () => {
  const page = await context.newPage();
  await page.goto(`${base}/q/graphql-ui/`);
  const tabs = page.locator('.graphiql-tab');
  await tabs.first().waitFor({ timeout: 30_000 });
  const names = await tabs.allInnerTexts();
  for (const name of ['KashgarGrowth', 'XinjiangPartners', 'Disagreements']) {
    assert.ok(names.some((text) => text.includes(name)), `a tab named ${name} among ${names}`);
  }

  await tabs.filter({ hasText: 'XinjiangPartners' }).click();
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.result-window');
  try {
    await result.getByText('central-asia').waitFor({ timeout: 30_000 });
  } catch (error) {
    await page.screenshot({ path: join(artifacts, 'graphiql-failure.png') });
    throw error;
  }
  const answer = await result.innerText();
  // What the README says of this query: Central Asia first with 48.37% of the total, Pakistan second.
  assert.match(answer, /"code": "central-asia"/);
  assert.match(answer, /"sharePercent": 48\.37/);
  assert.ok(answer.indexOf('central-asia') < answer.indexOf('"code": "PK"'), 'Central Asia ranks before Pakistan');
  await page.screenshot({ path: join(artifacts, 'graphiql.png') });
});
