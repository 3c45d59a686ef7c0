/* Tell the visitor when the kernel behind this page is gone (issue 12).
 *
 * Everything a chapter does runs in its kernel. When that kernel is gone (the server restarted,
 * the kernel was shut down after a laptop slept, it crashed and was restarted empty), the widgets
 * still look alive but nothing they show is updated any more. This script notices it and then:
 *   - shows the Dutch notice #hgw-connection .hgw-connection-lost (role="alert", fixed at the top),
 *   - makes text fields read-only (their text can still be copied) and switches other inputs off,
 *   - greys out what the widgets show (body.hgw-offline): it may no longer match the inputs.
 * A short break that recovers (JupyterLab's kernel connection reconnects by itself) shows at most
 * a quiet "even weg" line (role="status") after WAIT_NOTICE_MS, and nothing when it is quicker.
 *
 * How a lost kernel shows up in Voilà 0.5 (@jupyterlab/services' KernelConnection, reached through
 * window.jupyterapp.widgetManager.kernel):
 *   - crashed and restarted by the server: statusChanged 'restarting' / 'autorestarting' (the new
 *     kernel has none of the page's widgets); a restart that fails: 'dead';
 *   - the connection breaks (server stopped or restarted, network): connectionStatusChanged
 *     'connecting' while it retries, 'disconnected' when it gives up;
 *   - shut down by the server (culled, DELETE /api/kernels/<id>): nothing at all, the websocket stays
 *     open and messages vanish. So when a message to the kernel gets no answer within REPLY_WAIT_MS,
 *     and now and then, the page asks GET api/kernels/<id>: 404 means the kernel is gone.
 * The Dutch texts are in the template (index.html.j2), in <template> elements.
 */
