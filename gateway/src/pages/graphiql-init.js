// GraphiQL 3.9 (UMD build: globals React, ReactDOM, GraphiQL) against the gateway, with subscriptions.
//
// Authentication: put the access token in the Headers tab as
//   { "Authorization": "Bearer <accessToken>" }
// (run the Login mutation here to get one, or sign in on /dashboard first: its token is offered
// here automatically). Queries and mutations send these headers over HTTP. For subscriptions,
// GraphiQL opens a graphql-ws connection per subscription and sends the same headers as the
// `connection_init` payload (createFetcher merges `wsConnectionParams` with the request's headers);
// this page lower-cases the header names first, so the gateway receives
// `connectionParams: { authorization: 'Bearer <accessToken>' }` whichever case you typed.
(function () {
  'use strict';

  var TOKEN_KEY = 'prometric.accessToken';
  var url = new URL('/graphql', location.href).href;
  var subscriptionUrl = url.replace(/^http/, 'ws');

  var base = GraphiQL.createFetcher({ url: url, subscriptionUrl: subscriptionUrl, wsConnectionParams: {} });

  function lowerCaseKeys(headers) {
    var out = {};
    if (headers) Object.keys(headers).forEach(function (k) { out[k.toLowerCase()] = headers[k]; });
    return out;
  }

  function fetcher(params, options) {
    var opts = options || {};
    return base(params, Object.assign({}, opts, { headers: lowerCaseKeys(opts.headers) }));
  }

  function storedToken() {
    try {
      var token = localStorage.getItem(TOKEN_KEY);
      if (!token) return null;
      var payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      // An expired token would make the gateway refuse even the schema introspection.
      return payload.exp * 1000 > Date.now() ? token : null;
    } catch (e) {
      return null;
    }
  }

  var token = storedToken();
  var defaultQuery = [
    '# Prometric ERP supergraph.',
    '# Sign in with the Login mutation below (or on /dashboard), then put',
    '#   { "Authorization": "Bearer <accessToken>" }',
    '# in the Headers tab. Subscriptions use the same header over WebSocket.',
    '',
    'mutation Login($email: String!, $password: String!) {',
    '  login(input: { email: $email, password: $password }) {',
    '    accessToken refreshToken errors { code field message }',
    '  }',
    '}',
    '',
    'query Orders {',
    '  orders(first: 20) {',
    '    totalCount',
    '    edges { node { id number status total { amount currency } customer { name } } }',
    '  }',
    '}',
    '',
    'subscription OrderUpdated {',
    '  orderUpdated { id number status version total { amount currency } }',
    '}',
    '',
  ].join('\n');

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultHeaders: token ? JSON.stringify({ Authorization: 'Bearer ' + token }, null, 2) : undefined,
    defaultEditorToolsVisibility: token ? 'headers' : undefined,
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
  }));
})();
