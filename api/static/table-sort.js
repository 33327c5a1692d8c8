/* Sortable tables: a <button class="sort"> in a header cell of table.sortable sorts the rows
 * by that column, numbers by the cell's data-value (never by the text, so 2,200,000 sorts
 * below 17,100,000), anything else by its text. Clicking again reverses the order. */
(function () {
  "use strict";

  function key(cell, numeric) {
    if (!cell) return numeric ? -Infinity : "";
    if (numeric) {
      const v = Number(cell.dataset.value);
      return Number.isFinite(v) ? v : -Infinity;
    }
    return (cell.dataset.value || cell.textContent || "").trim().toLowerCase();
  }

  function sortBy(table, th, descending) {
    const index = Array.from(th.parentNode.children).indexOf(th);
    const numeric = th.querySelector("button.sort").dataset.sort === "number";
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    rows.sort((a, b) => {
      const x = key(a.cells[index], numeric);
      const y = key(b.cells[index], numeric);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
    rows.forEach((r) => body.appendChild(r));
    th.parentNode.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
    th.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  document.querySelectorAll("table.sortable").forEach((table) => {
    table.querySelectorAll("th button.sort").forEach((button) => {
      const th = button.closest("th");
      th.setAttribute("aria-sort", th.getAttribute("aria-sort") || "none");
      button.addEventListener("click", () => {
        const numeric = button.dataset.sort === "number";
        const current = th.getAttribute("aria-sort");
        // Numbers start largest first; text starts A to Z.
        const descending = current === "none" ? numeric : current === "ascending";
        sortBy(table, th, descending);
      });
    });
  });
  window.tkg = Object.assign(window.tkg || {}, {sortTable: sortBy});
})();
