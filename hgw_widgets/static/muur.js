// The trainer's wall (issue 16): polls hgw/muur/stand every two seconds and shows it.
// Served as hgw/muur/muur.js (hgw_widgets.server.wall_handlers). Every shared text is put on the page
// with textContent only (never innerHTML), so whatever a participant typed stays text. No eval, no
// inline script: the server's Content-Security-Policy. Texts: data-texts on <body> (messages/nl/wall.yaml).
(function () {
  "use strict";
  var POLL_MS = 2000;
  var body = document.body;
  var base = body.getAttribute("data-base-url") || "/";
  var T = JSON.parse(body.getAttribute("data-texts") || "{}");
  var enlarged = null; // id of the goal shown large ("Deze bespreken we")
  var last = null;
  var lastText = "";

  function fill(text, fields) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) { return fields && k in fields ? String(fields[k]) : m; });
  }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function xsrf() {
    var m = document.cookie.match(/(?:^|;\s*)_xsrf=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : "";
  }
  function status(text) { byId("muur-status").textContent = text || ""; }

  function post(path, data) {
    return fetch(base + "hgw/muur/" + path, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-XSRFToken": xsrf() },
      body: JSON.stringify(data || {})
    }).then(function (r) { return r.json().catch(function () { return {}; }).then(function (j) {
      return poll().then(function () { if (!r.ok && j && j.bericht) { status(j.bericht); } });
    }); }).catch(function () { status(T.offline); });
  }

  function hideButton(id) {
    var b = el("button", "knop knop-klein", T.hide);
    b.type = "button";
    b.setAttribute("data-verberg", id);
    b.addEventListener("click", function () { post("verberg", { id: id }); });
    return b;
  }

  function who(name) { return name ? name : T.anonymous; }

  function checks(list) {
    var ul = el("ul", "toets");
    list.forEach(function (c) {
      ul.appendChild(el("li", c.met ? "ja" : "nee", c.label + ": " + (c.met ? T.met : T.not_met)));
    });
    return ul;
  }

  function renderSpread(state) {
    var box = byId("muur-spreiding");
    clear(box);
    byId("muur-spreiding-kop").textContent = T.spread_heading + " (" + fill(T.spread_count, { n: state.assessments }) + ")";
    if (!state.assessments) { box.appendChild(el("p", "leeg", T.spread_none)); return; }
    var scale = el("div", "spreiding-schaal");
    scale.appendChild(el("div"));
    var numbers = el("div");
    ["1", "2", "3", "4"].forEach(function (n) { numbers.appendChild(el("span", null, n)); });
    scale.appendChild(numbers);
    box.appendChild(scale);
    state.spread.forEach(function (s) {
      var row = el("div", "spreiding-rij");
      row.setAttribute("data-principe", s.principle);
      row.appendChild(el("div", "spreiding-naam", s.label));
      var bar = el("div", "spreiding-balk");
      if (s.count) {
        // positions on the track (inset in the bar, muur.css), so a range or median at 4 stays inside the bar
        var pos = function (v) { return ((v - 1) / 3 * 100) + "%"; };
        var track = el("div", "spreiding-spoor");
        var range = el("div", "spreiding-bereik");
        range.style.left = pos(s.low);
        range.style.width = ((s.high - s.low) / 3 * 100) + "%";
        track.appendChild(range);
        var mid = el("div", "spreiding-mediaan");
        mid.style.left = pos(s.median);
        track.appendChild(mid);
        bar.appendChild(track);
      }
      row.appendChild(bar);
      row.appendChild(el("div", "spreiding-tekst", s.count
        ? fill(T.spread_row, { low: s.low, high: s.high, median: s.median_text, count: s.count })
        : T.spread_row_none));
      box.appendChild(row);
    });
    box.appendChild(el("p", "muur-intro", T.spread_legend));
    var list = el("ul", "zelfbeoordelingen");
    list.appendChild(el("li", null, T.assessments_list));
    state.assessment_items.forEach(function (a) {
      var li = el("li", null, who(a.name));
      li.appendChild(hideButton(a.id));
      list.appendChild(li);
    });
    box.appendChild(list);
  }

  function renderGoals(state) {
    var box = byId("muur-doelen");
    clear(box);
    byId("muur-doelen-kop").textContent = T.goals_heading + " (" + state.goals.length + ")";
    if (!state.goals.length) { box.appendChild(el("p", "leeg", T.goals_none)); return; }
    var cards = el("div", "kaarten");
    state.goals.forEach(function (g) {
      var card = el("article", "kaart");
      card.setAttribute("data-id", g.id);
      card.appendChild(el("p", "kaart-tekst", g.text));
      card.appendChild(el("p", "kaart-wie", who(g.name)));
      card.appendChild(checks(g.checks));
      var buttons = el("div", "kaart-knoppen");
      var big = el("button", "knop", T.discuss);
      big.type = "button";
      big.addEventListener("click", function () { enlarged = g.id; render(last); });
      buttons.appendChild(big);
      buttons.appendChild(hideButton(g.id));
      card.appendChild(buttons);
      cards.appendChild(card);
    });
    box.appendChild(cards);
  }

  function renderReplies(state) {
    var box = byId("muur-reacties");
    clear(box);
    var n = 0;
    state.fragments.forEach(function (f) { n += f.replies.length; });
    byId("muur-reacties-kop").textContent = T.replies_heading + " (" + n + ")";
    if (!state.fragments.length) { box.appendChild(el("p", "leeg", T.replies_none)); return; }
    state.fragments.forEach(function (f) {
      var part = el("section", "fragment");
      part.setAttribute("data-fragment", f.key);
      part.appendChild(el("h3", "fragment-tekst", f.fragment));
      var ul = el("ul", "reacties");
      f.replies.forEach(function (r) {
        var li = el("li", null, r.text);
        li.setAttribute("data-id", r.id);
        li.appendChild(el("span", "kaart-wie", " — " + who(r.name)));
        li.appendChild(hideButton(r.id));
        ul.appendChild(li);
      });
      part.appendChild(ul);
      box.appendChild(part);
    });
  }

  function renderHidden(state) {
    // what the trainer hid, folded under "Verborgen (n)", each with "Zet terug"
    var hidden = state.hidden || [];
    var box = byId("muur-verborgen");
    box.hidden = !hidden.length;
    byId("muur-verborgen-kop").textContent = fill(T.hidden_heading, { n: hidden.length });
    var list = byId("muur-verborgen-lijst");
    clear(list);
    var kinds = { zelfbeoordeling: T.kind_assessment, doel: T.kind_goal, reactie: T.kind_reply };
    hidden.forEach(function (h) {
      var li = el("li", null, (kinds[h.kind] || "") + ": " + (h.text ? h.text + " — " : "") + who(h.name));
      li.setAttribute("data-id", h.id);
      var back = el("button", "knop knop-klein", T.put_back);
      back.type = "button";
      back.addEventListener("click", function () { post("zichtbaar", { id: h.id }); });
      li.appendChild(back);
      list.appendChild(li);
    });
  }

  function renderEnlarged(state) {
    var box = byId("muur-groot");
    var goal = null;
    state.goals.forEach(function (g) { if (g.id === enlarged) { goal = g; } });
    if (!goal) { enlarged = null; box.hidden = true; clear(box); return; }
    clear(box);
    box.appendChild(el("h2", null, T.discuss));
    box.appendChild(el("p", "groot-tekst", goal.text));
    box.appendChild(el("p", "kaart-wie", who(goal.name)));
    box.appendChild(checks(goal.checks));
    box.appendChild(el("p", "groot-oordeel", T.discuss_judge));
    var back = el("button", "knop", T.discuss_close);
    back.type = "button";
    back.addEventListener("click", function () { enlarged = null; render(last); });
    box.appendChild(back);
    box.hidden = false;
  }

  function render(state) {
    if (!state) { return; }
    // serve mode (one computer, a team in turns): how many items, not how many people (all are one)
    if (state.connected === null) {
      byId("muur-verbonden").textContent = state.items === 1 ? T.this_computer_one : fill(T.this_computer_items, { n: state.items });
      byId("muur-gedeeld").textContent = "";
    } else {
      byId("muur-verbonden").textContent = state.connected === 1 ? T.connected_one : fill(T.connected, { n: state.connected });
      byId("muur-gedeeld").textContent = state.shared === 1 ? T.shared_one : fill(T.shared, { n: state.shared });
    }
    renderSpread(state);
    renderGoals(state);
    renderReplies(state);
    renderHidden(state);
    renderEnlarged(state);
  }

  function poll() {
    return fetch(base + "hgw/muur/stand", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (state) {
        var text = JSON.stringify(state);
        if (text !== lastText) { last = state; lastText = text; render(state); } // unchanged: keep focus
        var now = new Date();
        var hh = ("0" + now.getHours()).slice(-2), mm = ("0" + now.getMinutes()).slice(-2), ss = ("0" + now.getSeconds()).slice(-2);
        body.setAttribute("data-bijgewerkt", String(now.getTime()));
        byId("muur-status").textContent = "";
        byId("muur-status").title = fill(T.updated, { time: hh + ":" + mm + ":" + ss });
      })
      .catch(function () { status(T.offline); });
  }

  function setUp() {
    byId("muur-download-docx").textContent = T.download_docx;
    byId("muur-download-html").textContent = T.download_html;
    var wipe = byId("muur-wis");
    wipe.textContent = T.clear;
    wipe.addEventListener("click", function () {
      if (byId("muur-bevestig")) { return; }
      var ask = el("div", "muur-bevestig");
      ask.id = "muur-bevestig";
      ask.setAttribute("role", "alertdialog");
      ask.appendChild(el("p", null, T.clear_confirm));
      var yes = el("button", "knop knop-gevaar", T.clear_yes);
      yes.type = "button";
      var no = el("button", "knop", T.clear_no);
      no.type = "button";
      yes.addEventListener("click", function () { ask.remove(); post("wis", {}); });
      no.addEventListener("click", function () { ask.remove(); wipe.focus(); });
      ask.appendChild(yes);
      ask.appendChild(document.createTextNode(" "));
      ask.appendChild(no);
      byId("muur-status").after(ask);
      no.focus();
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && enlarged !== null) { enlarged = null; render(last); }
    });
    poll();
    window.setInterval(poll, POLL_MS);
  }

  setUp();
})();
