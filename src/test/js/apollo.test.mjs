// Apollo Client's InMemoryCache, as most GraphQL front ends use it, against a running Caravan: global ids let it
// keep one copy of each entry, and relayStylePagination joins Caravan's pages read forward and backward. Apollo's
// persisted-query link: a hash first, the document once when the hash is unknown, then the hash alone by GET.
// Usage: CARAVAN_URL=http://localhost:8080 node --test apollo.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client/core/index.js';
import { relayStylePagination } from '@apollo/client/utilities/index.js';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries/index.js';
import { createHash } from 'node:crypto';

const uri = `${process.env.CARAVAN_URL ?? 'http://localhost:8080'}/graphql`;

async function nodeTypes() {
  const response = await fetch(uri, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "Node") { possibleTypes { name } } }' }),
  });
  const { data } = await response.json();
  return data.__type.possibleTypes.map((type) => type.name);
}

async function client(typePolicies = {}) {
  const cache = new InMemoryCache({
    possibleTypes: { Node: await nodeTypes() },
    // Ids are unique across types, so the id alone names an entry in the cache.
    dataIdFromObject: (object) => object.id ?? undefined,
    typePolicies,
  });
  return new ApolloClient({ link: new HttpLink({ uri, fetch }), cache });
}

test('one entry, one cache record: a place reached three ways is stored once under its id', async () => {
  const apollo = await client();
  await apollo.query({
    query: gql`{
      statistic(id: "kashgar-trade-2022") { id printedAmount reporter { id name } }
      place(code: "kashgar") { id kind }
      node(id: "kashgar") { id ... on Place { code } }
    }`,
  });
  const stored = apollo.cache.extract();
  assert.deepEqual(stored['kashgar-trade-2022'].reporter, { __ref: 'kashgar' });
  const kashgar = stored.kashgar;
  assert.equal(kashgar.__typename, 'Place');
  assert.equal(kashgar.name, 'Kashgar Prefecture');
  assert.equal(kashgar.kind, 'PREFECTURE');
  assert.equal(kashgar.code, 'kashgar');
  assert.equal(Object.values(stored).filter((entry) => entry.__typename === 'Place').length, 1);
});

const PAGE = gql`
  query Page($first: Int, $after: String, $last: Int, $before: String) {
    statistics(filter: {reporter: "kashgar"}, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

test('relayStylePagination joins pages read forward, and pages read backward, into the same list', async () => {
  const everything = await (await client()).query({ query: PAGE, variables: { first: 100 } });
  const all = everything.data.statistics.edges.map((edge) => edge.node.id);
  assert.equal(all.length, 23, 'Kashgar reports 23 figures of its own');
  const policies = { Query: { fields: { statistics: relayStylePagination(['filter']) } } };

  // Each page is fetched (network-only: the joined list already in the cache would answer otherwise) and merged in.
  const forward = await client(policies);
  const firstPage = await forward.query({ query: PAGE, variables: { first: 10 } });
  await forward.query({ query: PAGE, variables: { first: 10, after: firstPage.data.statistics.pageInfo.endCursor },
    fetchPolicy: 'network-only' });
  const joined = forward.readQuery({ query: PAGE, variables: { first: 10 } }).statistics;
  assert.deepEqual(joined.edges.map((edge) => edge.node.id), all.slice(0, 20));
  assert.equal(joined.pageInfo.hasNextPage, true);

  const backward = await client(policies);
  const lastPage = await backward.query({ query: PAGE, variables: { last: 10 } });
  assert.equal(lastPage.data.statistics.pageInfo.hasPreviousPage, true);
  await backward.query({ query: PAGE, variables: { last: 10, before: lastPage.data.statistics.pageInfo.startCursor },
    fetchPolicy: 'network-only' });
  const joinedBack = backward.readQuery({ query: PAGE, variables: { last: 10 } }).statistics;
  assert.deepEqual(joinedBack.edges.map((edge) => edge.node.id), all.slice(3));
});

test("Apollo's persisted-query link: the hash alone, the document once, then the hash alone by GET", async () => {
  const sent = [];
  const recordingFetch = (url, options) => {
    const request = new URL(url);
    const body = options.body ? JSON.parse(options.body) : null;
    sent.push({ method: options.method, hasQuery: Boolean(body?.query ?? request.searchParams.get('query')) });
    return fetch(url, options);
  };
  const persisted = () => new ApolloClient({
    link: createPersistedQueryLink({
      sha256: (text) => createHash('sha256').update(text).digest('hex'),
      useGETForHashedQueries: true,
    }).concat(new HttpLink({ uri, fetch: recordingFetch })),
    cache: new InMemoryCache(),
  });
  // A document no earlier run has registered: the server has never seen its hash.
  const probe = `probe${Date.now()}`;
  const query = gql`{ place(code: "kashgar") { code ${probe}: name } }`;

  const first = await persisted().query({ query });
  assert.equal(first.data.place[probe], 'Kashgar Prefecture');
  assert.deepEqual(sent, [{ method: 'GET', hasQuery: false }, { method: 'POST', hasQuery: true }]);

  sent.length = 0;
  const again = await persisted().query({ query });
  assert.equal(again.data.place[probe], 'Kashgar Prefecture');
  assert.deepEqual(sent, [{ method: 'GET', hasQuery: false }]);
});
