// Text areas that send their value only when you leave them (ipywidgets' continuous_update=False)
// also send it after a short pause in typing, so a reload or a click on a chapter link loses
// nothing that was typed (issue 12). The field's own "change" handler does the sending. One-line text fields do not
// react to this event (they send on Enter or when you leave them): not covered yet.
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
