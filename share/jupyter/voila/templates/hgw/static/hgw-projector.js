// The projector view (issue 16): large text for a group, the exercises' forms out of sight.
// A toggle button at the top of every page puts the class "hgw-projector" on <body>; the page's CSS
// (index.html.j2) and the workbook's CSS (hgw.css) do the rest. The choice is kept for this browser
// tab (sessionStorage), so the next chapter opens the same way. The URL can choose too:
// ?scherm=groot switches it on, ?scherm=normaal off (a trainer can bookmark either).
(function () {
  const KEY = "hgw-projector";
  const button = document.getElementById("hgw-projector-toggle");
  if (!button) return;

  function remembered() {
    try { return window.sessionStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function remember(on) {
    try { window.sessionStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private window: this page only */ }
  }
  function show(on) {
    document.body.classList.toggle("hgw-projector", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }

  const asked = new URLSearchParams(window.location.search).get("scherm");
  let on = asked === "groot" ? true : asked === "normaal" ? false : remembered();
  if (asked === "groot" || asked === "normaal") remember(on);
  show(on);
  button.addEventListener("click", () => {
    on = !on;
    remember(on);
    show(on);
  });
})();
