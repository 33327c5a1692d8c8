/* Path finder: draw the paths GET /api/paths returned, highlight one, list its evidence.
 *
 * The server renders the answer (and the hop list) for the two entities in the query
 * string; this script draws it and lets the reader switch between the paths found. */
(function () {
  "use strict";
  const {TkgGraph, pageData, h, fill, showSelection, bindToolbar, legend, evidenceList} = window.tkg;
  const data = pageData("paths-data");
  const container = document.getElementById("graph");
  if (!data || !container) { window.tkg.ready(); return; }
  const panel = document.getElementById("selection");
  const paths = [data.shortest].concat(data.alternatives || []).filter(Boolean);

  const graph = new TkgGraph(container, {
    onSelect: (selection) => showSelection(panel, selection, graph),
    onExpand: null,
  });
  paths.forEach((p) => graph.add(p));
  bindToolbar(document.getElementById("graph-toolbar"), graph, "path");
  legend(document.getElementById("graph-legend"));
  showSelection(panel, null, graph);

  function select(index) {
    const p = paths[index];
    graph.highlight(p.nodes.map((n) => n.id), p.hops.map((hop) => hop.id));
    document.querySelectorAll("[data-path-index]").forEach((el) => {
      el.setAttribute("aria-selected", String(Number(el.dataset.pathIndex) === index));
    });
    const names = new Map(p.nodes.map((n) => [n.id, n.name]));
    fill(document.getElementById("path-hops"), h("ol", {class: "hops"}, p.hops.map((hop) =>
      h("li", {"data-hop": hop.id},
        h("p", {}, h("a", {href: "/entities/" + encodeURIComponent(hop.source)}, names.get(hop.source) || hop.source),
          " ", h("code", {}, hop.type), " → ",
          h("a", {href: "/entities/" + encodeURIComponent(hop.target)}, names.get(hop.target) || hop.target)),
        evidenceList((hop.evidence || []).map((ev) => ({doc: ev.document, start: ev.start,
                                                       end: ev.end, text: ev.text})))))));
  }

  document.querySelectorAll("[data-path-index]").forEach((el) => {
    el.addEventListener("click", () => select(Number(el.dataset.pathIndex)));
  });
  graph.layout(false).then(() => {
    if (paths.length) select(0);
    window.tkg.ready();
  });
})();
