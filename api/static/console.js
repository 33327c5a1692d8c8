/* Cypher console: POST /api/cypher (read-only), results as a table and as a graph. */
(function () {
  "use strict";
  const {TkgGraph, h, fill, fetchJSON, showSelection, bindToolbar, toCSV, download} = window.tkg;
  const form = document.getElementById("console-form");
  const query = document.getElementById("query");
  const params = document.getElementById("params");
  const errorBox = document.getElementById("console-error");
  const tableBox = document.getElementById("result-table");
  const graphBox = document.getElementById("result-graph");
  const info = document.getElementById("result-info");
  const panel = document.getElementById("selection");
  let graph = null;
  let last = null;

  function cellText(value) {
    if (value === null || value === undefined) return "";
    if (typeof value !== "object") return String(value);
    if (value._type === "node" || (value.labels && value.properties)) {
      const p = value.properties || {};
      return "(" + (value.labels || []).filter((l) => l !== "Entity").join(":") + " " +
             (p.name || p.title || p.id || "") + ")";
    }
    if (value._type === "relationship") return "[:" + value.type + "]";
    if (value._type === "path") return "path of " + (value.relationships || []).length + " hops";
    return JSON.stringify(value);
  }

  function cell(value) {
    const p = value && typeof value === "object" ? value.properties || {} : {};
    if (p.id && (value._type === "node" || value.labels)) {
      const path = p.text !== undefined || (value.labels || []).includes("Document") ? "/documents/" : "/entities/";
      return h("td", {}, h("a", {href: path + encodeURIComponent(p.id)}, cellText(value)));
    }
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
    return graph.layout(false);
  }

  function showTab(name) {
    document.querySelectorAll("[data-tab]").forEach((b) => b.setAttribute("aria-selected", String(b.dataset.tab === name)));
    document.getElementById("tab-table").hidden = name !== "table";
    document.getElementById("tab-graph").hidden = name !== "graph";
    if (name === "graph" && graph) { graph.cy.resize(); graph.fit(); }
  }

  async function run(event) {
    if (event) event.preventDefault();
    errorBox.hidden = true;
    let parsed = {};
    try {
      parsed = params.value.trim() ? JSON.parse(params.value) : {};
    } catch (e) {
      errorBox.textContent = "Parameters are not valid JSON: " + e.message;
      errorBox.hidden = false;
      return;
    }
    info.textContent = "Running…";
    const started = performance.now();
    try {
      last = await fetchJSON("/api/cypher", {method: "POST",
        headers: {"Content-Type": "application/json", "Accept": "application/json"},
        body: JSON.stringify({query: query.value, params: parsed})});
    } catch (e) {
      info.textContent = "";
      errorBox.textContent = e.message;
      errorBox.hidden = false;
      window.tkg.ready();
      return;
    }
    const ms = Math.round(performance.now() - started);
    info.textContent = last.rows.length + " rows" + (last.truncated ? " (truncated)" : "") +
      " · " + last.graph.nodes.length + " nodes, " + last.graph.edges.length + " relationships · " + ms + " ms";
    renderTable(last);
    showTab(last.graph.nodes.length ? "graph" : "table");
    if (last.graph.nodes.length) await renderGraph(last);
    document.documentElement.dataset.resultReady = String(Date.now());
    window.tkg.ready();
  }

  form.addEventListener("submit", run);
  query.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(e);
  });
  document.querySelectorAll("[data-example]").forEach((b) => b.addEventListener("click", () => {
    query.value = b.dataset.example;
    params.value = b.dataset.params || "";
    run();
  }));
  document.querySelectorAll("[data-tab]").forEach((b) => b.addEventListener("click", () => showTab(b.dataset.tab)));
  document.getElementById("export-rows").addEventListener("click", () => {
    if (!last) return;
    const rows = last.rows.map((r) => Object.fromEntries(last.columns.map((c, i) => [c, cellText(r[i])])));
    download("query.csv", toCSV(rows, last.columns), "text/csv");
  });
  // A query that came in a link is only shown: it runs when the reader presses Run, so a
  // link cannot make someone's browser send a statement they have not seen.
  window.tkg.ready();
})();
