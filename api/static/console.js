/* Cypher console: an editor with Cypher highlighting and completion, POST /api/cypher
 * (read-only), results as a table and as a graph, errors with a caret under the spot,
 * history and saved queries in localStorage.
 *
 * A query that came in a link is only shown: it runs when the reader presses Run, so a
 * link cannot make someone's browser send a statement they have not seen. */
(function () {
  "use strict";
  const {TkgGraph, h, fill, fetchJSON, showSelection, bindToolbar, toCSV, download, pageData} = window.tkg;
  const form = document.getElementById("console-form");
  const textarea = document.getElementById("query");
  const params = document.getElementById("params");
  const errorBox = document.getElementById("console-error");
  const tableBox = document.getElementById("result-table");
  const graphBox = document.getElementById("result-graph");
  const info = document.getElementById("result-info");
  const panel = document.getElementById("selection");
  const showInternal = document.getElementById("show-internal");
  const INTERNAL = new Set(["search_text", "ev_doc", "ev_start", "ev_end", "ev_text", "ev_total",
                            "sources_total", "key", "complete", "text"]);
  const HISTORY_KEY = "tkg.console.history";
  const SAVED_KEY = "tkg.console.saved";
  let graph = null;
  let last = null;

  // ---- the editor: @neo4j-cypher/codemirror when its bundle is there, else the textarea ----
  let editor = null;
  if (window.TkgCypherEditor) {
    const host = document.getElementById("editor");
    host.hidden = false;
    textarea.hidden = true;
    editor = window.TkgCypherEditor.create(host, {
      value: textarea.value, lineNumbers: true, lineWrapping: true, history: true,
      autocomplete: true, lint: true, schema: pageData("console-schema") || undefined,
      placeholder: "MATCH (n:Person) RETURN n LIMIT 10",
    });
    editor.onValueChanged((value) => { textarea.value = value; });
    editor.onKeyDown((event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
    });
    window.tkgEditor = editor;
  }
  const getQuery = () => textarea.value;
  function setQuery(text) {
    textarea.value = text;
    if (editor) editor.setValue(text);
  }

  // ---- values as text -----------------------------------------------------------------------
  const nameOf = (node) => {
    const p = node.properties || {};
    if ((node.labels || []).includes("Payment") && p.amount_usd !== undefined && p.amount_usd !== null) {
      return window.tkg.usd(p.amount_usd) + (p.kind ? " (" + String(p.kind).replace(/_/g, " ") + ")" : "");
    }
    return p.name || p.title || p.id || "?";
  };

  /** A path as names with arrows: (Chapman) -[:FACILITATED]-> (DPRK IT workers). */
  function pathText(path) {
    const nodes = path.nodes || [];
    const rels = path.relationships || [];
    const parts = [nodes.length ? "(" + nameOf(nodes[0]) + ")" : ""];
    rels.forEach((r, i) => {
      const here = nodes[i];
      const forward = !here || String(r.start) === String(here.element_id);
      parts.push(forward ? " -[:" + r.type + "]-> " : " <-[:" + r.type + "]- ");
      if (nodes[i + 1]) parts.push("(" + nameOf(nodes[i + 1]) + ")");
    });
    return parts.join("");
  }

  /** Values without internal properties (unless asked for), at any depth. */
  function visible(value) {
    if (showInternal.checked || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map(visible);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (!INTERNAL.has(k) && !k.startsWith("ev_")) out[k] = visible(v);
    }
    return out;
  }

  function cellText(value) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return String(value);
    if (value._type === "node") {
      return "(" + (value.labels || []).filter((l) => l !== "Entity").join(":") + " " + nameOf(value) + ")";
    }
    if (value._type === "relationship") return "[:" + value.type + "]";
    if (value._type === "path") return pathText(value);
    return JSON.stringify(visible(value));
  }

  function cell(value) {
    const p = value && typeof value === "object" ? value.properties || {} : {};
    if (value && value._type === "node" && p.id) {
      const path = (value.labels || []).includes("Document") ? "/documents/" : "/entities/";
      return h("td", {}, h("a", {href: path + encodeURIComponent(p.id)}, cellText(value)));
    }
    if (value && value._type === "path") return h("td", {}, h("span", {class: "path-text"}, cellText(value)));
    return h("td", {}, cellText(value));
  }

  function renderTable(result) {
    fill(tableBox, h("table", {class: "results"},
      h("thead", {}, h("tr", {}, result.columns.map((c) => h("th", {}, c)))),
      h("tbody", {}, result.rows.map((row) => h("tr", {}, row.map(cell))))));
  }

  function renderGraph(result) {
    if (!graph) {
      graph = new TkgGraph(graphBox, {onSelect: (s) => showSelection(panel, s, graph)});
      bindToolbar(document.getElementById("graph-toolbar"), graph, "query");
      showSelection(panel, null, graph);
    }
    graph.cy.elements().remove();
    graph.add(result.graph);
    const paths = result.rows.flat().filter((v) => v && v._type === "path");
    if (paths.length) {  // draw the paths' hops highlighted, the rest faded
      const ids = new Set(result.graph.nodes.map((n) => n.entity_id || n.id));
      graph.highlight([...ids], paths.flatMap((p) => (p.relationships || []).map((r) => String(r.element_id))));
    }
    return graph.layout(false);
  }

  function clearResults() {
    last = null;
    fill(tableBox, h("p", {class: "muted", style: "padding:.5rem"}, "No result."));
    if (graph) graph.cy.elements().remove();
    info.textContent = "";
  }

  function showTab(name) {
    document.querySelectorAll("[data-tab]").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
    document.getElementById("tab-table").hidden = name !== "table";
    document.getElementById("tab-graph").hidden = name !== "graph";
    if (name === "graph" && graph) { graph.cy.resize(); graph.fit(); }
  }

  // ---- errors with line, column and a caret ---------------------------------------------------
  /** Line and column (1-based) of a 1-based character position in the text. */
  function lineColumn(text, position) {
    const before = text.slice(0, Math.max(0, position - 1));
    const lines = before.split("\n");
    return {line: lines.length, column: lines[lines.length - 1].length + 1};
  }

  function where(message, text) {
    let m = /at character (\d+) of the statement/.exec(message);
    if (m) return lineColumn(text, Number(m[1]));
    m = /line (\d+), column (\d+)/.exec(message);
    if (m) return {line: Number(m[1]), column: Number(m[2])};
    return null;
  }

  function showError(message) {
    clearResults();
    const text = getQuery();
    const at = where(message, text);
    const parts = [h("div", {class: "message"}, message.replace(/ \(at character \d+ of the statement\)/, ""))];
    if (at) {
      const line = text.split("\n")[at.line - 1] || "";
      parts.push(h("div", {class: "where"}, "line " + at.line + ", column " + at.column));
      parts.push(h("pre", {class: "caret"}, line + "\n" + " ".repeat(Math.max(0, at.column - 1)) + "^"));
      if (editor) editor.setPosition({line: at.line, column: at.column - 1});
    }
    fill(errorBox, parts);
    errorBox.hidden = false;
    errorBox.dataset.line = at ? at.line : "";
    errorBox.dataset.column = at ? at.column : "";
  }

  // ---- history and saved queries (localStorage) ------------------------------------------------
  function load(key) {
    try { return JSON.parse(window.localStorage.getItem(key) || "[]"); } catch (e) { return []; }
  }
  function store(key, list) {
    try { window.localStorage.setItem(key, JSON.stringify(list)); } catch (e) { /* private mode */ }
  }

  function remember(query, paramText) {
    const list = load(HISTORY_KEY).filter((q) => q.query !== query || q.params !== paramText);
    list.unshift({query: query, params: paramText, at: new Date().toISOString()});
    store(HISTORY_KEY, list.slice(0, 30));
    renderLists();
  }

  function queryItem(entry, key, index) {
    return h("li", {},
      h("button", {type: "button", class: "load", title: entry.query,
                   onclick: () => { setQuery(entry.query); params.value = entry.params || ""; }},
        entry.name ? entry.name + ": " + entry.query : entry.query),
      h("button", {type: "button", class: "remove", title: "Forget", "aria-label": "Forget",
                   onclick: () => { const list = load(key); list.splice(index, 1); store(key, list); renderLists(); }}, "×"));
  }

  function renderLists() {
    const saved = load(SAVED_KEY);
    const history = load(HISTORY_KEY);
    fill(document.getElementById("saved-list"), saved.length ? saved.map((e, i) => queryItem(e, SAVED_KEY, i))
      : h("li", {class: "muted"}, "Name a query and press Save."));
    fill(document.getElementById("history-list"), history.length ? history.map((e, i) => queryItem(e, HISTORY_KEY, i))
      : h("li", {class: "muted"}, "Queries you run appear here."));
  }

  document.getElementById("save-query").addEventListener("click", () => {
    const name = document.getElementById("save-name").value.trim() || "query " + (load(SAVED_KEY).length + 1);
    const list = load(SAVED_KEY).filter((q) => q.name !== name);
    list.unshift({name: name, query: getQuery(), params: params.value});
    store(SAVED_KEY, list);
    document.getElementById("save-name").value = "";
    renderLists();
  });

  // ---- running ------------------------------------------------------------------------------------
  async function run(event) {
    if (event) event.preventDefault();
    errorBox.hidden = true;
    let parsed = {};
    try {
      parsed = params.value.trim() ? JSON.parse(params.value) : {};
    } catch (e) {
      showError("Parameters are not valid JSON: " + e.message);
      return;
    }
    const query = getQuery();
    info.textContent = "Running…";
    const started = performance.now();
    try {
      last = await fetchJSON("/api/cypher", {method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({query: query, params: parsed})});
    } catch (e) {
      showError(e.message);
      document.documentElement.dataset.resultReady = String(Date.now());
      return;
    }
    remember(query, params.value);
    const ms = Math.round(performance.now() - started);
    info.textContent = last.rows.length + " rows" + (last.truncated ? " (truncated)" : "") +
      " · " + last.graph.nodes.length + " nodes, " + last.graph.edges.length + " relationships · " + ms + " ms";
    renderTable(last);
    showTab(last.graph.nodes.length ? "graph" : "table");
    if (last.graph.nodes.length) await renderGraph(last);
    document.documentElement.dataset.resultReady = String(Date.now());
  }

  form.addEventListener("submit", run);
  textarea.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
  document.querySelectorAll("[data-example]").forEach((b) => b.addEventListener("click", () => {
    setQuery(b.dataset.example);
    params.value = b.dataset.params || "";
    run();
  }));
  document.querySelectorAll(".schema-insert").forEach((el) => el.addEventListener("click", () => {
    setQuery(getQuery() + el.dataset.insert);
  }));
  showInternal.addEventListener("change", () => { if (last) renderTable(last); });
  document.querySelectorAll("[data-tab]").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  document.getElementById("export-rows").addEventListener("click", () => {
    if (!last) return;
    const rows = last.rows.map((r) => Object.fromEntries(last.columns.map((c, i) => [c, cellText(r[i])])));
    download("query.csv", toCSV(rows, last.columns), "text/csv");
  });
  renderLists();
  window.tkg.ready();
})();
