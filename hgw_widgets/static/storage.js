// BrowserStore: keeps one JSON string in the browser's localStorage, keyed per
// notebook page and exercise, so a page reload finds the work back.
// scope "page": one copy per notebook page; scope "workbook": one copy for every page of the same
// server. A page's address says whose server it is: under JupyterHub /user/<name>/voila/render/...,
// so two people who use the same browser one after the other (a computer room) never share a copy;
// a workbook served at the root (/voila/render/...) keeps the plain key "werkmap" it always had.
function workbookRoot() {
  const path = window.location.pathname;
  const at = path.indexOf("/voila/");
  return at > 0 ? path.slice(0, at) : "";
}

function storageKey(model) {
  const where = model.get("scope") === "workbook" ? "werkmap" + workbookRoot() : window.location.pathname;
  return "hgw-werkmap:" + where + ":" + model.get("key");
}

function safeGet(key) {
  try { return window.localStorage.getItem(key); } catch (e) { return null; }
}

function render({ model, el }) {
  el.classList.add("hgw-browser-store");
  el.style.display = "none";
  const write = () => {
    const value = model.get("value");
    const key = storageKey(model);
    try {
      if (value) {
        window.localStorage.setItem(key, value);
      } else {
        window.localStorage.removeItem(key);
      }
      model.send({ event: "written", ok: true });
    } catch (e) {
      model.send({ event: "written", ok: false });
    }
  };
  const onMessage = (msg) => {
    if (msg && msg.event === "clear") {
      try { window.localStorage.removeItem(storageKey(model)); } catch (e) { /* nothing stored */ }
      model.send({ event: "cleared" });
    }
  };
  model.on("change:value", write);
  model.on("msg:custom", onMessage);
  // Tell the kernel what this browser kept from an earlier visit (or nothing).
  model.send({ event: "ready", value: safeGet(storageKey(model)) });
  return () => {
    model.off("change:value", write);
    model.off("msg:custom", onMessage);
  };
}

export default { render };
