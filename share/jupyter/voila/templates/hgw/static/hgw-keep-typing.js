// Text fields that send their value only when you leave them (ipywidgets' continuous_update=False)
// also send it after a short pause in typing, so a reload or a click on a chapter link loses
// nothing that was typed (issue 12). The field's own "change" handler does the sending: in
// ipywidgets 8 (controls, widget_string.ts) TextView listens to 'change input' -> handleChanged and
// TextareaView to 'change textarea', both of which always send ('input ...' sends only with
// continuous_update). So text areas and one-line fields alike (browser test: test_reload_keeps_work.py).
// Not covered: a reload within the pause itself (see docs/architecture.md, issue 12).
(function () {
  const PAUSE_MS = 700;
  const timers = new WeakMap();
  document.addEventListener("input", (event) => {
    const el = event.target;
    if (!(el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === "text"))) return;
    if (!el.closest(".jupyter-widgets")) return;
    clearTimeout(timers.get(el));
    timers.set(el, setTimeout(() => el.dispatchEvent(new Event("change", { bubbles: true })), PAUSE_MS));
  }, true);
})();
