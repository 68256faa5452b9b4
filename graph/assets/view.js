/* negograph view: filters, search, one-party mode, tooltips and the details panel.
 *
 * Every piece of text from the data reaches the DOM through textContent or
 * an attribute set with setAttribute; nothing is ever parsed as HTML.
 */
(function () {
  "use strict";

  function readJSON(id) { return JSON.parse(document.getElementById(id).textContent); }

  var DATA = readJSON("negograph-data");
  var nodes = new vis.DataSet(readJSON("vis-nodes"));
  var edges = new vis.DataSet(readJSON("vis-edges"));
  var options = readJSON("vis-options");

  var RELATION = {}, ISSUE = {};
  DATA.relations.forEach(function (r) { RELATION[r.key] = r; });
  DATA.issues.forEach(function (i) { ISSUE[i.key] = i; });
  var POLARITY = { demands: 1, proposes: 1, accepts: 1, rejects: -1 };
  var STANCE_COLOURS = { agree: "#2e7d32", conflict: "#c62828", mixed: "#ef6c00", party: "#f9a825" };

  // ---- small DOM helpers (text only) ----
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") node.textContent = attrs[k];
        else if (k === "class") node.className = attrs[k];
        else if (k === "style") Object.assign(node.style, attrs[k]);
        else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  var SVGNS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function relationSample(key) {
    var r = RELATION[key];
    var s = svg("svg", { width: 34, height: 12, "aria-hidden": "true" });
    var line = svg("line", { x1: 1, y1: 6, x2: 27, y2: 6, stroke: r.color, "stroke-width": 2.5 });
    if (r.dashes) line.setAttribute("stroke-dasharray", r.dashes.join(" "));
    s.appendChild(line);
    s.appendChild(svg("path", { d: "M27 2 L33 6 L27 10 Z", fill: r.color }));
    return s;
  }
  function shapeSample(shape, colour) {
    var s = svg("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    var a = { fill: colour, stroke: "#fff", "stroke-width": 1 };
    var paths = {
      diamond: "M8 1 L15 8 L8 15 L1 8 Z",
      square: "M2 2 H14 V14 H2 Z",
      triangle: "M8 1.5 L15 14.5 H1 Z",
      hexagon: "M4.5 2 H11.5 L15 8 L11.5 14 H4.5 L1 8 Z",
      star: "M8 1 L10 6 L15 6 L11 9.5 L12.5 15 L8 11.8 L3.5 15 L5 9.5 L1 6 L6 6 Z",
    };
    if (paths[shape]) { a.d = paths[shape]; s.appendChild(svg("path", a)); }
    else { a.cx = 8; a.cy = 8; a.r = 6.5; s.appendChild(svg("circle", a)); }
    return s;
  }
  function swatch(colour) { return el("span", { class: "swatch", style: { background: colour } }); }
  function relationChip(key) {
    return el("span", { class: "chip", style: { background: RELATION[key].color }, text: key });
  }
  function issueChip(key) {
    var colour = (ISSUE[key] || { color: "#9e9e9e" }).color;
    return el("span", { class: "chip issue", style: { background: colour }, text: key });
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function safeUrl(url) {
    try {
      var u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") ? u.href : "";
    } catch (e) { return ""; }
  }

  // ---- indexes ----
  var allNodes = nodes.get(), allEdges = edges.get();
  var nodeById = {}, edgeById = {};
  allNodes.forEach(function (n) { nodeById[n.id] = n; });
  allEdges.forEach(function (e) { edgeById[e.id] = e; });
  var outEdges = {}, inEdges = {};
  allEdges.forEach(function (e) {
    (outEdges[e.from] = outEdges[e.from] || []).push(e);
    (inEdges[e.to] = inEdges[e.to] || []).push(e);
  });
  // Evidence rows are stored by edge index (edge "e12" is row 12): see graph/view.py.
  var edgeArticles = {};
  allEdges.forEach(function (e) {
    var seenArticles = [];
    evidenceOf(e.id).forEach(function (ev) { if (seenArticles.indexOf(ev[0]) < 0) seenArticles.push(ev[0]); });
    edgeArticles[e.id] = seenArticles;
  });
  function evidenceOf(id) { return DATA.evidence[Number(id.slice(1))]; }
  function str(k) { return DATA.strings[k]; }
  var groups = options.groups || {};
  var originalColour = {};
  allNodes.forEach(function (n) { originalColour[n.id] = (groups[n.group] || {}).color; });

  // ---- state and filtering ----
  var state = {
    excluded: { relation: new Set(), issue: new Set(), actor: new Set(), article: new Set() },
    party: "",
    stance: {},
  };
  var visibleNodes = new Set(), visibleEdges = new Set();

  function passesFilters(e) {
    var ex = state.excluded;
    if (ex.relation.has(e.relation) || ex.issue.has(e.issue) || ex.actor.has(e.from)) return false;
    if (ex.article.size) {
      var arts = edgeArticles[e.id];
      for (var k = 0; k < arts.length; k++) if (!ex.article.has(String(arts[k]))) return true;
      return false;
    }
    return true;
  }

  function recompute() {
    visibleEdges = new Set();
    visibleNodes = new Set();
    var partyItems = null;
    if (state.party) {
      partyItems = {};
      (outEdges[state.party] || []).forEach(function (e) {
        if (!passesFilters(e)) return;
        (partyItems[e.to] = partyItems[e.to] || new Set()).add(POLARITY[e.relation]);
      });
    }
    var stance = {};
    allEdges.forEach(function (e) {
      if (!passesFilters(e)) return;
      if (partyItems) {
        if (e.from !== state.party && !partyItems[e.to]) return;
        if (e.from !== state.party) {
          var s = stance[e.from] || (stance[e.from] = { agree: [], conflict: [] });
          var pol = partyItems[e.to];
          if (pol.has(POLARITY[e.relation])) s.agree.push(e);
          if (pol.has(-POLARITY[e.relation])) s.conflict.push(e);
        }
      }
      visibleEdges.add(e.id);
      visibleNodes.add(e.from);
      visibleNodes.add(e.to);
    });
    if (state.party) visibleNodes.add(state.party);
    applyStanceColours(stance);
    state.stance = stance;
    nodesView.refresh();
    edgesView.refresh();
    updateStatus();
  }

  function stanceOf(s) {
    if (s.agree.length && s.conflict.length) return "mixed";
    return s.agree.length ? "agree" : "conflict";
  }

  var coloured = [];
  function applyStanceColours(stance) {
    var updates = coloured.map(function (id) { return { id: id, color: originalColour[id] }; });
    coloured = [];
    if (state.party) {
      Object.keys(stance).forEach(function (id) {
        var c = STANCE_COLOURS[stanceOf(stance[id])];
        updates.push({ id: id, color: { background: c, border: "#ffffff", highlight: { background: c, border: "#ffb300" }, hover: { background: c, border: "#ffb300" } } });
        coloured.push(id);
      });
      var p = STANCE_COLOURS.party;
      updates.push({ id: state.party, color: { background: p, border: "#1b262c", highlight: { background: p, border: "#1b262c" }, hover: { background: p, border: "#1b262c" } } });
      coloured.push(state.party);
    }
    if (updates.length) nodes.update(updates);
  }

  // Everything starts visible; the views must see that when they are built.
  allEdges.forEach(function (e) { visibleEdges.add(e.id); visibleNodes.add(e.from); visibleNodes.add(e.to); });
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, options);

  // ---- status line ----
  var status = document.getElementById("status");
  function updateStatus() {
    var text = visibleEdges.size + " of " + plural(allEdges.length, "position") + " · " +
      visibleNodes.size + " of " + plural(allNodes.length, "node");
    if (DATA.layout === "python") text += " · layout precomputed";
    if (state.party) text += " · one party: " + nodeById[state.party].label;
    status.textContent = text;
    status.setAttribute("data-nodes", String(visibleNodes.size));
    status.setAttribute("data-edges", String(visibleEdges.size));
  }

  // ---- filter lists ----
  var checkboxes = { relation: [], issue: [], actor: [], article: [] };
  function buildChecks(dim, entries, searchable) {
    var host = document.querySelector("#filter-" + dim + " .checks");
    var list = el("div", { class: "list" });
    function setAll(on) {
      checkboxes[dim].forEach(function (box) { box.checked = on; });
      state.excluded[dim] = on ? new Set() : new Set(checkboxes[dim].map(function (b) { return b.value; }));
      recompute();
    }
    host.appendChild(el("div", { class: "bulk" }, [
      el("button", { type: "button", class: "link", text: "all", onclick: function () { setAll(true); } }),
      el("button", { type: "button", class: "link", text: "none", onclick: function () { setAll(false); } }),
    ]));
    if (searchable) {
      var filterBox = el("input", { type: "search", placeholder: "Filter " + dim + "s…", "aria-label": "Filter the " + dim + " list" });
      filterBox.addEventListener("input", function () {
        var q = filterBox.value.trim().toLowerCase();
        Array.prototype.forEach.call(list.children, function (row) {
          row.hidden = q !== "" && row.getAttribute("data-search").indexOf(q) < 0;
        });
      });
      host.appendChild(filterBox);
    }
    entries.forEach(function (entry) {
      var box = el("input", { type: "checkbox", value: entry.value, "data-dim": dim });
      box.checked = true;
      box.addEventListener("change", function () {
        if (box.checked) state.excluded[dim].delete(box.value); else state.excluded[dim].add(box.value);
        recompute();
      });
      checkboxes[dim].push(box);
      list.appendChild(el("label", { class: "check", title: entry.title || entry.label, "data-search": (entry.label || "").toLowerCase() }, [
        box, entry.mark || null, el("span", { class: "name", text: entry.label }),
        entry.count !== undefined ? el("span", { class: "count", text: String(entry.count) }) : null,
      ]));
    });
    host.appendChild(list);
  }

  var countBy = function (key) {
    var c = {};
    allEdges.forEach(function (e) { c[e[key]] = (c[e[key]] || 0) + 1; });
    return c;
  };
  var byRelation = countBy("relation"), byIssue = countBy("issue");
  buildChecks("relation", DATA.relations.map(function (r) {
    return { value: r.key, label: r.key, mark: relationSample(r.key), count: byRelation[r.key] || 0 };
  }));
  buildChecks("issue", DATA.issues.map(function (i) {
    return { value: i.key, label: i.key, mark: swatch(i.color), count: byIssue[i.key] || 0 };
  }));
  var actors = allNodes.filter(function (n) { return n.kind === "actor"; }).sort(function (a, b) {
    return DATA.nodes[b.id].positions - DATA.nodes[a.id].positions || a.label.localeCompare(b.label);
  });
  buildChecks("actor", actors.map(function (n) {
    return { value: n.id, label: n.label, count: DATA.nodes[n.id].positions };
  }), actors.length > 12);
  var articleCounts = {};
  Object.keys(edgeArticles).forEach(function (id) {
    edgeArticles[id].forEach(function (a) { articleCounts[a] = (articleCounts[a] || 0) + 1; });
  });
  buildChecks("article", DATA.articles.map(function (a, k) {
    var label = a.title + (a.date ? " (" + a.date + ")" : "");
    return { value: String(k), label: label, title: label + (a.source ? " · " + a.source : ""), count: articleCounts[k] || 0 };
  }), DATA.articles.length > 8);

  // ---- negotiation selector: keeps the articles of one negotiation ----
  var negotiationSelect = document.getElementById("negotiation");
  var negotiationIds = [];
  DATA.articles.forEach(function (a) {
    (a.negotiations || []).forEach(function (n) { if (negotiationIds.indexOf(n) < 0) negotiationIds.push(n); });
  });
  negotiationIds.sort().forEach(function (n) { negotiationSelect.appendChild(el("option", { value: n, text: n })); });
  if (!negotiationIds.length) document.getElementById("negotiation-box").hidden = true;
  negotiationSelect.addEventListener("change", function () {
    var chosen = negotiationSelect.value;
    state.excluded.article = new Set();
    DATA.articles.forEach(function (a, k) {
      if (chosen && (a.negotiations || []).indexOf(chosen) < 0) state.excluded.article.add(String(k));
    });
    checkboxes.article.forEach(function (box) { box.checked = !state.excluded.article.has(box.value); });
    recompute();
  });

  // ---- party selector ----
  var partySelect = document.getElementById("party");
  actors.forEach(function (n) { partySelect.appendChild(el("option", { value: n.id, text: n.label })); });
  partySelect.addEventListener("change", function () { setParty(partySelect.value); });
  function setParty(id) {
    state.party = id && nodeById[id] ? id : "";
    partySelect.value = state.party;
    recompute();
    if (state.party) { showPartyDetails(state.party); network.fit({ nodes: Array.from(visibleNodes), animation: false }); }
    else showHint();
  }

  // ---- legend ----
  (function buildLegend() {
    var legend = document.getElementById("legend");
    legend.appendChild(el("div", { class: "legend-sub", text: "Edges: relation (width = supporting articles)" }));
    DATA.relations.forEach(function (r) {
      legend.appendChild(el("div", { class: "legend-row" }, [relationSample(r.key), el("span", { text: r.key })]));
    });
    legend.appendChild(el("div", { class: "legend-sub", text: "Actors: shape by type (size = positions)" }));
    DATA.actorTypes.forEach(function (t) {
      legend.appendChild(el("div", { class: "legend-row" }, [shapeSample(t.shape, DATA.actorColor), el("span", { text: t.key })]));
    });
    legend.appendChild(el("div", { class: "legend-sub", text: "Items: colour by issue" }));
    DATA.issues.forEach(function (i) {
      legend.appendChild(el("div", { class: "legend-row" }, [shapeSample("dot", i.color), el("span", { text: i.key })]));
    });
    legend.appendChild(el("div", { class: "legend-sub", text: "One-party mode" }));
    [["party", "the party"], ["agree", "agrees on a shared item"], ["conflict", "conflicts on a shared item"], ["mixed", "both"]].forEach(function (p) {
      legend.appendChild(el("div", { class: "legend-row" }, [swatch(STANCE_COLOURS[p[0]]), el("span", { text: p[1] })]));
    });
  })();

  // ---- details panel ----
  var details = document.getElementById("details");
  function showHint() {
    clear(details);
    details.appendChild(el("h2", { text: "Details" }));
    details.appendChild(el("p", { class: "hint", text: "Click an edge to read the sentences behind a position, or a node to list its positions. Hover for a summary." }));
  }

  function articleBlock(articleIndex, items) {
    var a = DATA.articles[articleIndex];
    var meta = [a.date, a.source].filter(Boolean).join(" · ");
    var block = el("div", { class: "article" }, [
      el("div", { class: "title", text: a.title }),
      meta ? el("div", { class: "meta", text: meta }) : null,
    ]);
    var url = safeUrl(a.url);
    if (url) block.appendChild(el("div", { class: "meta" }, [el("a", { href: url, target: "_blank", rel: "noopener noreferrer nofollow", text: url })]));
    items.forEach(function (ev) {
      block.appendChild(el("blockquote", { text: str(ev[1]) }));
      var facts = el("dl", { class: "facts" });
      function fact(name, value) { if (value) { facts.appendChild(el("dt", { text: name })); facts.appendChild(el("dd", { text: value })); } }
      fact("attribution", str(ev[2]) || "the article itself");
      fact("item words", str(ev[3]));
      fact("conditional on", (ev[5] || []).join("; "));
      fact("confidence", String(ev[4]));
      block.appendChild(facts);
    });
    return block;
  }

  function showEdgeDetails(id) {
    var e = edgeById[id], info = { articles: edgeArticles[id], evidence: evidenceOf(id) };
    clear(details);
    details.appendChild(el("h2", {}, [nodeById[e.from].label + " ", relationChip(e.relation), " " + nodeById[e.to].label]));
    details.appendChild(el("div", { class: "meta" }, [issueChip(e.issue), " " + plural(info.articles.length, "article") + " · " + plural(info.evidence.length, "sentence")]));
    details.appendChild(el("h3", { text: "Supporting sentences" }));
    var grouped = [], byArticle = {};
    info.evidence.forEach(function (ev) {
      if (!byArticle[ev[0]]) { byArticle[ev[0]] = []; grouped.push(ev[0]); }
      byArticle[ev[0]].push(ev);
    });
    grouped.forEach(function (a) { details.appendChild(articleBlock(a, byArticle[a])); });
  }

  function positionRow(e, otherEnd) {
    var n = edgeArticles[e.id].length;
    return el("li", {}, [
      relationChip(e.relation), " ",
      el("button", { type: "button", class: "link", text: nodeById[otherEnd].label, onclick: function () { selectEdge(e.id); } }),
      " ", el("span", { class: "meta", text: "· " + plural(n, "article") }),
    ]);
  }

  function nodeInfo(id) { return Object.assign({ label: nodeById[id].label, kind: nodeById[id].kind, issue: nodeById[id].issue }, DATA.nodes[id]); }
  function showNodeDetails(id) {
    var n = nodeInfo(id);
    clear(details);
    if (n.kind === "actor") {
      details.appendChild(el("h2", { text: n.label }));
      details.appendChild(el("div", { class: "meta", text: [n.type, n.wikidata].filter(Boolean).join(" · ") + " · " + plural(n.positions, "position") }));
      details.appendChild(el("p", {}, [el("button", { type: "button", text: "Show only this party", onclick: function () { setParty(id); } })]));
      var mine = outEdges[id] || [];
      DATA.relations.forEach(function (r) {
        var rows = mine.filter(function (e) { return e.relation === r.key; });
        if (!rows.length) return;
        details.appendChild(el("h3", { text: r.key + " (" + rows.length + ")" }));
        details.appendChild(el("ul", { class: "positions" }, rows.map(function (e) {
          var li = positionRow(e, e.to);
          li.appendChild(document.createTextNode(" "));
          li.appendChild(issueChip(e.issue));
          return li;
        })));
      });
    } else {
      details.appendChild(el("h2", { text: n.label }));
      details.appendChild(el("div", { class: "meta" }, [issueChip(n.issue), " " + plural(n.positions, "position")]));
      details.appendChild(el("h3", { text: "Positions on this item" }));
      details.appendChild(el("ul", { class: "positions" }, (inEdges[id] || []).map(function (e) { return positionRow(e, e.from); })));
    }
  }

  function showPartyDetails(id) {
    showNodeDetails(id);
    var groups = { agree: [], conflict: [], mixed: [] };
    Object.keys(state.stance).forEach(function (actor) { groups[stanceOf(state.stance[actor])].push(actor); });
    [["agree", "Agrees with"], ["conflict", "Conflicts with"], ["mixed", "Both agrees and conflicts"]].forEach(function (g) {
      var list = groups[g[0]];
      if (!list.length) return;
      details.appendChild(el("h3", { class: "stance-" + g[0], text: g[1] + " (" + list.length + ")" }));
      details.appendChild(el("ul", { class: "positions" }, list.map(function (actor) {
        var s = state.stance[actor];
        var on = s.agree.concat(s.conflict).map(function (e) { return nodeById[e.to].label; });
        return el("li", {}, [
          el("button", { type: "button", class: "link", text: nodeById[actor].label, onclick: function () { selectNode(actor); } }),
          el("span", { class: "meta", text: " on " + Array.from(new Set(on)).join("; ") }),
        ]);
      })));
    });
  }

  // ---- tooltip ----
  var tooltip = document.getElementById("tooltip");
  var TOOLTIP_QUOTES = 3;
  function showTooltip(content, pointer) {
    clear(tooltip);
    content.forEach(function (c) { tooltip.appendChild(c); });
    tooltip.hidden = false;
    var wrap = container.getBoundingClientRect();
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 14;
    if (x + tooltip.offsetWidth > wrap.width) x = Math.max(4, pointer.DOM.x - tooltip.offsetWidth - 14);
    if (y + tooltip.offsetHeight > wrap.height) y = Math.max(4, pointer.DOM.y - tooltip.offsetHeight - 14);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }
  function edgeTooltip(id) {
    var e = edgeById[id], info = { articles: edgeArticles[id], evidence: evidenceOf(id) };
    var parts = [
      el("div", {}, [el("strong", { text: nodeById[e.from].label }), " ", relationChip(e.relation), " ", el("strong", { text: nodeById[e.to].label })]),
      el("div", { class: "meta" }, [issueChip(e.issue), " " + plural(info.articles.length, "article")]),
    ];
    info.evidence.slice(0, TOOLTIP_QUOTES).forEach(function (ev) {
      var a = DATA.articles[ev[0]];
      parts.push(el("div", { class: "quote" }, [
        el("div", { text: str(ev[1]) }),
        el("div", { class: "meta", text: [a.title, a.date, a.source].filter(Boolean).join(" · ") + (ev[2] ? " — " + str(ev[2]) : "") }),
      ]));
    });
    if (info.evidence.length > TOOLTIP_QUOTES) {
      parts.push(el("div", { class: "meta", text: "+ " + (info.evidence.length - TOOLTIP_QUOTES) + " more: click the edge" }));
    }
    return parts;
  }
  function nodeTooltip(id) {
    var n = nodeInfo(id);
    var list = n.kind === "actor" ? (outEdges[id] || []) : (inEdges[id] || []);
    var parts = [el("div", {}, [el("strong", { text: n.label }), " ", n.kind === "item" ? issueChip(n.issue) : el("span", { class: "meta", text: n.type })])];
    list.slice(0, 8).forEach(function (e) {
      parts.push(el("div", {}, [relationChip(e.relation), " " + (n.kind === "actor" ? nodeById[e.to].label : nodeById[e.from].label)]));
    });
    if (list.length > 8) parts.push(el("div", { class: "meta", text: "+ " + (list.length - 8) + " more: click the node" }));
    return parts;
  }

  network.on("hoverEdge", function (p) { showTooltip(edgeTooltip(p.edge), p.pointer); });
  network.on("blurEdge", hideTooltip);
  network.on("hoverNode", function (p) { showTooltip(nodeTooltip(p.node), p.pointer); });
  network.on("blurNode", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) showNodeDetails(p.nodes[0]);
    else if (p.edges.length) showEdgeDetails(p.edges[0]);
    else showHint();
  });

  function selectEdge(id) {
    if (!visibleEdges.has(id)) resetFilters();
    network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showEdgeDetails(id);
  }
  function selectNode(id) {
    if (!visibleNodes.has(id)) resetFilters();
    network.selectNodes([id]);
    showNodeDetails(id);
  }

  // ---- search ----
  var searchInput = document.getElementById("search");
  var searchMessage = document.getElementById("search-message");
  var names = document.getElementById("node-names");
  var seen = new Set();
  allNodes.forEach(function (n) {
    if (seen.has(n.label)) return;
    seen.add(n.label);
    names.appendChild(el("option", { value: n.label }));
  });
  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null, bestScore = -1;
    allNodes.forEach(function (n) {
      var label = n.label.toLowerCase(), key = DATA.nodes[n.id].key.toLowerCase();
      var score = label === q || key === q ? 3 : label.indexOf(q) === 0 ? 2 : label.indexOf(q) >= 0 ? 1 : 0;
      if (score && visibleNodes.has(n.id)) score += 0.5;
      if (n.kind === "actor") score += 0.1;
      if (score > bestScore) { best = n.id; bestScore = score; }
    });
    return bestScore >= 1 ? best : null;
  }
  function focusNode(id) {
    if (!visibleNodes.has(id)) resetFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    showNodeDetails(id);
    api.focused = id;
  }
  function search(query) {
    var id = findNode(query);
    searchMessage.textContent = id ? "" : "No actor or item matches “" + query + "”.";
    if (id) focusNode(id);
    return id;
  }
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(searchInput.value);
  });
  searchInput.addEventListener("change", function () { if (searchInput.value) search(searchInput.value); });

  // ---- tools ----
  var physicsBox = document.getElementById("physics");
  physicsBox.checked = !!(options.physics && options.physics.enabled);
  physicsBox.addEventListener("change", function () { network.setOptions({ physics: { enabled: physicsBox.checked } }); });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: { duration: 300 } }); });
  function resetFilters() {
    Object.keys(checkboxes).forEach(function (dim) {
      checkboxes[dim].forEach(function (b) { b.checked = true; });
      state.excluded[dim] = new Set();
    });
    state.party = "";
    partySelect.value = "";
    negotiationSelect.value = "";
    recompute();
  }
  document.getElementById("reset").addEventListener("click", function () {
    resetFilters();
    network.unselectAll();
    showHint();
    network.fit();
  });

  function pngCanvas() {
    var src = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = src.width;
    out.height = src.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";  // the network canvas is transparent
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(src, 0, 0);
    return out;
  }
  document.getElementById("save-png").addEventListener("click", function () {
    pngCanvas().toBlob(function (blob) {
      var url = URL.createObjectURL(blob);
      var a = el("a", { href: url, download: (document.title || "negograph").replace(/[^\w.-]+/g, "_") + ".png" });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    }, "image/png");
  });

  // ---- API for scripting and tests ----
  var api = {
    network: network,
    nodes: nodes,
    edges: edges,
    ready: false,
    focused: null,
    counts: function () {
      return { nodes: visibleNodes.size, edges: visibleEdges.size, totalNodes: allNodes.length, totalEdges: allEdges.length,
               drawnNodes: nodesView.length, drawnEdges: edgesView.length };
    },
    exclude: function (dim, values) {
      state.excluded[dim] = new Set(values.map(String));
      checkboxes[dim].forEach(function (b) { b.checked = !state.excluded[dim].has(b.value); });
      recompute();
      return api.counts();
    },
    setParty: function (id) { setParty(id); return api.counts(); },
    search: search,
    selectEdge: selectEdge,
    selectNode: selectNode,
    reset: resetFilters,
    pngDataURL: function () { return pngCanvas().toDataURL("image/png"); },
    stance: function () {
      var out = {};
      Object.keys(state.stance).forEach(function (id) { out[id] = stanceOf(state.stance[id]); });
      return out;
    },
  };
  window.negograph = api;

  showHint();
  updateStatus();
  function markReady() { api.ready = true; document.body.setAttribute("data-ready", "true"); }
  if (physicsBox.checked) network.once("stabilizationIterationsDone", markReady);
  network.once("afterDrawing", function () { if (!physicsBox.checked) markReady(); });
  // Stabilisation may already be over by the time the handlers are attached.
  setTimeout(function () { if (!api.ready) markReady(); }, 4000);
})();
