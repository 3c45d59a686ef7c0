// What a person on a narrow screen cannot reach: visible things that stick out of the viewport,
// or out of a box that clips them or scrolls sideways without saying so. A box that is meant to
// scroll sideways carries the class "hgw-scroll-x" and a visible hint. Returns short descriptions.
// On paper (onPaper=true, with print media emulated) nothing scrolls, so such a box must fit too.
(onPaper = false) => {
  const width = window.innerWidth;
  const found = [];
  const describe = (el, why) =>
    `${el.tagName.toLowerCase()}.${String(el.className).split(" ").slice(-2).join(".")} ` +
    `«${(el.innerText || el.value || el.placeholder || "").trim().slice(0, 40)}» ${why}`;
  const outside = (el, r) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX === "visible") continue;
      const box = p.getBoundingClientRect();
      if (r.right <= box.right + 1 && r.left >= box.left - 1) continue;
      if (!onPaper && p.classList.contains("hgw-scroll-x")) return null;  // meant to scroll, with a hint
      return `sticks out of ${p.tagName.toLowerCase()}.${String(p.className).split(" ").slice(-1)} (${s.overflowX})`;
    }
    return r.right > width + 1 ? `right=${Math.round(r.right)} > ${width}` : null;
  };
  for (const el of document.querySelectorAll("#rendered_cells *")) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const s = getComputedStyle(el);
    if (s.visibility === "hidden" || s.display === "none" || el.closest(".hgw-browser-store")) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (ownText && !["auto", "scroll"].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 2
        && el.tagName !== "TEXTAREA" && (onPaper || !el.closest(".hgw-scroll-x"))) {
      found.push(describe(el, `text cut off (${el.scrollWidth} > ${el.clientWidth})`));
      continue;
    }
    if (el.children.length && !ownText) continue;  // judged by its children
    const why = outside(el, r);
    if (why) found.push(describe(el, why));
  }
  return found.slice(0, 15);
}
