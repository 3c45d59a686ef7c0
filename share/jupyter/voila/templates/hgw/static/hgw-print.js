// Printing shows what the page shows, whole (issue 12).
// 1. A print preview frame (iframe.hgw-print-preview, sandboxed) prints only its first screen.
//    Next to each frame this script puts a copy of the same page in a shadow root (its styles stay
//    inside it), shown only on paper (hgw.css). The copy is built from the frame's srcdoc with a
//    short list of allowed elements and no attributes but a few harmless ones: nothing can run.
// 2. Folded parts (<details>) print open: Chromium does that by CSS (::details-content); for other
//    browsers this script opens them just before printing and folds them again afterwards.
(function () {
  const TAGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6", "P", "UL", "OL", "LI", "TABLE", "CAPTION",
    "THEAD", "TBODY", "TFOOT", "TR", "TH", "TD", "BR", "DIV", "SPAN", "STRONG", "EM", "B", "I", "SECTION", "HEADER"]);
  const ATTRS = new Set(["class", "scope", "colspan", "rowspan", "lang"]);
  const made = new WeakSet();

  function copyOf(node) {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.textContent);
    if (node.nodeType !== Node.ELEMENT_NODE) return null;
    if (!TAGS.has(node.tagName)) {
      return ["SCRIPT", "STYLE", "TEMPLATE"].includes(node.tagName) ? null : document.createTextNode(node.textContent);
    }
    const el = document.createElement(node.tagName.toLowerCase());
    for (const attr of node.attributes) if (ATTRS.has(attr.name)) el.setAttribute(attr.name, attr.value);
    for (const child of node.childNodes) {
      const c = copyOf(child);
      if (c) el.appendChild(c);
    }
    return el;
  }

  function printCopy(frame) {
    made.add(frame);
    const doc = new DOMParser().parseFromString(frame.getAttribute("srcdoc") || "", "text/html");
    const host = document.createElement("div");
    host.className = "hgw-print-copy";
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    // the page's own rules for html and body apply to the copy's box
    style.textContent = [...doc.querySelectorAll("style")].map((s) => s.textContent).join("\n")
      .replace(/(^|[\s,{}])html(?=[\s,{])/g, "$1:host").replace(/(^|[\s,{}])body(?=[\s,{])/g, "$1.hgw-copy-body");
    const body = document.createElement("div");
    body.className = "hgw-copy-body";
    for (const child of doc.body.childNodes) {
      const c = copyOf(child);
      if (c) body.appendChild(c);
    }
    root.append(style, body);
    frame.after(host);
  }

  function scan() {
    for (const frame of document.querySelectorAll("iframe.hgw-print-preview")) {
      if (!made.has(frame)) printCopy(frame);
    }
  }

  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
  scan();

  let opened = [];
  window.addEventListener("beforeprint", () => {
    opened = [...document.querySelectorAll("#rendered_cells details:not([open])")];
    for (const d of opened) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
})();
