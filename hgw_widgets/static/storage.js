// BrowserStore: keeps one JSON string in the browser's localStorage, keyed per
// notebook page and exercise, so a page reload finds the work back.
// scope "page": one copy per notebook page; scope "workbook": one copy for every page of the same
// server. A page's address says whose server it is: under JupyterHub /user/<name>/voila/render/...,
// so two people who use the same browser one after the other (a computer room) never share a copy;
// a workbook served at the root (/voila/render/...) keeps the plain key "werkmap" it always had.
// How long a copy counts, and for whom (hgw_widgets/domain/keeping.py has the rules):
//   in room mode until the end of the day it was saved, and only for the login that saved it;
//   on one's own computer (serve mode) for KEEP_DAYS days after it was last saved.
//   key   = prefix + ["zaal-" + hash(_xsrf cookie) + ":"] + page path or "werkmap[/hub path]" + ":" + key
//   value = {"hgw": 1, "day": "YYYY-MM-DD", "value": "<the text>"}
function workbookRoot() {
  const path = window.location.pathname;
  const at = path.indexOf("/voila/");
  return at > 0 ? path.slice(0, at) : "";
}

function pad(n) { return (n < 10 ? "0" : "") + n; }

function dayOf(d) {
  return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
}

function today() { return dayOf(new Date()); }

// Does an entry saved on `day` still count today? (the same rule as domain/keeping.still_kept)
function stillKept(model, day) {
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  if (model.get("room")) return day === today();
  const oldest = new Date();
  oldest.setDate(oldest.getDate() - model.get("keep_days"));
  return day >= dayOf(oldest) && day <= today();
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
  const where = model.get("scope") === "workbook" ? "werkmap" + workbookRoot() : window.location.pathname;
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

// Remove what no longer counts: entries too old (see stillKept) and, in a room, other logins' entries.
function tidy(model) {
  const prefix = model.get("prefix");
  const mine = ownPrefix(model);
  for (const key of workbookKeys(prefix)) {
    const entry = readEntry(key);
    const otherLogin = model.get("room") && !key.startsWith(mine);
    if (!entry || !stillKept(model, entry.day) || otherLogin) {
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
  // Tell the kernel what this browser kept that still counts (or nothing).
  const entry = readEntry(storageKey(model));
  model.send({
    event: "ready",
    value: entry && stillKept(model, entry.day) ? entry.value : null,
    saved_on: entry ? entry.day : null,
    today: today(),
  });
  return () => {
    model.off("change:value", write);
    model.off("msg:custom", onMessage);
  };
}

export default { render };
