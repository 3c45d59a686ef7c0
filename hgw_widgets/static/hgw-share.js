// ShareButton (issue 16, the trainer's wall): "Deel met de trainer".
// A click asks the kernel for the item (it builds it with domain.wall.payload_for_*), then THIS
// browser posts it to the server that serves the page: POST <base_url>hgw/muur/deel with Jupyter's
// XSRF check (header X-XSRFToken = the _xsrf cookie). The kernel never contacts the server.
// The server's Dutch answer ("bericht") is shown next to the button: role=status when shared,
// role=alert when not. One click shares once: clicks while a share is under way are ignored, and the
// same item again within REPEAT_MS is not sent twice (a double click), by ANY button of the page (a
// list redrawn makes new buttons). Two different items within the server's limit (one share per
// participant per min_interval_ms): the second waits its turn instead of being refused.
// The name goes with the click: the value the "Naam" field shows now (its model in this browser),
// because the browser may still hold back the field's last changes to the kernel. Nothing typed is touched.
// No inline script, no eval: this file is the widget's module (anywidget), allowed by the page's CSP.
const REPEAT_MS = 10000;     // the same item again within this time: "already shared", not sent
const KERNEL_WAIT_MS = 10000; // the kernel should hand over the item well within this
const POST_WAIT_MS = 15000;   // the server should answer well within this

function baseUrl() {
  // Voilà's page config (also JupyterLab's): {"baseUrl": "/werkmap/", ...}
  const config = document.getElementById("jupyter-config-data");
  if (config) {
    try {
      const data = JSON.parse(config.textContent || "{}");
      if (typeof data.baseUrl === "string" && data.baseUrl.startsWith("/")) {
        return data.baseUrl.endsWith("/") ? data.baseUrl : data.baseUrl + "/";
      }
    } catch (e) { /* fall through */ }
  }
  // the hgw template's <body data-base-url="<base_url>voila/">
  const fromBody = document.body && document.body.dataset ? document.body.dataset.baseUrl : "";
  if (fromBody && fromBody.startsWith("/")) return fromBody.replace(/voila\/$/, "");
  // the page's own address: <base_url>voila/render/NN.ipynb
  const match = window.location.pathname.match(/^(.*?\/)voila\//);
  return match ? match[1] : "/";
}

function readCookie(wanted) {
  for (const part of document.cookie.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === wanted) return decodeURIComponent(rest.join("="));
  }
  return "";
}

function xsrfToken() {
  // Jupyter's double-submit check: the _xsrf cookie and the X-XSRFToken header must agree. A page
  // that Jupyter rendered with a form (the room's login) has set the cookie; Voilà's own page does
  // not, so then this page sets one (a random value; only this origin can set or read it).
  let token = readCookie("_xsrf");
  if (!token) {
    const bytes = window.crypto.getRandomValues(new Uint8Array(16));
    token = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    document.cookie = `_xsrf=${token}; path=${baseUrl()}; SameSite=Strict`;
  }
  return token;
}

// what all share buttons of this page know: when the last share arrived, which bodies were sent when
const SHARED = window.hgwShareState || (window.hgwShareState = { lastAt: 0, sent: new Map(), turn: Promise.resolve() });

async function typedName(model) {
  // the name field's value as shown in this browser (null: no field, or it cannot be read)
  const ref = model.get("name_field");
  try {
    let field = ref;
    if (typeof ref === "string" && ref.startsWith("IPY_MODEL_")) {
      field = await model.widget_manager.get_model(ref.slice("IPY_MODEL_".length));
    }
    const value = field && typeof field.get === "function" ? field.get("value") : null;
    return typeof value === "string" ? value : null;
  } catch (e) {
    return null;
  }
}

function render({ model, el }) {
  el.classList.add("hgw-share");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "hgw-share-button jupyter-button";
  const status = document.createElement("div");
  status.className = "hgw-share-answer";
  status.setAttribute("role", "status");
  const alert = document.createElement("div");
  alert.className = "hgw-share-error";
  alert.setAttribute("role", "alert");
  el.append(button, status, alert);

  const text = (key, status) => {
    const texts = model.get("texts") || {};
    return String(texts[key] || key).replace("{status}", String(status || ""));
  };
  const sync = () => {
    button.textContent = model.get("label");
    const name = model.get("accessible_name");
    if (name && name !== button.textContent) button.setAttribute("aria-label", name);
    else button.removeAttribute("aria-label");
  };
  sync();

  let busy = false;
  let kernelTimer = null;
  const say = (message, ok) => {
    status.textContent = ok ? message : "";
    alert.textContent = ok ? "" : message;
    el.dataset.hgwShare = ok ? "shared" : "refused";
  };
  const done = () => {
    busy = false;
    button.removeAttribute("aria-busy");
  };

  async function post(body) {
    const wait = SHARED.lastAt + (model.get("min_interval_ms") || 0) + 150 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), POST_WAIT_MS);
    let response;
    try {
      response = await fetch(baseUrl() + "hgw/muur/deel", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-XSRFToken": xsrfToken() },
        body,
        signal: controller.signal,
      });
    } catch (e) {
      say(text("offline"), false);
      return;
    } finally {
      clearTimeout(timer);
    }
    let answer = null;
    try { answer = await response.json(); } catch (e) { answer = null; }
    const message = answer && typeof answer.bericht === "string" ? answer.bericht : "";
    if (response.ok && answer && answer.ok === true) {
      SHARED.lastAt = Date.now();
      for (const [old, at] of SHARED.sent) if (SHARED.lastAt - at > REPEAT_MS) SHARED.sent.delete(old);
      SHARED.sent.set(body, SHARED.lastAt);
      say(message || text("sending"), true);
    } else if (message) {
      say(message, false);
    } else if (response.status === 404) {
      say(text("no_wall"), false);
    } else {
      say(text("failed", response.status), false);
    }
  }

  const onMessage = (msg) => {
    if (!msg || msg.event !== "payload" || !busy) return;
    clearTimeout(kernelTimer);
    if (!msg.ok) {
      say(String(msg.bericht || ""), false);
      done();
      return;
    }
    const body = JSON.stringify(msg.payload);
    // one share after the other, over all buttons of the page
    SHARED.turn = SHARED.turn.then(() => {
      const at = SHARED.sent.get(body);
      if (at !== undefined && Date.now() - at < REPEAT_MS) {
        say(text("already"), true);
        return null;
      }
      return post(body);
    }).catch(() => null).finally(done);
  };

  button.addEventListener("click", async () => {
    if (busy) return;
    busy = true;
    button.setAttribute("aria-busy", "true");
    status.textContent = text("sending");
    alert.textContent = "";
    el.dataset.hgwShare = "sending";
    kernelTimer = setTimeout(() => {
      if (!busy) return;
      say(text("no_kernel"), false);
      done();
    }, KERNEL_WAIT_MS);
    const naam = await typedName(model);
    model.send(naam === null ? { event: "request" } : { event: "request", naam });
  });
  const clearAnswer = () => {
    status.textContent = "";
    alert.textContent = "";
    delete el.dataset.hgwShare;
  };
  model.on("msg:custom", onMessage);
  model.on("change:label", sync);
  model.on("change:accessible_name", sync);
  model.on("change:cleared", clearAnswer);
  return () => {
    clearTimeout(kernelTimer);
    model.off("msg:custom", onMessage);
    model.off("change:label", sync);
    model.off("change:accessible_name", sync);
    model.off("change:cleared", clearAnswer);
  };
}

export default { render };
