"""PhaseClock: the timer of one meeting phase, ticking in the browser (no Python thread).

The kernel sends the elapsed seconds at the moment of the last action, the
planned seconds and whether the clock runs; the browser counts on from there
with its own timer (``setInterval``), so the kernel does nothing while a
phase runs. Planned against elapsed stays visible (only elapsed when no time is planned); over time the clock turns
red and says by how much.
"""

from __future__ import annotations

import anywidget
import traitlets

from ..messages import t

_ESM = r"""
function fmt(s) {
  s = Math.max(0, Math.floor(s));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = s % 60;
  const mm = h ? String(m).padStart(2, "0") : String(m);
  return (h ? h + ":" : "") + mm + ":" + String(x).padStart(2, "0");
}
function render({ model, el }) {
  el.classList.add("hgw-phase-clock");
  const time = document.createElement("div");
  time.className = "hgw-clock-time";
  time.setAttribute("role", "timer");
  const note = document.createElement("div");
  note.className = "hgw-clock-note";
  note.setAttribute("aria-live", "polite");
  el.append(time, note);
  let base = 0, t0 = performance.now();
  function current() {
    return base + (model.get("running") ? (performance.now() - t0) / 1000 : 0);
  }
  function draw() {
    const e = current(), p = model.get("planned"), planned = p >= 0;
    time.textContent = planned ? fmt(e) + " / " + fmt(p) : fmt(e);
    time.title = model.get("label");
    const over = planned && e > p;
    el.classList.toggle("hgw-over", over);
    el.classList.toggle("hgw-paused", !model.get("running"));
    note.textContent = over ? model.get("over_text").replace("{over}", fmt(e - p))
                            : (model.get("running") ? "" : model.get("paused_text"));
  }
  function resync() { base = model.get("elapsed"); t0 = performance.now(); draw(); }
  model.on("change:elapsed", resync);
  model.on("change:sync", resync);
  model.on("change:running", resync);
  model.on("change:planned", draw);
  resync();
  const timer = setInterval(draw, 500);
  return () => clearInterval(timer);
}
export default { render };
"""


class PhaseClock(anywidget.AnyWidget):
    """Planned against elapsed time of the current phase, counted by the browser."""

    _esm = _ESM
    elapsed = traitlets.Float(0.0).tag(sync=True)
    planned = traitlets.Float(60.0).tag(sync=True)
    running = traitlets.Bool(False).tag(sync=True)
    sync = traitlets.Int(0).tag(sync=True)
    label = traitlets.Unicode("").tag(sync=True)
    over_text = traitlets.Unicode("").tag(sync=True)
    paused_text = traitlets.Unicode("").tag(sync=True)

    def __init__(self, **kwargs) -> None:
        super().__init__(label=t("meeting.clock.label"), over_text=t("meeting.clock.over"),
                         paused_text=t("meeting.clock.paused"), **kwargs)

    def show(self, *, elapsed: float, planned: float | None, running: bool) -> None:
        """Restart the browser's count from ``elapsed`` seconds (``planned`` None: no time planned)."""
        self.planned = -1.0 if planned is None else float(planned)
        self.running = bool(running)
        self.elapsed = float(elapsed)
        self.sync += 1
