// BrowserStore: keeps one JSON string in the browser's localStorage, keyed per
// notebook page and exercise, so a page reload finds the work back.
// scope "page": one copy per notebook page; scope "workbook": one copy for every page.
function storageKey(model) {
  const where = model.get("scope") === "workbook" ? "werkmap" : window.location.pathname;
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
