/* The graph view shared by the entity, path, console and benchmark pages.
 *
 * One TkgGraph wraps one cytoscape instance (window.cy for tests): it turns API payloads
 * into elements, draws node shape and colour by type, expands nodes on click, filters by
 * relationship type, country and date, hides and pins nodes, shows an edge's evidence and
 * exports what is on screen. Large graphs get fcose's draft quality and lighter styles so
 * 2,000 nodes still lay out in seconds. */
(function () {
  "use strict";
  const {h, fill, download, toCSV} = window.tkg;

  // Shape and colour per node type; the CSS badges use the same colours (app.css).
  const TYPES = {
    Person: {shape: "ellipse", color: "#2563eb"},
    Organization: {shape: "round-rectangle", color: "#ea580c"},
    Country: {shape: "hexagon", color: "#16a34a"},
    Agency: {shape: "rectangle", color: "#7c3aed"},
    Sanction: {shape: "octagon", color: "#dc2626"},
    Case: {shape: "barrel", color: "#92400e"},
    Advisory: {shape: "rhomboid", color: "#0d9488"},
    Payment: {shape: "diamond", color: "#ca8a04"},
    Document: {shape: "tag", color: "#64748b"},
  };
  const BIG = 300;  // above this many nodes: draft layout, no edge labels until zoomed in
  const LABEL_PX = 12;  // node labels keep this on-screen size whatever the zoom
  const PLURAL = {Person: "persons", Organization: "organizations", Country: "countries",
                  Agency: "agencies", Sanction: "sanctions", Case: "cases",
                  Advisory: "advisories", Payment: "amounts", Document: "documents"};
  const WEAK_MODALITIES = new Set(["alleged", "charged", "estimate", "offer"]);
  const QUALIFIERS = {about: "about ", more_than: "more than ", at_least: "at least ",
                      up_to: "up to ", less_than: "less than "};

  /** "$17.1 million", "$461,406" (the server's api/services/amounts.py, for raw nodes). */
  function usd(value) {
    if (value === null || value === undefined || !Number.isFinite(Number(value))) return "";
    const v = Number(value);
    for (const [size, word] of [[1e9, "billion"], [1e6, "million"]]) {
      if (Math.abs(v) >= size) return "$" + String(Number((v / size).toFixed(2))) + " " + word;
    }
    return "$" + Math.round(v).toLocaleString("en-US");
  }

  function amountName(props) {
    if (props.amount_usd === undefined || props.amount_usd === null) return null;
    return (QUALIFIERS[props.qualifier] || "") + usd(props.amount_usd) +
      (props.kind ? " (" + String(props.kind).replace(/_/g, " ") + ")" : "");
  }

  function plural(label, n) {
    return n + " " + (n === 1 ? label.toLowerCase() : (PLURAL[label] || label.toLowerCase() + "s"));
  }

  // ---- payload -> elements --------------------------------------------------------------
  function labelOf(labels) {
    return (labels || []).find((l) => l !== "Entity") || "Entity";
  }

  /** Evidence sentences as {doc, start, end, text}, from an API model or raw ev_* lists. */
  function evidenceOf(rel) {
    const props = rel.properties || {};
    const list = Array.isArray(rel.evidence) ? rel.evidence : props.evidence;
    if (Array.isArray(list)) {
      return list.map((ev) => ({doc: ev.document || ev.doc, start: ev.start, end: ev.end,
                                text: ev.text || ev.sentence || ""}));
    }
    const docs = props.ev_doc || [];
    return docs.map((doc, i) => ({
      doc: doc, start: (props.ev_start || [])[i], end: (props.ev_end || [])[i],
      text: (props.ev_text || [])[i] || "",
    }));
  }

  /** Node data from the store's plain form or a flat {id, label, name, properties}. */
  function nodeData(node) {
    const props = node.properties || {};
    const id = node.entity_id || props.id || node.id;
    const label = node.label || labelOf(node.labels);
    const name = (label === "Payment" && amountName(props)) || node.name || props.name ||
      props.title || id;
    const data = {
      id: id, elementId: node.element_id, label: label, name: name,
      country: props.country || props.nationality || props.code || node.country || "",
      props: props,
    };
    if (node.degree !== undefined && node.degree !== null) data.degree = node.degree;
    return data;
  }

  function edgeData(rel, idOf) {
    const props = rel.properties || {};
    const source = idOf(rel.source || rel.start);
    const target = idOf(rel.target || rel.end);
    const type = rel.type;
    const band = rel.band || "";
    const modality = rel.modality || props.modality || "";
    const data = {
      id: rel.id || rel.element_id || (source + "|" + type + "|" + target + "|" + (props.key || "")),
      source: source, target: target, type: type,
      date: props.date || props.period_start || props.listing_date || "",
      props: props, evidence: evidenceOf(rel),
      sources: rel.sources || props.sources || [],
      band: band, modality: modality, confidence: rel.confidence,
    };
    if (band === "low" || WEAK_MODALITIES.has(modality)) data.weak = 1;
    return data;
  }

  /** Collect nodes and relationships from any API shape: graph, paths, neighbours, rows. */
  function collect(payload, out) {
    out = out || {nodes: [], rels: []};
    if (payload === null || typeof payload !== "object") return out;
    if (Array.isArray(payload)) { payload.forEach((p) => collect(p, out)); return out; }
    if (payload._type === "node") { out.nodes.push(payload); return out; }
    if (payload._type === "relationship") { out.rels.push(payload); return out; }
    if (payload._type === "path") {
      collect(payload.nodes, out); collect(payload.relationships, out); return out;
    }
    if (payload.node && payload.degree !== undefined) payload.node.degree = payload.degree;
    for (const key of ["nodes", "node", "entity", "center", "neighbor", "other"]) {
      if (payload[key]) collect(payload[key], out);
    }
    for (const key of ["relationships", "relationship", "edges", "edge", "paths", "path",
                       "neighbors", "items", "rows", "hops", "graph", "shortest",
                       "alternatives", "chains"]) {
      if (payload[key]) collect(payload[key], out);
    }
    if (!payload._type && payload.type && (payload.source || payload.start) &&
        (payload.target || payload.end)) out.rels.push(payload);
    else if (!payload._type && payload.id && (payload.labels || payload.label) &&
             !payload.type) out.nodes.push(payload);
    return out;
  }

  function toElements(payload, knownIds) {
    const found = collect(payload);
    const byElement = new Map(knownIds || []);
    const nodes = new Map();
    for (const n of found.nodes) {
      const d = nodeData(n);
      if (!d.id) continue;
      if (n.element_id) byElement.set(String(n.element_id), d.id);
      if (n.entity_id && n.id) byElement.set(String(n.id), d.id);  // console graph form
      nodes.set(d.id, d);
    }
    const idOf = (ref) => byElement.get(String(ref)) || ref;
    const edges = new Map();
    for (const r of found.rels) {
      const d = edgeData(r, idOf);
      if (d.source && d.target) edges.set(d.id, d);
    }
    return {nodes: [...nodes.values()], edges: [...edges.values()], byElement: byElement};
  }

  // ---- style ------------------------------------------------------------------------------
  /** Node size grows with the log of its degree: a hub reads as a hub, a leaf stays small. */
  function nodeSize(ele) {
    if (ele.hasClass("group")) return 30 + 4 * Math.log2(1 + (ele.data("count") || 1));
    const degree = ele.data("degree");
    if (degree === undefined || degree === null) return 22;
    return Math.min(64, 16 + 6 * Math.log2(1 + degree));
  }

  function style(big) {
    const rules = [
      {selector: "node", style: {
        "label": "data(name)", "font-size": LABEL_PX, "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "ellipsis", "text-max-width": 150, "color": "#111827",
        "text-outline-color": "#fff", "text-outline-width": 2,
        "width": nodeSize, "height": nodeSize,
        "background-color": "#94a3b8", "border-width": 1, "border-color": "#fff",
        "min-zoomed-font-size": big ? 8 : 0,
      }},
      {selector: "edge", style: {
        "width": 1.4, "line-color": "#9ca3af", "target-arrow-color": "#9ca3af",
        "target-arrow-shape": "triangle", "arrow-scale": 0.8,
        "curve-style": big ? "haystack" : "bezier",
        "label": "", "font-size": 7, "color": "#4b5563",
        "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.85, "text-background-padding": 1,
        "min-zoomed-font-size": 6,
      }},
      {selector: "node.root", style: {"border-width": 3, "border-color": "#111827",
                                      "font-weight": "bold", "z-index": 20}},
      {selector: "node.pinned", style: {"border-width": 3, "border-style": "double",
                                        "border-color": "#0f172a"}},
      {selector: "node.expanded", style: {"border-color": "#334155", "border-width": 2}},
      {selector: "node:selected", style: {"overlay-color": "#2563eb", "overlay-opacity": 0.2}},
      {selector: "edge:selected", style: {"line-color": "#2563eb", "target-arrow-color": "#2563eb",
                                          "width": 3}},
      {selector: ".faded", style: {"opacity": 0.15}},
      {selector: "edge.labelled, edge:selected", style: {"label": "data(type)"}},
      {selector: "node.hl", style: {"border-width": 4, "border-color": "#facc15"}},
      {selector: "edge.hl", style: {"line-color": "#f59e0b", "target-arrow-color": "#f59e0b",
                                    "width": 4, "label": "data(type)", "z-index": 10}},
      {selector: "node.hub", style: {"border-width": 4, "border-style": "double",
                                     "border-color": "#0f172a", "font-weight": "bold"}},
      {selector: "node.group", style: {"label": "data(name)", "border-width": 2,
                                       "border-style": "dashed", "border-color": "#334155",
                                       "background-opacity": 0.35, "font-weight": "bold",
                                       "shape": "round-rectangle"}},
      {selector: "edge.group-edge", style: {"line-style": "dotted", "label": "",
                                            "target-arrow-shape": "none"}},
      {selector: "edge[?weak]", style: {"line-style": "dashed", "opacity": 0.6}},
      {selector: ".filtered, .hidden", style: {"display": "none"}},
    ];
    for (const [label, t] of Object.entries(TYPES)) {
      rules.splice(1, 0, {selector: 'node[label = "' + label + '"]',
                          style: {"shape": t.shape, "background-color": t.color}});
    }
    return rules;
  }

  // ---- the view ---------------------------------------------------------------------------
  class TkgGraph {
    constructor(container, options) {
      this.options = Object.assign({onExpand: null, onSelect: null, rootId: null,
                                    hubDegree: 100}, options || {});
      this.container = container;
      this.byElement = new Map();
      this.filters = {types: null, country: "", since: "", until: ""};
      this.cy = window.cytoscape({
        container: container, style: style(false),
        minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false,
      });
      this.big = false;
      window.cy = this.cy;
      this.cy.on("tap", "node", (e) => this._tapNode(e.target));
      this.cy.on("tap", "edge", (e) => this._tapEdge(e.target));
      this.cy.on("tap", (e) => { if (e.target === this.cy && this.options.onSelect) this.options.onSelect(null); });
      let pending = false;
      this.cy.on("zoom", () => {  // labels keep their on-screen size at any zoom
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => { pending = false; this._scaleLabels(); });
      });
    }

    _scaleLabels() {
      const size = Math.max(4, Math.min(60, LABEL_PX / this.cy.zoom()));
      this.cy.style().selector("node").style({"font-size": size, "text-max-width": 150 * size / LABEL_PX})
        .selector("edge").style({"font-size": size * 0.75}).update();
    }

    /** Mark hubs (more relationships than hubDegree) from the nodes' degrees. */
    _markHubs() {
      const limit = this.options.hubDegree;
      this.cy.nodes().forEach((n) => {
        const hub = !n.hasClass("group") && (n.data("degree") || 0) > limit;
        n.toggleClass("hub", hub);
        if (hub && !n.data("baseName")) {
          n.data("baseName", n.data("name"));
          n.data("name", n.data("name") + " (" + n.data("degree").toLocaleString("en-US") + ")");
        }
      });
    }

    /** Give nodes their degrees ({id: degree}), for sizes and hubs. */
    setDegrees(degrees) {
      this.cy.batch(() => {
        for (const [id, degree] of Object.entries(degrees || {})) {
          const n = this.cy.getElementById(id);
          if (n.nonempty()) n.data("degree", degree);
        }
      });
      this._markHubs();
      this.cy.style().update();
    }

    /**
     * Choose which new neighbours of `centre` to draw and fold the rest into one group node
     * per type ("48 persons"): every type keeps its best connected few, the budget goes to
     * the best connected overall, and a group of one is simply drawn.
     */
    _fold(nodes, edges, centre, budget, degrees) {
      if (nodes.length <= budget) return {nodes, edges, groups: []};
      const deg = (d) => (degrees && degrees[d.id]) || d.degree || 0;
      const ranked = nodes.slice().sort((a, b) => deg(b) - deg(a) || (a.name < b.name ? -1 : 1));
      const byLabel = new Map();
      ranked.forEach((d) => { if (!byLabel.has(d.label)) byLabel.set(d.label, []); byLabel.get(d.label).push(d); });
      const keep = new Set();
      const floor = Math.max(1, Math.floor(budget / (2 * byLabel.size)));
      byLabel.forEach((list) => list.slice(0, floor).forEach((d) => keep.add(d.id)));
      for (const d of ranked) { if (keep.size >= budget) break; keep.add(d.id); }
      const groups = [];
      byLabel.forEach((list, label) => {
        const rest = list.filter((d) => !keep.has(d.id));
        if (rest.length === 1) { keep.add(rest[0].id); return; }
        if (!rest.length) return;
        const ids = new Set(rest.map((d) => d.id));
        groups.push({
          id: "group:" + centre + ":" + label, label: label, group: true, centre: centre,
          name: plural(label, rest.length), count: rest.length, members: rest,
          memberEdges: edges.filter((e) => ids.has(e.source) || ids.has(e.target)),
        });
      });
      return {nodes: nodes.filter((d) => keep.has(d.id)),
              edges: edges.filter((e) => keep.has(e.source) || keep.has(e.target) ||
                                         e.source === centre && e.target === centre),
              groups};
    }

    /** Draw the members of a group node (up to `batch`), keeping the rest folded. */
    async expandGroup(id, batch) {
      const group = this.cy.getElementById(id);
      if (group.empty()) return [];
      const d = group.data();
      const take = d.members.slice(0, batch || 50);
      const rest = d.members.slice(take.length);
      const ids = new Set(take.map((m) => m.id));
      const edges = d.memberEdges.filter((e) => ids.has(e.source) || ids.has(e.target));
      const pos = group.position();
      this.cy.batch(() => {
        take.forEach((m, i) => {
          if (this.cy.getElementById(m.id).nonempty()) return;
          const a = (2 * Math.PI * i) / Math.max(take.length, 1);
          this.cy.add({group: "nodes", data: m, position: {x: pos.x + 70 * Math.cos(a), y: pos.y + 70 * Math.sin(a)}});
        });
        edges.forEach((e) => {
          if (this.cy.getElementById(e.id).empty() && this.cy.getElementById(e.source).nonempty() &&
              this.cy.getElementById(e.target).nonempty()) this.cy.add({group: "edges", data: e});
        });
        if (rest.length) {
          const left = new Set(rest.map((m) => m.id));
          group.data({members: rest, count: rest.length, name: plural(d.label, rest.length),
                      memberEdges: d.memberEdges.filter((e) => left.has(e.source) || left.has(e.target))});
        } else {
          group.remove();
        }
      });
      this._markHubs();
      this.applyFilters();
      await this.layout(true);
      this.container.dispatchEvent(new CustomEvent("tkg:expanded", {detail: {id, added: [...ids]}}));
      return [...ids];
    }

    /** Add a payload's nodes and edges; returns the ids of nodes that were new. With
     *  options.fold, at most that many new neighbours of `near` are drawn, the rest folded
     *  into group nodes by type. */
    add(payload, near, options) {
      const els = toElements(payload, this.byElement);
      this.byElement = els.byElement;
      const fold = options && options.fold;
      let groups = [];
      if (fold && near) {
        const fresh = els.nodes.filter((d) => d.id !== near && this.cy.getElementById(d.id).empty());
        const old = els.nodes.filter((d) => d.id === near || this.cy.getElementById(d.id).nonempty());
        const folded = this._fold(fresh, els.edges, near, fold, options.degrees);
        groups = folded.groups;
        els.nodes = old.concat(folded.nodes);
        els.edges = folded.edges;
      }
      if (options && options.degrees) {
        els.nodes.forEach((d) => { if (options.degrees[d.id] !== undefined) d.degree = options.degrees[d.id]; });
        groups.forEach((g) => g.members.forEach((d) => {
          if (options.degrees[d.id] !== undefined) d.degree = options.degrees[d.id];
        }));
      }
      groups.forEach((g) => {
        els.nodes.push(g);
        els.edges.push({id: g.id + ":edge", source: near, target: g.id, type: "", group: true});
      });
      const origin = near && this.cy.getElementById(near).nonempty()
        ? this.cy.getElementById(near).position() : null;
      const added = [];
      const batch = [];
      els.nodes.forEach((d, i) => {
        const existing = this.cy.getElementById(d.id);
        if (existing.nonempty()) { existing.data(Object.assign({}, existing.data(), d)); return; }
        const el = {group: "nodes", data: d, classes: d.group ? "group" : ""};
        if (origin) {  // start new neighbours in a ring around the node they came from
          const a = (2 * Math.PI * i) / Math.max(els.nodes.length, 1);
          el.position = {x: origin.x + 80 * Math.cos(a), y: origin.y + 80 * Math.sin(a)};
        }
        batch.push(el);
        added.push(d.id);
      });
      for (const d of els.edges) {
        if (this.cy.getElementById(d.id).nonempty()) continue;
        batch.push({group: "edges", data: d, classes: d.group ? "group-edge" : ""});
      }
      this.cy.batch(() => {
        const nodes = batch.filter((e) => e.group === "nodes");
        this.cy.add(nodes);
        const edges = batch.filter((e) => e.group === "edges" &&
          this.cy.getElementById(e.data.source).nonempty() &&
          this.cy.getElementById(e.data.target).nonempty());
        this.cy.add(edges);
      });
      if (this.options.rootId) this.cy.getElementById(this.options.rootId).addClass("root");
      this._markHubs();
      this._restyle();
      this.applyFilters();
      return added;
    }

    _restyle() {
      // Edge labels only while the graph is small enough to read them; a selected edge
      // always shows its type.
      const few = this.cy.edges().length <= 20;
      this.cy.edges().toggleClass("labelled", few);
      const big = this.cy.nodes().length > BIG;
      if (big === this.big) return;
      this.big = big;
      this.cy.style(style(big));
    }

    /** fcose layout; resolves when it stops. `incremental` keeps current positions. */
    layout(incremental) {
      const visible = this.cy.elements().not(".filtered, .hidden");
      const n = visible.nodes().length;
      return new Promise((resolve) => {
        if (n === 0) { resolve(); return; }
        const layout = visible.layout({
          name: "fcose", quality: n > BIG ? "draft" : "default",
          randomize: !incremental, animate: false, fit: true, padding: 30,
          nodeDimensionsIncludeLabels: n <= BIG, nodeRepulsion: n > BIG ? 6000 : 45000,
          idealEdgeLength: n > BIG ? 40 : n > 20 ? 160 : 110, numIter: n > BIG ? 1000 : 2500,
          packComponents: true,
        });
        layout.one("layoutstop", () => {
          // A handful of nodes would be fitted to giant size: keep them at a readable scale.
          if (this.cy.zoom() > 1.6) { this.cy.zoom(1.6); this.cy.center(visible); }
          this._scaleLabels();
          resolve();
        });
        layout.run();
      });
    }

    async _tapNode(node) {
      if (node.hasClass("group")) { await this.expandGroup(node.id()); return; }
      if (this.options.onSelect) this.options.onSelect({kind: "node", data: node.data(), element: node});
      // A hub is drawn, not grown: its hundreds of neighbours come only when asked for.
      if (!node.hasClass("expanded") && !node.hasClass("hub") && this.options.onExpand) {
        await this.expand(node.id());
      }
    }

    _tapEdge(edge) {
      if (this.options.onSelect) this.options.onSelect({kind: "edge", data: edge.data(), element: edge});
    }

    /** Fetch a node's neighbours through onExpand and add them around it. */
    async expand(id) {
      const node = this.cy.getElementById(id);
      if (node.empty() || !this.options.onExpand) return [];
      node.addClass("expanded");
      const payload = await this.options.onExpand(id);
      const added = this.add(payload, id, {fold: this.options.foldExpand || 30});
      if (added.length) await this.layout(true);
      this.container.dispatchEvent(new CustomEvent("tkg:expanded", {detail: {id, added}}));
      return added;
    }

    // ---- filters, hide, pin ----------------------------------------------------------------
    relationshipTypes() {
      return [...new Set(this.cy.edges().map((e) => e.data("type")))].sort();
    }

    countries() {
      return [...new Set(this.cy.nodes().map((n) => n.data("country")).filter(Boolean))].sort();
    }

    setFilters(filters) {
      Object.assign(this.filters, filters);
      this.applyFilters();
    }

    applyFilters() {
      const f = this.filters;
      const keep = (n) => n.hasClass("root") || n.hasClass("pinned");
      this.cy.batch(() => {
        this.cy.elements().removeClass("filtered");
        this.cy.edges().forEach((e) => {
          const d = e.data();
          const typeOk = !f.types || f.types.has(d.type);
          const date = d.date || "";
          const dateOk = !date || ((!f.since || date >= f.since) &&
                                   (!f.until || date.slice(0, f.until.length) <= f.until));
          if (!typeOk || !dateOk) e.addClass("filtered");
        });
        if (f.country) {
          this.cy.nodes().forEach((n) => {
            const c = n.data("country");
            if (c && c !== f.country && !keep(n)) n.addClass("filtered");
          });
        }
        // Filtering edges can strand nodes: hide those no visible edge reaches any more.
        if (f.types || f.since || f.until || f.country) {
          this.cy.nodes().forEach((n) => {
            if (keep(n) || n.hasClass("filtered")) return;
            const live = n.connectedEdges().filter((e) => !e.hasClass("filtered") &&
              !e.connectedNodes().some((m) => m.hasClass("filtered") || m.hasClass("hidden")));
            if (live.empty() && this.cy.edges().nonempty()) n.addClass("filtered");
          });
        }
      });
    }

    hide(id) { this.cy.getElementById(id).addClass("hidden"); }

    showAll() { this.cy.elements().removeClass("hidden"); }

    togglePin(id) {
      const node = this.cy.getElementById(id);
      if (node.hasClass("pinned")) { node.removeClass("pinned"); node.unlock(); return false; }
      node.addClass("pinned"); node.lock(); return true;
    }

    fit() { this.cy.fit(this.cy.elements().not(".filtered, .hidden"), 30); }

    zoom(factor) {
      this.cy.zoom({level: this.cy.zoom() * factor,
                    renderedPosition: {x: this.cy.width() / 2, y: this.cy.height() / 2}});
    }

    /** Emphasize some nodes and edges (a path) and fade the rest. */
    highlight(nodeIds, edgeIds) {
      this.cy.batch(() => {
        this.cy.elements().removeClass("hl faded");
        if (!nodeIds) return;
        const keepNodes = new Set(nodeIds);
        const keepEdges = new Set(edgeIds || []);
        this.cy.nodes().forEach((n) => n.addClass(keepNodes.has(n.id()) ? "hl" : "faded"));
        this.cy.edges().forEach((e) => e.addClass(keepEdges.has(e.id()) ? "hl" : "faded"));
      });
    }

    // ---- export -----------------------------------------------------------------------------
    visible() {
      const els = this.cy.elements().not(".filtered, .hidden");
      return {
        nodes: els.nodes().map((n) => ({id: n.id(), label: n.data("label"), name: n.data("name"),
                                         country: n.data("country"), properties: n.data("props")})),
        edges: els.edges().map((e) => ({id: e.id(), type: e.data("type"), source: e.data("source"),
                                         target: e.data("target"), date: e.data("date"),
                                         properties: e.data("props"), sources: e.data("sources"),
                                         evidence: e.data("evidence")})),
      };
    }

    exportPNG(name) {
      download(name + ".png", this.cy.png({output: "blob", full: true, scale: 2, bg: "#ffffff"}));
    }

    exportJSON(name) {
      download(name + ".json", JSON.stringify(this.visible(), null, 2), "application/json");
    }

    exportCSV(name) {
      const v = this.visible();
      const names = new Map(v.nodes.map((n) => [n.id, n.name]));
      const rows = v.edges.map((e) => ({
        source: e.source, source_name: names.get(e.source), type: e.type, target: e.target,
        target_name: names.get(e.target), date: e.date,
        sources: (e.sources || []).join(" "),
      }));
      download(name + "-edges.csv", toCSV(rows, ["source", "source_name", "type", "target",
                                                 "target_name", "date", "sources"]), "text/csv");
      download(name + "-nodes.csv", toCSV(v.nodes.map((n) => ({id: n.id, label: n.label,
        name: n.name, country: n.country})), ["id", "label", "name", "country"]), "text/csv");
    }
  }

  // ---- panels shared by pages -------------------------------------------------------------
  function documentLink(ev) {
    const hash = ev.start !== undefined && ev.start !== null ? "#ev-" + ev.start + "-" + ev.end : "";
    return "/documents/" + encodeURIComponent(ev.doc) + hash;
  }

  /** The evidence of an edge: each sentence, linked to its place in its document. */
  function evidenceList(evidence) {
    if (!evidence || !evidence.length) return h("p", {class: "muted"}, "No sentence recorded.");
    return h("ol", {class: "evidence"}, evidence.map((ev) => h("li", {},
      h("blockquote", {}, ev.text || ev.sentence || "(sentence not stored)"),
      h("a", {href: documentLink(ev), class: "doc-link"}, ev.doc,
        ev.start !== undefined ? " · characters " + ev.start + "–" + ev.end : ""))));
  }

  const HIDDEN_PROPS = new Set(["ev_doc", "ev_start", "ev_end", "ev_text", "search_text",
                                "key", "evidence", "complete", "text", "name"]);

  function propertyTable(props) {
    const rows = Object.entries(props || {}).filter(([k, v]) => !HIDDEN_PROPS.has(k) &&
      v !== null && v !== "" && !(Array.isArray(v) && !v.length));
    return h("table", {class: "props"}, rows.map(([k, v]) => h("tr", {},
      h("th", {}, k.replace(/_/g, " ")),
      h("td", {}, Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v)))));
  }

  /** Fill a side panel with what was clicked: an edge's evidence or a node's actions. */
  function showSelection(panel, selection, graph) {
    if (!selection) { fill(panel, h("p", {class: "muted"}, "Click a node to expand it, an edge to read its evidence.")); return; }
    const d = selection.data;
    if (selection.kind === "edge") {
      const cy = graph.cy;
      const name = (id) => cy.getElementById(id).data("name") || id;
      fill(panel,
        h("h3", {}, "Relationship"),
        h("p", {class: "edge-title"}, h("a", {href: "/entities/" + encodeURIComponent(d.source)}, name(d.source)),
          " ", h("code", {}, d.type), " ", h("a", {href: "/entities/" + encodeURIComponent(d.target)}, name(d.target))),
        d.band || d.modality ? h("p", {}, h("span", {class: "trust band-" + (d.band || "unknown") +
          (d.modality ? " mod-" + d.modality : "")},
          (d.modality && d.modality !== "asserted" ? d.modality.replace(/_/g, " ") + " · " : "") +
          "confidence " + (d.band || "unknown") +
          (d.confidence !== undefined && d.confidence !== null ? " (" + Number(d.confidence).toFixed(2) + ")" : ""))) : null,
        propertyTable(d.props),
        h("h4", {}, "Evidence"), evidenceList(d.evidence));
      return;
    }
    const pinned = selection.element.hasClass("pinned");
    fill(panel,
      h("h3", {}, h("span", {class: "badge type-" + d.label}, d.label), " ", d.name),
      h("p", {class: "actions"},
        h("a", {href: "/entities/" + encodeURIComponent(d.id), class: "button"}, "Open dossier"),
        h("button", {type: "button", onclick: () => graph.expand(d.id)},
          selection.element.hasClass("hub") ? "Expand hub (grouped)" : "Expand"),
        h("button", {type: "button", onclick: (e) => {
          e.target.textContent = graph.togglePin(d.id) ? "Unpin" : "Pin"; }}, pinned ? "Unpin" : "Pin"),
        h("button", {type: "button", onclick: () => { graph.hide(d.id); showSelection(panel, null, graph); }}, "Hide")),
      propertyTable(d.props));
  }

  /** Wire a toolbar (partial _graph_toolbar.html) to a graph. */
  function bindToolbar(toolbar, graph, exportName) {
    const on = (action, fn) => {
      const el = toolbar.querySelector('[data-action="' + action + '"]');
      if (el) el.addEventListener("click", fn);
    };
    on("fit", () => graph.fit());
    on("zoom-in", () => graph.zoom(1.25));
    on("zoom-out", () => graph.zoom(0.8));
    on("relayout", () => graph.layout(false));
    on("show-all", () => { graph.showAll(); graph.applyFilters(); });
    on("png", () => graph.exportPNG(exportName));
    on("json", () => graph.exportJSON(exportName));
    on("csv", () => graph.exportCSV(exportName));
    const filterBox = toolbar.querySelector("[data-filters]");
    if (filterBox) {
      const refresh = () => buildFilters(filterBox, graph);
      graph.container.addEventListener("tkg:expanded", refresh);
      refresh();
    }
  }

  /** Checkboxes per relationship type, a country select and a date range. */
  function buildFilters(box, graph) {
    const types = graph.relationshipTypes();
    const chosen = graph.filters.types;
    const typeBoxes = types.map((t) => h("label", {class: "check"},
      h("input", {type: "checkbox", value: t, checked: !chosen || chosen.has(t), "data-rel-type": t}), t));
    const country = h("select", {"data-filter": "country", "aria-label": "Country"},
      h("option", {value: ""}, "any country"),
      graph.countries().map((c) => h("option", {value: c, selected: c === graph.filters.country}, c)));
    const since = h("input", {type: "text", placeholder: "from (YYYY-MM)", size: 11,
                              value: graph.filters.since, "data-filter": "since", "aria-label": "From date"});
    const until = h("input", {type: "text", placeholder: "to (YYYY-MM)", size: 11,
                              value: graph.filters.until, "data-filter": "until", "aria-label": "To date"});
    const apply = () => {
      const on = new Set(typeBoxes.map((l) => l.firstChild).filter((c) => c.checked).map((c) => c.value));
      graph.setFilters({types: on.size === types.length ? null : on, country: country.value,
                        since: since.value.trim(), until: until.value.trim()});
    };
    [country, since, until].forEach((el) => el.addEventListener("change", apply));
    typeBoxes.forEach((l) => l.firstChild.addEventListener("change", apply));
    fill(box, h("fieldset", {class: "rel-types"}, h("legend", {}, "Relationships"), typeBoxes),
         h("fieldset", {class: "more-filters"}, h("legend", {}, "Country and dates"), country, since, until));
  }

  function legend(el) {
    fill(el, Object.entries(TYPES).map(([label]) =>
      h("span", {class: "legend-item"}, h("span", {class: "swatch type-" + label}), label)));
  }

  window.tkg = Object.assign(window.tkg, {TkgGraph, toElements, evidenceList, documentLink, usd,
                                          propertyTable, showSelection, bindToolbar, legend,
                                          NODE_TYPES: TYPES});
})();
