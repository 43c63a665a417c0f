// Subscriptions over the graphql-transport-ws protocol with the graphql-ws client: statisticRecorded and
// meetingRecorded announce what editors record, once it is committed, to every subscriber.
// Usage: CARAVAN_URL=http://localhost:8080 CARAVAN_EDITOR_PASSWORD=... node --test subscriptions.test.mjs
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const base = process.env.CARAVAN_URL ?? 'http://localhost:8080';
const password = process.env.CARAVAN_EDITOR_PASSWORD;
const clients = [];

function subscriber() {
  const client = createClient({ url: `${base.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false });
  clients.push(client);
  return client;
}

/** Subscribes and collects the events; resolves `acknowledged` once the server has taken the subscription. */
function subscribe(client, query) {
  const events = [];
  const errors = [];
  const waiters = [];
  client.subscribe({ query }, {
    next: (event) => { events.push(event); waiters.splice(0).forEach((wake) => wake()); },
    error: (error) => { errors.push(error); waiters.splice(0).forEach((wake) => wake()); },
    complete: () => {},
  });
  const until = async (count, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (events.length < count && errors.length === 0 && Date.now() < deadline) {
      await new Promise((wake) => { waiters.push(wake); setTimeout(wake, 200); });
    }
    assert.deepEqual(errors, [], 'no subscription error');
    return events;
  };
  return { events, until };
}

async function write(document, variables, credentials = true) {
  const headers = { 'content-type': 'application/json' };
  if (credentials) headers.authorization = `Basic ${Buffer.from(`editor:${password}`).toString('base64')}`;
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: document, variables }) });
  return response.json();
}

const RECORD_STATISTIC = `mutation($input: StatisticInput!) { recordStatistic(input: $input) { id } }`;
const statistic = (id, amount) => ({
  id, indicator: 'TRADE_VALUE', description: 'A test figure', reporter: 'kashgar', flow: 'TOTAL', period: '2031',
  amount, unit: 'CNY', qualifier: 'ABOUT', source: 'kashgar-cashes-in-2023', quote: 'a test excerpt',
});

after(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
});

test('every subscriber gets each recorded figure, with its qualifier and citation, and nothing else', async () => {
  const query = `subscription { statisticRecorded { id value printedAmount qualifier
      reporter { code } citation { quote source { title } } revisions { action author } } }`;
  const first = subscribe(subscriber(), query);
  const second = subscribe(subscriber(), query);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // both subscriptions are registered

  // Refused writes are never announced: no credentials, then a figure without its source.
  const refused = await write(RECORD_STATISTIC, { input: statistic('subscription-test-refused', '1 billion') }, false);
  assert.equal(refused.errors[0].extensions.code, 'UNAUTHENTICATED');
  const invalid = await write(RECORD_STATISTIC, { input: { ...statistic('subscription-test-invalid', '1 billion'), source: 'no-such-source' } });
  assert.ok(invalid.errors.length > 0);

  const recorded = await write(RECORD_STATISTIC, { input: statistic('subscription-test-figure', '1.5 billion') });
  assert.equal(recorded.errors, undefined);

  for (const { until } of [first, second]) {
    const events = await until(1);
    assert.equal(events.length, 1);
    const figure = events[0].data.statisticRecorded;
    assert.equal(figure.id, 'subscription-test-figure');
    assert.equal(figure.value, 1500000000);
    assert.equal(figure.printedAmount, '1.5 billion');
    assert.equal(figure.qualifier, 'ABOUT');
    assert.equal(figure.citation.quote, 'a test excerpt');
    assert.equal(figure.citation.source.title.length > 0, true);
    assert.deepEqual(figure.revisions, [{ action: 'RECORDED', author: 'editor' }]);
  }
});

test('a recorded meeting reaches meetingRecorded with its participants and outcomes', async () => {
  const { until } = subscribe(subscriber(), `subscription { meetingRecorded {
      id kind title place { code } participants { name side { code } } topics outcomes { kind quote }
      citation { source { id } } } }`);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = await write(`mutation($input: MeetingInput!) { recordMeeting(input: $input) { id } }`, { input: {
    id: 'subscription-test-meeting', kind: 'MEETING', title: 'A test meeting in Kashgar', place: 'kashgar',
    dateFrom: '2031-05-06', dateTo: '2031-05-06', datePrecision: 'DAY', places: ['KG'],
    participants: [{ name: 'A. Tester', role: 'Director', side: 'CN' }], topics: ['port capacity'],
    outcomes: [{ kind: 'AGREEMENT', text: 'They agreed.', quote: 'they agreed' }],
    source: 'kashgar-cashes-in-2023', quote: 'a test excerpt',
  } });
  assert.equal(result.errors, undefined);
  const [event] = await until(1);
  const meeting = event.data.meetingRecorded;
  assert.equal(meeting.id, 'subscription-test-meeting');
  assert.equal(meeting.place.code, 'kashgar');
  assert.deepEqual(meeting.participants, [{ name: 'A. Tester', side: { code: 'CN' } }]);
  assert.deepEqual(meeting.topics, ['port capacity']);
  assert.deepEqual(meeting.outcomes, [{ kind: 'AGREEMENT', quote: 'they agreed' }]);
  assert.equal(meeting.citation.source.id, 'kashgar-cashes-in-2023');
});
