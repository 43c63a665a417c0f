// GraphiQL for Caravan: SmallRye GraphQL's page (/q/graphql-ui), opening with Caravan's example queries as tabs.
// Served by org.caravan.graphiql.GraphiQLExamples in place of SmallRye's render.js; the examples replace the
// placeholder below when the service starts.
const examples = /*EXAMPLES*/[];

function graphqlUrl(scheme) {
  return scheme + '//' + window.location.host + '/graphql';
}

const fetcher = GraphiQL.createFetcher({
  url: graphqlUrl(window.location.protocol),
  subscriptionUrl: graphqlUrl(window.location.protocol === 'https:' ? 'wss:' : 'ws:'),
  headers: { Accept: 'application/json' },
});

ReactDOM.render(
  React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultTabs: examples.map((query) => ({ query: query })),
    defaultQuery: examples.length > 0 ? examples[0] : '',
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
  document.getElementById('graphiql')
);
