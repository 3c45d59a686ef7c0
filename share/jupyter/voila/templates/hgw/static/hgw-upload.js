/* A file that is too big never leaves the browser (issue 12).
 *
 * ipywidgets' FileUpload reads the chosen file and sends it to the kernel in one websocket message.
 * A message above the server's limit closed the page's connection: no message appeared, and the
 * widget waited for a reply that never came, so later uploads did nothing until a reload.
 *
 * Here, a file larger than MAX_SEND_BYTES is not read: the upload sends only its name and size,
 * with empty content. The view's own size check (hgw_widgets/views/_upload.py) then refuses it
 * and says in Dutch how big it is and what the limit is; the next upload works as usual.
 *
 * MAX_SEND_BYTES is the largest file any upload in the workbook accepts (hgw_widgets.server.room
 * LARGEST_UPLOAD_BYTES = domain.grades.MAX_BYTES); the server's websocket limit lies above it.
 * tests/test_upload_limits.py keeps these numbers in step.
 */
(function () {
  'use strict';

  const MAX_SEND_BYTES = 10485760;

  const guarded = new WeakSet(); // upload buttons (view.el) whose file input is guarded

  function guard(view) {
    if (!view || !view.el || !view.fileInput || guarded.has(view.el)) {
      return;
    }
    guarded.add(view.el);
    // At the input itself a capturing listener runs before ipywidgets' own 'change' listener.
    view.fileInput.addEventListener('change', function (event) {
      const files = Array.from(view.fileInput.files || []);
      const tooBig = files.filter(function (file) { return file.size > MAX_SEND_BYTES; });
      if (tooBig.length === 0) {
        return; // ipywidgets reads and sends the file
      }
      event.stopImmediatePropagation();
      view.model.set({
        value: tooBig.map(function (file) {
          return {
            name: file.name, type: file.type, size: file.size,
            last_modified: file.lastModified, content: new ArrayBuffer(0)
          };
        }),
        error: ''
      });
      view.touch();
    }, true);
  }

  async function guardAll(manager) {
    const state = await manager.get_state({ drop_defaults: true });
    const ids = Object.keys(state.state || {}).filter(function (id) {
      return state.state[id].model_name === 'FileUploadModel';
    });
    for (const id of ids) {
      const model = await manager.get_model(id);
      for (const view of Object.values((model && model.views) || {})) {
        guard(await view);
      }
    }
  }

  function start(manager) {
    let running = false;
    let again = false;
    async function refresh() {
      if (running) {
        again = true; // look once more when this round is done: a view may have come after it looked
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await guardAll(manager);
        } while (again);
      } catch (error) {
        console.warn('hgw-upload: cannot guard the uploads', error);
      } finally {
        running = false;
      }
    }
    function unguarded(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) {
        return false;
      }
      const buttons = node.matches('.widget-upload') ? [node] : node.querySelectorAll('.widget-upload');
      return Array.from(buttons).some(function (button) { return !guarded.has(button); });
    }
    refresh();
    // Upload buttons drawn later (the page's cells render one by one; a view may be shown again)
    // are guarded as soon as they are in the page, and at the latest when they are pressed: the
    // file dialog opens at once, the guard is in place long before a file is chosen.
    new MutationObserver(function (records) {
      const added = records.some(function (record) {
        return Array.from(record.addedNodes).some(unguarded);
      });
      if (added) {
        refresh();
      }
    }).observe(document.body, { childList: true, subtree: true });
    document.addEventListener('click', function (event) {
      const button = event.target.closest && event.target.closest('.widget-upload');
      if (button && !guarded.has(button)) {
        refresh();
      }
    }, true);
  }

  function whenWidgetManager(callback) {
    const timer = setInterval(function () {
      const app = window.jupyterapp;
      if (app && app.widgetManagerPromise) {
        clearInterval(timer);
        app.widgetManagerPromise.promise.then(callback);
      }
    }, 200);
  }

  whenWidgetManager(start);
})();
