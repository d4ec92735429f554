// Live dashboard: sign in over HTTP, list the workspace's orders, stock levels and production orders,
// then keep them live with the orderUpdated, stockLevelChanged and productionOrderUpdated
// subscriptions over one graphql-ws connection (served by the gateway at /graphql).
// Plain browser JS, no bundler; `graphqlWs` is the UMD global of /assets/graphql-ws.min.js.
(function () {
  'use strict';

  var GRAPHQL_URL = new URL('/graphql', location.href).href;
  var WS_URL = GRAPHQL_URL.replace(/^http/, 'ws');
  /** The access token is shared with /graphiql, which offers it in its headers editor. */
  var TOKEN_KEY = 'prometric.accessToken';

  var LOGIN = 'mutation Login($email: String!, $password: String!) {\n' +
    '  login(input: { email: $email, password: $password }) {\n' +
    '    accessToken refreshToken user { id email } workspace { id } errors { code field message }\n' +
    '  }\n}';
  var REFRESH = 'mutation RefreshToken($refreshToken: String!) {\n' +
    '  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken errors { code field message } }\n}';
  var ORDERS = 'query Orders($first: Int, $after: String, $status: OrderStatus) {\n' +
    '  orders(first: $first, after: $after, filter: { status: $status }) {\n' +
    '    totalCount\n' +
    '    pageInfo { hasNextPage endCursor }\n' +
    '    edges { cursor node { id number status version updatedAt total { amount currency } customer { name } } }\n' +
    '  }\n}';
  var ORDER_UPDATED = 'subscription { orderUpdated { id number status version total { amount currency } customer { name } } }';
  var STOCK = 'query Stock { products(first: 100) { edges { node { id sku stockByWarehouse { warehouse { code } onHand reserved available } } } } }';
  var PRODUCTION = 'query Production { productionOrders(first: 50) { edges { node { id number status quantity version product { sku } } } } }';
  var STOCK_CHANGED = 'subscription { stockLevelChanged { onHand reserved available product { id sku } warehouse { code } } }';
  var PRODUCTION_UPDATED = 'subscription { productionOrderUpdated { id number status quantity version product { sku } } }';

  var $ = function (id) { return document.getElementById(id); };
  var els = {
    form: $('login-form'), email: $('email'), password: $('password'), login: $('login'),
    error: $('error'), live: $('live'), who: $('who'), logout: $('logout'),
    section: $('orders-section'), rows: $('rows'), count: $('count'), empty: $('empty'),
    panels: $('panels'), stockSection: $('stock-section'), stockRows: $('stock-rows'),
    productionSection: $('production-section'), productionRows: $('production-rows'),
  };

  var session = { accessToken: null, refreshToken: null, email: null };
  var client = null;
  /** The live subscriptions' unsubscribe functions. */
  var unsubscribes = [];
  var everConnected = false;
  /** id → { version, tr } */
  var orders = new Map();
  var totalCount = 0;
  /** "productId|warehouse code" → tr */
  var stockRows = new Map();
  /** production order id → { version, tr } */
  var productionRows = new Map();

  // ---------- HTTP ----------

  function post(query, variables, token) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(GRAPHQL_URL, { method: 'POST', headers: headers, body: JSON.stringify({ query: query, variables: variables || {} }) })
      .then(function (res) {
        return res.json().catch(function () { throw new Error('The server answered HTTP ' + res.status); });
      });
  }

  function topLevelError(body) {
    var e = body && body.errors && body.errors[0];
    if (!e) return null;
    var err = new Error(e.message || 'Request failed');
    err.code = e.extensions && e.extensions.code;
    return err;
  }

  function userErrors(errors) {
    return errors.map(function (e) { return e.message; }).join('; ');
  }

  /** Seconds until the access token expires (JWT `exp`), or 0 when it cannot be read. */
  function secondsLeft(token) {
    try {
      var payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
      return payload.exp - Date.now() / 1000;
    } catch (e) {
      return 0;
    }
  }

  /** A valid access token: refreshed (rotating the refresh token) when it is about to expire. */
  function freshToken() {
    if (!session.accessToken) return Promise.reject(new Error('Signed out'));
    if (secondsLeft(session.accessToken) > 30 || !session.refreshToken) return Promise.resolve(session.accessToken);
    return post(REFRESH, { refreshToken: session.refreshToken }).then(function (body) {
      var p = body.data && body.data.refreshToken;
      if (!p || !p.accessToken) throw topLevelError(body) || new Error(userErrors((p && p.errors) || []) || 'Session expired');
      setSession(p.accessToken, p.refreshToken, session.email);
      return p.accessToken;
    });
  }

  // ---------- session ----------

  function setSession(accessToken, refreshToken, email) {
    session = { accessToken: accessToken, refreshToken: refreshToken, email: email };
    try { localStorage.setItem(TOKEN_KEY, accessToken); } catch (e) { /* storage disabled */ }
  }

  function signOut(message) {
    stopLive();
    session = { accessToken: null, refreshToken: null, email: null };
    try { localStorage.removeItem(TOKEN_KEY); } catch (e) { /* storage disabled */ }
    orders.clear();
    stockRows.clear();
    productionRows.clear();
    els.rows.textContent = '';
    els.stockRows.textContent = '';
    els.productionRows.textContent = '';
    els.section.hidden = true;
    els.panels.hidden = true;
    els.form.hidden = false;
    els.logout.hidden = true;
    els.who.textContent = '';
    setState('idle', 'signed out');
    if (message) showError(message); else hideError();
  }

  function showError(message) {
    els.error.textContent = message;
    els.error.hidden = false;
  }

  function hideError() {
    els.error.hidden = true;
    els.error.textContent = '';
  }

  function setState(kind, text) {
    els.live.className = 'state state-' + kind;
    els.live.textContent = text;
  }

  // ---------- table ----------

  function formatTime(iso) {
    var d = iso ? new Date(iso) : new Date();
    return isNaN(d.getTime()) ? '' : d.toLocaleString();
  }

  function cell(tr, field, text, className) {
    var td = tr.querySelector('[data-field="' + field + '"]');
    if (!td) {
      td = document.createElement('td');
      td.setAttribute('data-field', field);
      if (className) td.className = className;
      tr.appendChild(td);
    }
    td.textContent = text;
    return td;
  }

  function fill(tr, order, updatedAt) {
    cell(tr, 'number', order.number);
    var status = cell(tr, 'status', order.status);
    status.className = 'status status-' + order.status;
    cell(tr, 'total', order.total ? order.total.amount + ' ' + order.total.currency : '', 'num');
    cell(tr, 'customer', order.customer ? order.customer.name : '—');
    cell(tr, 'updated', formatTime(updatedAt));
  }

  /** Inserts or updates one order's row; stale versions (events arriving late) are ignored. */
  function upsert(order, options) {
    var known = orders.get(order.id);
    if (known && typeof order.version === 'number' && known.version > order.version) return;
    var tr = known ? known.tr : document.createElement('tr');
    if (!known) {
      tr.setAttribute('data-order-id', order.id);
      if (options.append) els.rows.appendChild(tr); else els.rows.insertBefore(tr, els.rows.firstChild);
      if (!options.append) totalCount += 1;
    }
    fill(tr, order, options.updatedAt);
    orders.set(order.id, { version: typeof order.version === 'number' ? order.version : -1, tr: tr });
    if (options.flash) {
      tr.classList.remove('flash');
      void tr.offsetWidth; // restart the animation when the row changes again
      tr.classList.add('flash');
    }
    renderCount();
  }

  function flash(tr) {
    tr.classList.remove('flash');
    void tr.offsetWidth; // restart the animation when the row changes again
    tr.classList.add('flash');
  }

  /** One product × warehouse row of the stock panel, kept in product, then warehouse order. */
  function upsertStock(productId, sku, level, flashIt) {
    var key = productId + '|' + level.warehouse.code;
    var tr = stockRows.get(key);
    if (!tr) {
      tr = document.createElement('tr');
      tr.setAttribute('data-stock', sku + '|' + level.warehouse.code);
      var sortKey = sku + '|' + level.warehouse.code;
      var before = null;
      els.stockRows.querySelectorAll('tr').forEach(function (row) { if (!before && row.getAttribute('data-stock') > sortKey) before = row; });
      els.stockRows.insertBefore(tr, before);
      stockRows.set(key, tr);
    }
    cell(tr, 'product', sku);
    cell(tr, 'warehouse', level.warehouse.code);
    cell(tr, 'onHand', String(level.onHand), 'num');
    cell(tr, 'reserved', String(level.reserved), 'num');
    cell(tr, 'available', String(level.available), 'num');
    if (flashIt) flash(tr);
  }

  /** One production order's row; stale versions are ignored. */
  function upsertProduction(po, flashIt) {
    var known = productionRows.get(po.id);
    if (known && known.version > po.version) return;
    var tr = known ? known.tr : document.createElement('tr');
    if (!known) {
      tr.setAttribute('data-production-id', po.id);
      if (flashIt) els.productionRows.insertBefore(tr, els.productionRows.firstChild); else els.productionRows.appendChild(tr);
    }
    cell(tr, 'number', po.number);
    cell(tr, 'status', po.status).className = 'status status-' + po.status;
    cell(tr, 'product', po.product ? po.product.sku : '—');
    cell(tr, 'quantity', String(po.quantity), 'num');
    productionRows.set(po.id, { version: po.version, tr: tr });
    if (flashIt) flash(tr);
  }

  /** The stock and production panels; a panel the role may not read stays hidden. */
  function loadPanels(flashChanges) {
    return freshToken().then(function (token) {
      return Promise.all([post(STOCK, {}, token), post(PRODUCTION, {}, token)]);
    }).then(function (bodies) {
      var products = bodies[0].data && bodies[0].data.products;
      els.stockSection.hidden = !products;
      (products ? products.edges : []).forEach(function (edge) {
        (edge.node.stockByWarehouse || []).forEach(function (level) { upsertStock(edge.node.id, edge.node.sku, level, flashChanges); });
      });
      var production = bodies[1].data && bodies[1].data.productionOrders;
      els.productionSection.hidden = !production;
      (production ? production.edges : []).forEach(function (edge) { upsertProduction(edge.node, flashChanges); });
      els.panels.hidden = !products && !production;
    });
  }

  function renderCount() {
    els.count.textContent = String(Math.max(totalCount, orders.size));
    els.empty.hidden = orders.size > 0;
  }

  function loadOrders(flashChanges) {
    return freshToken()
      .then(function (token) { return post(ORDERS, { first: 50 }, token); })
      .then(function (body) {
        var conn = body.data && body.data.orders;
        if (!conn) throw topLevelError(body) || new Error('Could not load orders');
        // Rows new to the table go on top: walk oldest first so the newest ends up first.
        (flashChanges ? conn.edges.slice().reverse() : conn.edges).forEach(function (edge) {
          var known = orders.get(edge.node.id);
          var changed = flashChanges && (!known || known.version < edge.node.version);
          upsert(edge.node, { append: !known && !flashChanges, updatedAt: edge.node.updatedAt, flash: changed });
        });
        totalCount = conn.totalCount;
        renderCount();
      });
  }

  // ---------- live updates ----------

  function startLive() {
    stopLive();
    everConnected = false;
    setState('connecting', 'connecting');
    var self = graphqlWs.createClient({
      url: WS_URL,
      // Called on every (re)connect, so a reconnect after the token's 15 minutes uses a refreshed one.
      connectionParams: function () {
        return freshToken().then(function (token) { return { authorization: 'Bearer ' + token }; });
      },
      retryAttempts: 20,
      // Retry dropped connections (graphql-ws itself gives up on fatal codes such as 4400/4401/4500).
      // The gateway closes with 4403 both when the token expires and when it refuses it: retry only
      // when a refresh token can bring a fresh access token.
      shouldRetry: function (event) {
        if (!event || typeof event.code !== 'number') return false;
        if (event.code !== 4403) return true;
        return !!session.refreshToken && (event.reason === 'Token expired' || secondsLeft(session.accessToken) <= 30);
      },
      on: {
        connecting: function () {
          if (client === self) setState('connecting', everConnected ? 'reconnecting' : 'connecting');
        },
        connected: function () {
          if (client !== self) return;
          setState('live', 'live');
          // After a reconnect, catch up with what changed while we were away.
          if (everConnected) loadOrders(true).then(function () { return loadPanels(false); }).catch(failed);
          everConnected = true;
        },
        closed: function (event) {
          if (client !== self) return; // disposed on purpose (sign-out)
          var code = event && typeof event.code === 'number' ? event.code : '';
          var reason = event && event.reason ? ' ' + event.reason : '';
          setState('closed', 'closed' + (code !== '' ? ' (' + code + reason + ')' : ''));
        },
      },
    });
    client = self;
    if (!els.stockSection.hidden) {
      unsubscribes.push(self.subscribe({ query: STOCK_CHANGED }, {
        next: function (result) {
          var level = client === self && result.data && result.data.stockLevelChanged;
          if (level && level.product) upsertStock(level.product.id, level.product.sku, level, true);
        },
        error: function () { /* the orders subscription reports connection problems */ },
        complete: function () {},
      }));
    }
    if (!els.productionSection.hidden) {
      unsubscribes.push(self.subscribe({ query: PRODUCTION_UPDATED }, {
        next: function (result) {
          var po = client === self && result.data && result.data.productionOrderUpdated;
          if (po) upsertProduction(po, true);
        },
        error: function () { /* the orders subscription reports connection problems */ },
        complete: function () {},
      }));
    }
    unsubscribes.push(self.subscribe({ query: ORDER_UPDATED }, {
      next: function (result) {
        if (client !== self) return;
        if (result.errors && result.errors.length) showError('Live updates: ' + result.errors.map(function (e) { return e.message; }).join('; '));
        var order = result.data && result.data.orderUpdated;
        if (order) upsert(order, { append: false, updatedAt: null, flash: true });
      },
      error: function (err) {
        if (client !== self) return;
        if (err && err.code === 4403 && !session.refreshToken) {
          signOut('Your session has expired; please sign in again.');
          return;
        }
        var message = err instanceof Error ? err.message
          : Array.isArray(err) ? err.map(function (e) { return e.message; }).join('; ')
          : (err && err.code) ? 'connection closed (' + err.code + (err.reason ? ' ' + err.reason : '') + ')'
          : 'connection failed';
        showError('Live updates stopped: ' + message);
      },
      complete: function () {
        if (client === self) setState('closed', 'closed');
      },
    }));
  }

  function stopLive() {
    unsubscribes.splice(0).forEach(function (stop) { stop(); });
    if (client) { client.dispose(); client = null; }
  }

  // ---------- flow ----------

  function showDashboard() {
    els.form.hidden = true;
    els.section.hidden = false;
    els.logout.hidden = false;
    els.who.textContent = session.email || '';
    return loadOrders(false).then(function () { return loadPanels(false); }).then(startLive);
  }

  function failed(err) {
    if (err && err.code === 'UNAUTHENTICATED') signOut('Your session has expired; please sign in again.');
    else showError(err && err.message ? err.message : String(err));
  }

  els.form.addEventListener('submit', function (event) {
    event.preventDefault();
    hideError();
    var email = els.email.value.trim();
    var password = els.password.value;
    if (!email || !password) { showError('Enter your email and password.'); return; }
    els.login.disabled = true;
    post(LOGIN, { email: email, password: password })
      .then(function (body) {
        var p = body.data && body.data.login;
        if (!p) throw topLevelError(body) || new Error('Sign-in failed');
        if (!p.accessToken) throw new Error(userErrors(p.errors) || 'Sign-in failed');
        els.password.value = '';
        setSession(p.accessToken, p.refreshToken, p.user ? p.user.email : email);
        return showDashboard();
      })
      .catch(failed)
      .then(function () { els.login.disabled = false; });
  });

  els.logout.addEventListener('click', function () { signOut(null); });

  // A token left by an earlier visit (or by GraphiQL) is reused while it is still valid.
  var stored = null;
  try { stored = localStorage.getItem(TOKEN_KEY); } catch (e) { /* storage disabled */ }
  if (stored && secondsLeft(stored) > 30) {
    session = { accessToken: stored, refreshToken: null, email: null };
    showDashboard().catch(failed);
  }
})();
