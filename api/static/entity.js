/* Entity page: the neighbourhood graph beside the dossier.
 *
 * The server embeds the first neighbourhood (the same service as
 * GET /api/entities/{id}/neighbors) so the graph draws without a second round trip;
 * clicking a node fetches its neighbours from that endpoint and adds them. */
(function () {
  "use strict";
  const {TkgGraph, pageData, fetchJSON, showSelection, bindToolbar, legend} = window.tkg;
  const data = pageData("graph-data");
  const container = document.getElementById("graph");
  const panel = document.getElementById("selection");
  const status = document.getElementById("graph-status");

  function setStatus(text) { if (status) status.textContent = text; }

  const graph = new TkgGraph(container, {
    rootId: data.root.id,
    onExpand: async (id) => {
      setStatus("Loading neighbours of " + (graph.cy.getElementById(id).data("name") || id) + "…");
      try {
        const page = await fetchJSON("/api/entities/" + encodeURIComponent(id) +
                                     "/neighbors?limit=" + data.limit);
        return page;
      } catch (e) {
        setStatus("Could not expand: " + e.message);
        return null;
      }
    },
    onSelect: (selection) => showSelection(panel, selection, graph),
  });
  container.addEventListener("tkg:expanded", (e) => {
    setStatus(e.detail.added.length + " new nodes from " +
              (graph.cy.getElementById(e.detail.id).data("name") || e.detail.id) +
              " · " + graph.cy.nodes().length + " nodes on screen");
  });

  graph.add(data.root);
  graph.add(data.neighbors);
  graph.cy.getElementById(data.root.id).addClass("expanded");
  bindToolbar(document.getElementById("graph-toolbar"), graph, data.root.id.replace(/[^a-z0-9]+/gi, "-"));
  legend(document.getElementById("graph-legend"));
  showSelection(panel, null, graph);
  graph.layout(false).then(() => {
    setStatus(graph.cy.nodes().length + " nodes · " + graph.cy.edges().length +
              " relationships" + (data.total > data.neighbors.items.length ? " (" + data.total + " on record)" : ""));
    window.tkgTimings = {laidOut: performance.now()};
    window.tkg.ready();
  });
})();
