// The review page (/review) in Debian's chromium, driven by playwright-core: an editor pastes an article, checks the
// proposed figures, rejects one, adds one the extractor's proposal did not cover by selecting its words, fails a save
// (nothing is stored), then saves, and saves again (the figures are flagged as stored, not recorded twice).
// Saves target/review.png as a CI artifact.
// Usage: CARAVAN_URL=http://localhost:8080 CARAVAN_EDITOR_PASSWORD=... node --test review.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.CARAVAN_URL ?? 'http://localhost:8080';
const password = process.env.CARAVAN_EDITOR_PASSWORD;
const artifacts = new URL('../../../target/', import.meta.url).pathname;
const stamp = Date.now().toString(36);
// Three sentences of https://news.cgtn.com/news/2024-01-06/China-s-Khorgos-Port-handles-7-762-China-Europe-freight-trains-in-2023-1q9lFFYMCPK/share_amp.html
const TEXT = 'The Khorgos Port, a border port in northwest China\'s Xinjiang Uygur Autonomous Region, handled a record'
  + ' high of 7,762 China-Europe freight trains in 2023, up 9.8 percent year on year. The port has seen over 33,000'
  + ' China-Europe freight trains pass through it since it served the first freight train in 2016. The Khorgos Port'
  + ' now serves as a transit point for 80 China-Europe freight train transport routes, linking 45 cities in 18'
  + ' countries.';
const SOURCE_ID = `cgtn-khorgos-trains-2023-${stamp}`;
let userDataDir;
let context;

async function graphql(query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json',
      Authorization: 'Basic ' + Buffer.from(`editor:${password}`).toString('base64') },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

async function storedFigures() {
  const body = await graphql('{ statistics(first: 0, filter: {includeRetracted: true}) { totalCount } }');
  return body.data.statistics.totalCount;
}

before(async () => {
  assert.ok(password, 'CARAVAN_EDITOR_PASSWORD names the editor password the service runs with');
  mkdirSync(artifacts, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'caravan-review-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    httpCredentials: { username: 'editor', password },
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-gpu', '--no-first-run'],
  });
});

after(async () => {
  await context?.close();
  rmSync(userDataDir, { recursive: true, force: true });
});

test('the review page asks for an editor\'s login', async () => {
  const anonymous = await fetch(`${base}/review`);
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.headers.get('www-authenticate') ?? '', /basic/i);
});

test('an editor reviews an article\'s figures and saves them once, all or nothing', async () => {
  const page = await context.newPage();
  const response = await page.goto(`${base}/review`);
  assert.equal(response.status(), 200, 'the browser answered the login challenge');
  await page.fill('#title', 'China\'s Khorgos Port handles record high of 7,762 China-Europe freight trains in 2023');
  await page.fill('#outlet', 'CGTN');
  await page.fill('#url', `https://news.cgtn.com/news/2024-01-06/China-s-Khorgos-Port-1q9lFFYMCPK/share_amp.html#${stamp}`);
  await page.fill('#publishedOn', '2024-01-06');
  await page.fill('#sourceId', SOURCE_ID);
  await page.fill('#text', TEXT);
  await page.click('#extract');

  const cards = page.locator('.proposal');
  await cards.first().waitFor({ timeout: 30_000 });
  // 7,762 trains, over 33,000 trains, 80 routes, 45 cities, 18 countries: five figures, each marked in the text
  assert.equal(await cards.count(), 5);
  assert.deepEqual(await page.locator('#article mark').allInnerTexts(), ['7,762', '33,000', '80', '45', '18']);
  const first = cards.nth(0);
  assert.equal(await first.locator('[name=printedAmount]').inputValue(), '7762');
  assert.equal(await first.locator('[name=growthPercent]').inputValue(), '9.8');
  assert.equal(await first.locator('[name=period]').inputValue(), '2023');
  assert.equal(await first.locator('[name=reporter]').inputValue(), 'khorgos');
  assert.equal(await first.locator('[name=indicator]').inputValue(), 'FREIGHT_TRAIN_COUNT');
  assert.equal(await cards.nth(1).locator('[name=qualifier]').inputValue(), 'MORE_THAN');

  // Accept three, reject "45 cities" and add it back from a selection of its words, with a description of our own.
  for (const i of [0, 1, 2, 4]) {
    await cards.nth(i).locator('.accept').click();
  }
  await cards.nth(3).locator('.reject').click();
  await page.fill('#proposal-0 [name=description]', 'China-Europe freight trains handled at Khorgos Port');
  await page.evaluate(() => {
    const mark = [...document.querySelectorAll('#article mark')].find((m) => m.textContent === '45');
    const range = document.createRange();
    range.selectNodeContents(mark);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.locator('#add-selection:not([disabled])').click();
  assert.equal(await cards.count(), 6);
  const added = cards.nth(5);
  assert.equal(await added.locator('[name=printedAmount]').inputValue(), '45');
  assert.match(await added.locator('[name=quote]').inputValue(), /^The Khorgos Port now serves .* 18 countries\.$/);
  await added.locator('[name=indicator]').selectOption('OTHER_COUNT');
  await added.locator('[name=unit]').selectOption('COUNT');
  await added.locator('[name=reporter]').selectOption('khorgos');
  await added.locator('[name=subject]').fill('cities linked by the routes');
  await added.locator('[name=description]').fill('Cities linked by the China-Europe routes through Khorgos Port');

  // A save that fails on one figure (a period Caravan cannot read) stores nothing, and shows which figure failed.
  const before = await storedFigures();
  await cards.nth(2).locator('[name=period]').fill('lately');
  await page.click('#save');
  await page.locator('#error:not([hidden])').waitFor();
  assert.match(await page.locator('#error').innerText(), /Nothing was saved\. INVALID_PERIOD: .*\(statistics\[2\]\.period\)/);
  assert.ok(await cards.nth(2).evaluate((li) => li.classList.contains('failed')));
  assert.equal(await storedFigures(), before);
  const none = await graphql('query($id: ID!) { node(id: $id) { id } }', { id: SOURCE_ID });
  assert.equal(none.data.node, null, 'the article is not stored either');

  await cards.nth(2).locator('[name=period]').fill('');
  await page.click('#save');
  await page.locator('#result:not([hidden])').waitFor();
  assert.equal(await page.locator('#recorded li').count(), 5);
  assert.equal(await storedFigures(), before + 5);
  const stored = await graphql(`query($source: String) { statistics(first: 10, filter: {source: $source}) {
    edges { node { printedAmount indicator description reporter { code } citation { quote }
      revisions { action author } } } } }`, { source: SOURCE_ID });
  const nodes = stored.data.statistics.edges.map((e) => e.node);
  assert.deepEqual(nodes.map((n) => n.printedAmount).sort(), ['18', '33000', '45', '7762', '80']);
  const trains = nodes.find((n) => n.printedAmount === '7762');
  assert.equal(trains.description, 'China-Europe freight trains handled at Khorgos Port');
  assert.equal(trains.citation.quote, TEXT.slice(0, TEXT.indexOf('year on year.') + 'year on year.'.length));
  assert.deepEqual(trains.revisions.map((r) => [r.action, r.author]), [['RECORDED', 'editor']]);
  await page.screenshot({ path: join(artifacts, 'review.png'), fullPage: true });

  // Saving the same figures again records none of them twice.
  await page.click('#save');
  await page.locator('#already-stored li').first().waitFor();
  assert.equal(await page.locator('#already-stored li').count(), 5);
  assert.equal(await page.locator('#recorded li').count(), 0);
  assert.equal(await storedFigures(), before + 5);
});
