// A JavaScript client (graphql-request) runs every GraphQL example of the README and of docs/ against a running
// Caravan and checks what the documentation says of their answers.
// Usage: CARAVAN_URL=http://localhost:8080 CARAVAN_EDITOR_PASSWORD=... node --test client.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { GraphQLClient, ClientError } from 'graphql-request';

const url = `${process.env.CARAVAN_URL ?? 'http://localhost:8080'}/graphql`;
const docs = new URL('../../../docs/', import.meta.url);
const readme = [readFileSync(new URL('../../../README.md', import.meta.url), 'utf8'),
  ...readdirSync(docs).filter((name) => name.endsWith('.md')).map((name) => readFileSync(new URL(name, docs), 'utf8'))]
  .join('\n');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
const isMutation = (document) => /^\s*mutation\b/m.test(document.replace(/^\s*#.*$/gm, ''));
const reader = new GraphQLClient(url);
const byName = (name) => examples.find((document) => document.includes(`query ${name} `));

test('every query of the documentation answers with data and no errors', async () => {
  const queries = examples.filter((document) => !isMutation(document));
  assert.ok(queries.length >= 6, `the documentation has ${queries.length} example queries`);
  for (const query of queries) {
    const data = await reader.request(query);
    assert.ok(Object.values(data).every((value) => value !== null), `data for\n${query}`);
  }
});

test('the growth example gives what the README says: +296.38%, 16.54% a year over 9 years', async () => {
  const { growth } = await reader.request(byName('GrowthBetweenFigures'));
  assert.equal(growth.percentChange, 296.38);
  assert.equal(growth.cagrPercent, 16.54);
  assert.equal(growth.years, 9);
});

test('the partners example ranks Central Asia first with 48.37%, Pakistan second with 1.19%', async () => {
  const { partners } = await reader.request(byName('XinjiangPartners'));
  assert.deepEqual(partners.slice(0, 2).map((share) => [share.partner.code, share.rank, share.sharePercent]),
    [['central-asia', 1, 48.37], ['PK', 2, 1.19]]);
});

test('the disagreements example finds the inconsistent parts and total', async () => {
  const { consistencyFindings } = await reader.request(byName('Disagreements'));
  assert.ok(consistencyFindings.some((finding) => finding.kind === 'PARTS_AND_TOTAL' && finding.verdict === 'INCONSISTENT'));
  assert.ok(consistencyFindings.some((finding) => finding.verdict === 'AMBIGUOUS'));
});

test('the currency example converts at the rate the article states: about 61.86 billion CNY', async () => {
  const { statistic } = await reader.request(byName('ValueInAnotherCurrency'));
  assert.match(statistic.valueIn.text, /61\.86 billion CNY/);
  assert.equal(statistic.valueIn.derived, true);
});

test('every figure of the Kashgar example carries its citation', async () => {
  const { statistics } = await reader.request(byName('KashgarGrowth'));
  assert.ok(statistics.edges.length > 0);
  for (const { node } of statistics.edges) {
    assert.ok(node.citation.quote.length > 0 && node.citation.source.title.length > 0, node.id);
  }
});

test('an error reaches the client with its stable code', async () => {
  await assert.rejects(reader.request('{ statistic(id: "no-such-statistic") { id } }'), (error) => {
    assert.ok(error instanceof ClientError);
    assert.equal(error.response.errors[0].extensions.code, 'UNKNOWN_STATISTIC');
    return true;
  });
});

test('the README mutation is refused without credentials and recorded for the editor', async () => {
  const mutation = examples.find(isMutation);
  assert.ok(mutation, 'the README shows a mutation');
  await assert.rejects(reader.request(mutation),
    (error) => error.response.errors[0].extensions.code === 'UNAUTHENTICATED');
  const password = process.env.CARAVAN_EDITOR_PASSWORD;
  assert.ok(password, 'CARAVAN_EDITOR_PASSWORD is set for this test');
  const editor = new GraphQLClient(url, {
    headers: { authorization: `Basic ${Buffer.from(`editor:${password}`).toString('base64')}` },
  });
  const { recordStatistic } = await editor.request(mutation);
  assert.equal(recordStatistic.value, 70100000000);
  assert.equal(recordStatistic.revisions[0].author, 'editor');
});
