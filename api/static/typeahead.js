/* Type-ahead over GET /api/search for every <input data-typeahead>.
 *
 * data-typeahead="navigate" opens the chosen entity's page, and Enter with no suggestion
 * chosen submits the box's form to the results page (/search); data-typeahead="pick" writes
 * the chosen id into the element named by data-target (path finder) and shows the name.
 * Keyboard: arrows move, Enter picks, Escape closes. */
(function () {
  "use strict";
  const {h, fill, fetchJSON, debounce} = window.tkg;

  /** One search hit in a common shape, whatever envelope the API wraps it in. */
  function hitOf(item) {
    const node = item.node || item.entity || item;
    const props = node.properties || node;
    const labels = node.labels || (node.label ? [node.label] : []);
    return {
      id: props.id || node.id,
      name: props.name || props.title || node.name || props.id,
      label: node.label || labels.find((l) => l !== "Entity") || "",
      aliases: props.aliases || node.aliases || [],
    };
  }

  function hitsOf(body) {
    const list = Array.isArray(body) ? body : body.items || [];
    return list.map(hitOf).filter((x) => x.id);
  }

  function attach(input) {
    const mode = input.dataset.typeahead;
    const list = h("ul", {class: "typeahead-list", role: "listbox", hidden: true});
    input.setAttribute("autocomplete", "off");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.insertAdjacentElement("afterend", list);
    let hits = [];
    let active = -1;
    let seq = 0;

    function close() { list.hidden = true; active = -1; }

    function choose(hit) {
      close();
      if (mode === "pick") {
        const target = document.getElementById(input.dataset.target);
        if (target) target.value = hit.id;
        input.value = hit.name;
        input.dispatchEvent(new CustomEvent("tkg:picked", {detail: hit, bubbles: true}));
      } else {
        window.location.href = "/entities/" + encodeURIComponent(hit.id);
      }
    }

    function render() {
      fill(list, hits.map((hit, i) => h("li", {
        role: "option", class: i === active ? "active" : "", "aria-selected": i === active,
        onmousedown: (e) => { e.preventDefault(); choose(hit); },
      }, h("span", {class: "badge type-" + hit.label}, hit.label),
         h("span", {class: "hit-name"}, hit.name),
         hit.aliases.length ? h("span", {class: "hit-aliases"}, hit.aliases.slice(0, 3).join(" · "))
           : null)));
      if (!hits.length) {
        fill(list, h("li", {class: "empty"}, mode === "pick" ? "No matching name"
          : "No matching name: press Enter to search documents too"));
      }
      list.hidden = false;
    }

    const search = debounce(async () => {
      const q = input.value.trim();
      if (q.length < 2) { close(); return; }
      const mine = ++seq;
      try {
        const body = await fetchJSON("/api/search?limit=10&q=" + encodeURIComponent(q));
        if (mine !== seq) return;  // a later keystroke already asked again
        hits = hitsOf(body);
        // Pick mode fills a field, so Enter takes the best hit; navigate mode leaves Enter
        // to the form (the results page) until the reader moves into the list.
        active = hits.length && mode === "pick" ? 0 : -1;
        render();
      } catch (e) {
        fill(list, h("li", {class: "empty error"}, e.message));
        list.hidden = false;
      }
    }, 150);

    input.addEventListener("input", () => {
      if (mode === "pick") {
        const target = document.getElementById(input.dataset.target);
        if (target) target.value = "";
      }
      search();
    });
    input.addEventListener("keydown", (e) => {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { active = Math.min(active + 1, hits.length - 1); render(); }
      else if (e.key === "ArrowUp") { active = Math.max(active - 1, 0); render(); }
      else if (e.key === "Enter" && active >= 0) { choose(hits[active]); }
      else if (e.key === "Enter") { close(); return; }  // the form submits the query
      else if (e.key === "Escape") { close(); return; }
      else return;
      e.preventDefault();
    });
    input.addEventListener("blur", () => setTimeout(close, 100));
  }

  document.querySelectorAll("input[data-typeahead]").forEach(attach);
  window.tkg.hitsOf = hitsOf;
})();
