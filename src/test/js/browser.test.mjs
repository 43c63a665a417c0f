// In Debian's chromium, driven by playwright-core: GraphiQL end to end (opens the UI, runs an example query and reads
// the answer on the page), the SVG chart as a newsroom embeds it, and a page on another origin calling the API. Saves target/graphiql.png and target/chart.png
// as CI artifacts.
// Usage: CARAVAN_URL=http://localhost:8080 node --test browser.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
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

test('The SVG chart renders in the browser, embedded as an image and opened on its own', async () => {
  const series = 'reporter=xinjiang&partner=PK&indicator=TRADE_VALUE&granularity=YEAR';
  const figures = await (await fetch(`${base}/export/statistics.json?${series}`)).json();
  assert.ok(figures.length > 0, 'the series has figures');

  const page = await context.newPage();
  // Embedded the way an article would embed it, in a narrow column and a wide one: it takes each one's width.
  await page.setContent(`<div style="width: 400px"><img id="narrow" src="${base}/export/chart.svg?${series}"></div>
    <div style="width: 1200px"><img id="wide" src="${base}/export/chart.svg?${series}"></div>`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const sizes = await page.evaluate(() => [...document.images].map((img) => img.getBoundingClientRect())
    .map((box) => ({ width: Math.round(box.width), ratio: box.height / box.width })));
  assert.deepEqual(sizes.map((size) => size.width), [400, 1200], 'the chart takes its container\'s width');
  assert.ok(Math.abs(sizes[0].ratio - sizes[1].ratio) < 0.01 && sizes[0].ratio > 0.4, JSON.stringify(sizes));

  // Opened on its own: the browser lays out every point, and the derived one stands apart.
  const response = await page.goto(`${base}/export/chart.svg?${series}`);
  assert.match(response.headers()['content-type'], /^image\/svg\+xml/);
  const drawn = await page.evaluate(() => [...document.querySelectorAll('g.point')].map((point) => {
    const box = point.querySelector('.marker').getBBox();
    return { kind: point.getAttribute('class'), id: point.dataset.statistic, value: Number(point.dataset.value),
      label: point.querySelector('text').textContent, width: box.width, height: box.height };
  }));
  const reported = drawn.filter((point) => point.kind === 'point reported');
  assert.deepEqual(reported.map((point) => point.id).sort(), figures.map((figure) => figure.id).sort());
  for (const point of reported) {
    assert.equal(point.value, figures.find((figure) => figure.id === point.id).value);
    assert.ok(point.width > 0 && point.height > 0, `${point.id} is drawn`);
  }
  const derived = drawn.filter((point) => point.kind === 'point derived');
  const withRate = figures.filter((figure) => figure.reportedGrowthPercent !== null || figure.reportedMultiple !== null);
  assert.equal(derived.length, withRate.length, 'one derived base per reported rate');
  assert.ok(derived.every((point) => point.label.includes('derived')), 'derived points say so');
  // Measured with the browser's own fonts: no two labels overlap.
  const labels = await page.evaluate(() => [...document.querySelectorAll('text.value, text.growth')].map((text) => {
    const box = text.getBBox();
    return { text: text.textContent, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  }));
  assert.ok(labels.length >= reported.length, `${labels.length} labels`);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1)) {
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      assert.ok(!overlap, `"${a.text}" overlaps "${b.text}"`);
    }
  }
  const caption = await page.evaluate(() => [...document.querySelectorAll('.caption')].map((t) => t.textContent).join(' '));
  for (const title of new Set(figures.map((figure) => figure.sourceTitle))) {
    assert.ok(caption.includes(title), `the caption names "${title}"`);
  }
  await page.screenshot({ path: join(artifacts, 'chart.png') });
});

test('a page on another origin reads Caravan with fetch (CORS), without credentials', async () => {
  // A newsroom's page, served from another origin than Caravan's.
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>newsroom</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const answer = await page.evaluate(async (endpoint) => {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ statistic(id: "kashgar-trade-2022") { printedAmount } }' }),
      });
      return { status: response.status, body: await response.json() };
    }, `${base}/graphql`);
    assert.equal(answer.status, 200);
    assert.equal(answer.body.data.statistic.printedAmount, '49.31 billion');
    await page.close();
  } finally {
    server.close();
  }
});

test('the browser keeps a GET answer, revalidates it with its ETag (304), and receives it compressed', async () => {
  const page = await context.newPage();
  await page.goto(`${base}/q/graphql-ui/`);
  // A query no other test asks, long enough to be compressed (over 1 KB).
  const query = `{ statistics(first: 40) { edges { node { id printedAmount browserCacheProbe${Date.now()}: id } } } }`;
  const url = `${base}/graphql?query=${encodeURIComponent(query)}`;
  const seen = await page.evaluate(async (address) => {
    const timing = () => performance.getEntriesByName(address).at(-1);
    const first = await fetch(address);
    const headers = Object.fromEntries(first.headers);
    const body = await first.text();
    const fetched = timing();
    const reused = await fetch(address);
    await reused.text();
    const fromCache = timing();
    const revalidated = await fetch(address, { cache: 'no-cache' });
    const again = await revalidated.text();
    const checked = timing();
    return {
      headers, bodyLength: body.length, sameBody: again === body, status: revalidated.status,
      fetched: { transfer: fetched.transferSize, encoded: fetched.encodedBodySize, decoded: fetched.decodedBodySize },
      fromCache: { transfer: fromCache.transferSize },
      checked: { transfer: checked.transferSize, encoded: checked.encodedBodySize },
    };
  }, url);
  assert.match(seen.headers.etag, /^"[0-9a-f]{32}"$/);
  assert.equal(seen.headers['cache-control'], 'public, max-age=60');
  assert.ok(seen.bodyLength > 1024, `a body of ${seen.bodyLength} characters`);
  // Compressed on the wire: fewer bytes arrived than the answer holds.
  assert.ok(seen.fetched.encoded < seen.fetched.decoded, JSON.stringify(seen.fetched));
  // Reused within max-age: nothing crossed the network.
  assert.equal(seen.fromCache.transfer, 0);
  // Revalidated: only headers crossed the network (a 304), and the page still reads the whole answer.
  assert.equal(seen.status, 200);
  assert.ok(seen.sameBody);
  assert.ok(seen.checked.transfer > 0 && seen.checked.transfer < seen.checked.encoded, JSON.stringify(seen.checked));
});
