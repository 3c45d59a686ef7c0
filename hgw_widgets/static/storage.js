// BrowserStore: keeps one JSON string in the browser's localStorage, keyed per
// notebook page and exercise, so a page reload finds the work back.
// scope "page": one copy per notebook page; scope "workbook": one copy for every page.
// What is kept counts until the end of the day it was saved, and in room mode only for
// the login that saved it (hgw_widgets/domain/keeping.py has the rules):
//   key   = prefix + ["zaal-" + hash(_xsrf cookie) + ":"] + page path or "werkmap" + ":" + key
//   value = {"hgw": 1, "day": "YYYY-MM-DD", "value": "<the text>"}
function pad(n) { return (n < 10 ? "0" : "") + n; }

function today() {
  const d = new Date();
  return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
}

// A short, stable, non-secret fingerprint (cyrb53): only keeps two logins' keys apart.
function hash(text) {
  let h1 = 0xdeadbeef, h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// In room mode: "zaal-<hash of this browser's session cookie>"; outside a room: "".
function login(model) {
  if (!model.get("room")) return "";
  const found = document.cookie.match(/(?:^|;\s*)_xsrf=([^;]*)/);
  return "zaal-" + (found ? hash(decodeURIComponent(found[1])) : "zonder-sessie");
}

function ownPrefix(model) {
  const who = login(model);
  return model.get("prefix") + (who ? who + ":" : "");
}

function storageKey(model) {
  const where = model.get("scope") === "workbook" ? "werkmap" : window.location.pathname;
  return ownPrefix(model) + where + ":" + model.get("key");
}

function workbookKeys(prefix) {
  const keys = [];
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i);
      if (key && key.startsWith(prefix)) keys.push(key);
    }
  } catch (e) { /* storage blocked */ }
  return keys;
}

function readEntry(key) {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return null;
    const entry = JSON.parse(raw);
    if (entry && entry.hgw === 1 && typeof entry.day === "string" && typeof entry.value === "string") return entry;
  } catch (e) { /* not ours or not JSON */ }
  return { hgw: 0, day: "", value: "" };  // an entry without a day never counts
}

// Remove what no longer counts: entries of an earlier day and, in a room, other logins' entries.
function tidy(model) {
  const prefix = model.get("prefix");
  const mine = ownPrefix(model);
  const day = today();
  for (const key of workbookKeys(prefix)) {
    const entry = readEntry(key);
    const otherLogin = model.get("room") && !key.startsWith(mine);
    if (!entry || entry.day !== day || otherLogin) {
      try { window.localStorage.removeItem(key); } catch (e) { /* nothing to remove */ }
    }
  }
}

function render({ model, el }) {
  el.classList.add("hgw-browser-store");
  el.style.display = "none";
  const write = () => {
    const value = model.get("value");
    const key = storageKey(model);
    try {
      if (value) {
        window.localStorage.setItem(key, JSON.stringify({ hgw: 1, day: today(), value: value }));
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
    } else if (msg && msg.event === "clear_all") {
      const keys = workbookKeys(model.get("prefix"));
      for (const key of keys) {
        try { window.localStorage.removeItem(key); } catch (e) { /* already gone */ }
      }
      model.send({ event: "cleared_all", count: keys.length });
    }
  };
  model.on("change:value", write);
  model.on("msg:custom", onMessage);
  tidy(model);
  // Tell the kernel what this browser kept earlier today for this login (or nothing).
  const entry = readEntry(storageKey(model));
  model.send({
    event: "ready",
    value: entry && entry.day === today() ? entry.value : null,
    saved_on: entry ? entry.day : null,
    today: today(),
  });
  return () => {
    model.off("change:value", write);
    model.off("msg:custom", onMessage);
  };
}

export default { render };
