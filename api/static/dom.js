/* Small DOM helpers shared by every page.
 *
 * Data from the graph is never parsed as HTML: `h()` builds elements and sets text with
 * textContent, so an entity named `<img onerror=...>` stays text. Nothing here uses
 * innerHTML. */
(function () {
  "use strict";

  /** Build an element: h("a", {href: "/x", class: "y"}, "text", childNode, ...). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "class") el.className = value;
      else if (name === "dataset") Object.assign(el.dataset, value);
      else if (name.startsWith("on") && typeof value === "function") {
        el.addEventListener(name.slice(2), value);
      } else el.setAttribute(name, value === true ? "" : String(value));
    }
    append(el, children);
    return el;
  }

  function append(el, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  /** Replace an element's children. */
  function fill(el, ...children) {
    el.replaceChildren();
    return append(el, children);
  }

  /** fetch() that returns JSON or throws an Error carrying the API's `detail`. */
  async function fetchJSON(url, options) {
    const response = await fetch(url, Object.assign({headers: {"Accept": "application/json"}},
                                                    options || {}));
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const detail = body && body.detail ? body.detail : response.statusText;
      const error = new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function debounce(fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(this, args), ms);
    };
  }

  /** JSON embedded by the server in <script type="application/json" id=...>. */
  function pageData(id) {
    const el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  /** Offer a string as a file download (exports). */
  function download(filename, content, type) {
    const blob = content instanceof Blob ? content : new Blob([content], {type: type});
    const url = URL.createObjectURL(blob);
    const a = h("a", {href: url, download: filename});
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** RFC 4180 CSV from an array of objects (columns from the first row unless given). */
  function toCSV(rows, columns) {
    const cols = columns || (rows.length ? Object.keys(rows[0]) : []);
    const cell = (v) => {
      const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("; ")
        : typeof v === "object" ? JSON.stringify(v) : String(v);
      return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    return [cols.join(",")].concat(rows.map((r) => cols.map((c) => cell(r[c])).join(",")))
      .join("\r\n") + "\r\n";
  }

  /** Pages set window.tkgReady when their first render is done (tests wait for it). */
  function ready() {
    window.tkgReady = true;
    document.documentElement.dataset.ready = "1";
  }

  window.tkg = Object.assign(window.tkg || {}, {h, append, fill, fetchJSON, debounce, pageData,
                                                 download, toCSV, ready});
})();
