/* Document page: highlight the sentence a link points at (#ev-START-END) and scroll to it.
 *
 * The text is rendered in segments carrying their character offsets (data-s, data-e), so
 * any range can be marked, even one the server did not know a link would ask for. */
(function () {
  "use strict";
  function mark() {
    const match = /^#ev-(\d+)-(\d+)$/.exec(window.location.hash);
    document.querySelectorAll(".doc-text .target").forEach((el) => el.classList.remove("target"));
    if (!match) return;
    const start = Number(match[1]);
    const end = Number(match[2]);
    let first = null;
    document.querySelectorAll(".doc-text [data-s]").forEach((el) => {
      const s = Number(el.dataset.s);
      const e = Number(el.dataset.e);
      if (s < end && e > start) {
        el.classList.add("target");
        first = first || el;
      }
    });
    if (first) first.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", mark);
  mark();
  window.tkg.ready();
})();
