// GraphiQL for Caravan: SmallRye GraphQL's page (/q/graphql-ui), opening with Caravan's example queries as tabs.
// Served by org.caravan.graphiql.GraphiQLExamples in place of SmallRye's render.js; the examples replace the
// placeholder below when the service starts.
const examples = /*EXAMPLES*/[];

function graphqlUrl(scheme) {
  return scheme + '//' + window.location.host + '/graphql';
}

const graphiqlFetcher = GraphiQL.createFetcher({
  url: graphqlUrl(window.location.protocol),
  subscriptionUrl: graphqlUrl(window.location.protocol === 'https:' ? 'wss:' : 'ws:'),
  headers: { Accept: 'application/json' },
});

// Right after a tab switch GraphiQL can still send the previous tab's operation name, which the new document
// does not define ("Unknown operation named ..."). Such a name is dropped, so the document's own operation runs.
function fetcher(params, options) {
  const name = params.operationName;
  if (name && !new RegExp('\\b(query|mutation|subscription)\\s+' + name + '\\b').test(params.query)) {
    params = Object.assign({}, params, { operationName: undefined });
  }
  return graphiqlFetcher(params, options);
}

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
