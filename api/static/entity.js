/* Entity page: the neighbourhood graph beside the dossier.
 *
 * The server embeds the dossier's relationships and every neighbour's degree, so the graph
 * draws without a second round trip. The first view keeps to about 50 nodes: the rest are
 * folded into one group node per type ("48 persons") that opens on click. Hubs are drawn as
 * hubs and grown only on request; clicking another node fetches its neighbours from
 * GET /api/entities/{id}/neighbors and folds them the same way. */
(function () {
  "use strict";
  const {TkgGraph, pageData, fetchJSON, showSelection, bindToolbar, legend} = window.tkg;
  const FIRST_VIEW = 45;  // neighbours drawn at first; group nodes bring it to about 50
  const data = pageData("graph-data");
  const container = document.getElementById("graph");
  const panel = document.getElementById("selection");
  const status = document.getElementById("graph-status");

  function setStatus(text) { if (status) status.textContent = text; }

  function summary() {
    const nodes = graph.cy.nodes();
    const groups = nodes.filter(".group");
    const folded = groups.reduce((n, g) => n + (g.data("count") || 0), 0);
    return nodes.length + " nodes on screen" +
      (folded ? " · " + folded + " more folded into " + groups.length + " groups (click one to open it)" : "") +
      " · " + data.total.toLocaleString("en-US") + " relationships on record";
  }

  const graph = new TkgGraph(container, {
    rootId: data.root.id,
    hubDegree: data.hub_degree,
    onExpand: async (id) => {
      setStatus("Loading neighbours of " + (graph.cy.getElementById(id).data("name") || id) + "…");
      try {
        return await fetchJSON("/api/entities/" + encodeURIComponent(id) + "/neighbors?limit=100");
      } catch (e) {
        setStatus("Could not expand: " + e.message);
        return null;
      }
    },
    onSelect: (selection) => showSelection(panel, selection, graph),
  });
  container.addEventListener("tkg:expanded", () => setStatus(summary()));

  graph.add(data.root);
  graph.setDegrees(data.degrees);
  graph.add({relationships: data.relationships}, data.root.id,
            {fold: FIRST_VIEW, degrees: data.degrees});
  graph.cy.getElementById(data.root.id).addClass("expanded");
  bindToolbar(document.getElementById("graph-toolbar"), graph, data.root.id.replace(/[^a-z0-9]+/gi, "-"));
  legend(document.getElementById("graph-legend"));
  showSelection(panel, null, graph);
  graph.layout(false).then(() => {
    setStatus(summary());
    window.tkgTimings = {laidOut: performance.now()};
    window.tkg.ready();
  });
})();