(function () {
  'use strict';

  const WAIT_NOTICE_MS = 3000;   // connection away this long: say so quietly and grey out the outputs
  const GIVE_UP_MS = 60000;      // away this long: the page is lost (JupyterLab retries up to ~30 s apart)
  const REPLY_WAIT_MS = 2500;    // a message to the kernel without any answer this long: ask the server
  const CHECK_EVERY_MS = 60000;  // ask the server now and then while the page is visible
  const RECHECK_AWAY_MS = 5000;  // while away, ask this often
  const BACK_SHOWN_MS = 4000;    // "De verbinding is hersteld." stays this long
  const LOST_STATUSES = ['restarting', 'autorestarting', 'dead'];

  const root = document.getElementById('hgw-connection');
  const configNode = document.getElementById('jupyter-config-data');
  if (!root || !configNode) {
    return;
  }
  const config = JSON.parse(configNode.textContent || '{}');
  if (!config.kernelId) {
    return;
  }
  const kernelUrl = (config.baseUrl || '/') + 'api/kernels/' + encodeURIComponent(config.kernelId);
  const statusBox = root.querySelector('.hgw-connection-waiting');
  const alertBox = root.querySelector('.hgw-connection-lost');

  let state = 'ok'; // 'ok' | 'waiting' | 'lost'
  let kernel = null;
  let everConnected = false;
  let unloading = false;
  let awayTimers = [];
  let replyTimer = null;
  let backTimer = null;
  let checking = null;

  function setState(next) {
    state = next;
    document.body.dataset.hgwConnection = next;
    document.body.classList.toggle('hgw-offline', next !== 'ok');
  }

  function fill(box, templateId) {
    const template = document.getElementById(templateId);
    box.replaceChildren(template ? template.content.cloneNode(true) : document.createTextNode(''));
  }

  /* Ask the server whether the kernel still exists: 'gone', 'exists' or 'unknown' (no answer). */
  function check() {
    if (!checking) {
      checking = (async function () {
        const abort = new AbortController();
        const timeout = setTimeout(function () { abort.abort(); }, 10000);
        try {
          const response = await fetch(kernelUrl, { cache: 'no-store', credentials: 'same-origin', signal: abort.signal });
          if (response.status === 404) {
            return 'gone';
          }
          if (response.ok) {
            const model = await response.json();
            return model && model.execution_state === 'dead' ? 'gone' : 'exists';
          }
          return 'unknown'; // e.g. 403 behind a login that expired: say nothing rather than something wrong
        } catch (error) {
          return 'unknown';
        } finally {
          clearTimeout(timeout);
        }
      })().then(function (found) {
        checking = null;
        if (found === 'gone') {
          lose();
        }
        return found;
      });
    }
    return checking;
  }

  function freeze() {
    const fields = document.querySelectorAll(
      '#rendered_cells input, #rendered_cells textarea, #rendered_cells select, #rendered_cells button');
    fields.forEach(function (field) {
      const text = field.tagName === 'TEXTAREA' ||
        (field.tagName === 'INPUT' && ['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'time',
          'datetime-local', 'month', 'week', 'password'].includes(field.type));
      if (text) {
        field.readOnly = true; // the text stays selectable, so what was just typed can be copied
      } else {
        field.disabled = true;
      }
      field.setAttribute('aria-disabled', 'true');
    });
  }

  function clearAway() {
    awayTimers.forEach(function (id) { clearTimeout(id); clearInterval(id); });
    awayTimers = [];
  }

  function lose() {
    if (state === 'lost' || unloading) {
      return;
    }
    clearAway();
    clearTimeout(replyTimer);
    clearTimeout(backTimer);
    setState('lost');
    statusBox.replaceChildren();
    fill(alertBox, 'hgw-connection-lost-text');
    const reload = alertBox.querySelector('.hgw-connection-reload');
    if (reload) {
      reload.addEventListener('click', function () { window.location.reload(); });
    }
    freeze();
    alertBox.focus({ preventScroll: true });
  }

  function away() {
    if (state === 'lost' || awayTimers.length) {
      return;
    }
    awayTimers.push(setTimeout(function () {
      if (state === 'ok') {
        setState('waiting');
        fill(statusBox, 'hgw-connection-waiting-text');
      }
    }, WAIT_NOTICE_MS));
    awayTimers.push(setTimeout(lose, GIVE_UP_MS));
    awayTimers.push(setInterval(check, RECHECK_AWAY_MS));
    check();
  }

  async function connected() {
    everConnected = true;
    if (state === 'lost' || !awayTimers.length) {
      return;
    }
    if ((await check()) === 'gone' || state === 'lost') {
      return;
    }
    clearAway();
    if (state === 'waiting') {
      setState('ok');
      fill(statusBox, 'hgw-connection-back-text');
      backTimer = setTimeout(function () { statusBox.replaceChildren(); }, BACK_SHOWN_MS);
    }
  }

  function watch(manager) {
    kernel = manager.kernel;
    kernel.statusChanged.connect(function (_, status) {
      if (LOST_STATUSES.includes(status)) {
        lose();
      }
    });
    kernel.connectionStatusChanged.connect(function (_, status) {
      if (status === 'connected') {
        connected();
      } else if (status === 'connecting' && everConnected) {
        away();
      } else if (status === 'disconnected') {
        // Voilà disposes the connection when the page is left (beforeunload): wait for our own
        // beforeunload listener, which runs after Voilà's, before calling the page lost.
        setTimeout(lose, 0);
      }
    });
    kernel.anyMessage.connect(function (_, args) {
      if (args.direction === 'recv') {
        clearTimeout(replyTimer);
        replyTimer = null;
      } else if (!replyTimer && state !== 'lost') {
        replyTimer = setTimeout(function () { replyTimer = null; check(); }, REPLY_WAIT_MS);
      }
    });
    everConnected = kernel.connectionStatus === 'connected';
    if (LOST_STATUSES.includes(kernel.status)) {
      lose();
    }
  }

  window.addEventListener('beforeunload', function () { unloading = true; });
  window.addEventListener('pageshow', function (event) {
    unloading = false;
    if (event.persisted) {
      check(); // back from the browser's cache: Voilà shut the kernel down when the page was left
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      check(); // e.g. a laptop that slept: its kernel may have been shut down meanwhile
    }
  });
  window.addEventListener('online', check);
  setInterval(function () {
    if (document.visibilityState === 'visible' && state === 'ok') {
      check();
    }
  }, CHECK_EVERY_MS);
  // Keep the top of the page readable below the fixed notice.
  new ResizeObserver(function () {
    document.body.style.paddingTop = root.offsetHeight ? root.offsetHeight + 'px' : '';
  }).observe(root);

  setState('ok');
  check(); // the kernel may be gone before the page's widgets connect (then Voilà never makes them)
  const poll = setInterval(function () {
    const app = window.jupyterapp;
    if (app && app.widgetManagerPromise) {
      clearInterval(poll);
      app.widgetManagerPromise.promise.then(watch);
    }
  }, 200);
})();
