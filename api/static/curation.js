/* Analysts' judgments on the entity and document pages.
 *
 * An analyst enters the API key (kept in sessionStorage: this tab only, gone when it closes)
 * and a name; then each fact of the dossier offers Confirm and Reject, the dossier offers
 * merge and split with another entity id, and a document page offers a reliability rating.
 * Every judgment is one POST /api/judgments with X-API-Key and X-Analyst; the page reloads
 * to show the graph as the judgments now read it. */
(function () {
  "use strict";
  const {h, fetchJSON} = window.tkg;
  const KEY = "tkg.apiKey";
  const WHO = "tkg.analyst";
  const root = document.getElementById("curation");
  if (!root) return;
  const status = document.getElementById("curation-status");

  function say(text, bad) {
    status.textContent = text;
    status.classList.toggle("bad", Boolean(bad));
  }

  function credentials() {
    return {key: sessionStorage.getItem(KEY) || "", who: sessionStorage.getItem(WHO) || ""};
  }

  async function judge(body) {
    const c = credentials();
    if (!c.key) {
      say("Enter the API key first.", true);
      return;
    }
    const headers = {"Accept": "application/json", "Content-Type": "application/json",
                     "X-API-Key": c.key};
    if (c.who) headers["X-Analyst"] = c.who;
    say("Recording…");
    try {
      await fetchJSON("/api/judgments", {method: "POST", headers: headers,
                                         body: JSON.stringify(body)});
    } catch (e) {
      if (e.status === 401) sessionStorage.removeItem(KEY);
      render();
      say("Not recorded: " + e.message, true);
      return;
    }
    say("Recorded. Reloading…");
    window.location.reload();
  }

  function factForm(li) {
    const reason = h("input", {name: "reason", required: true, maxlength: 2000,
                               placeholder: "why?", "aria-label": "reason"});
    const form = h("form", {class: "judge-fact"}, reason,
                   h("button", {type: "submit", value: "confirm", class: "confirm-fact"},
                     "Confirm"),
                   h("button", {type: "submit", value: "reject", class: "reject-fact"},
                     "Reject"));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const kind = ev.submitter && ev.submitter.value === "confirm" ? "confirm" : "reject";
      judge({kind: kind, type: li.dataset.factType, source: li.dataset.factSource,
             target: li.dataset.factTarget, reason: reason.value});
    });
    return form;
  }

  /** Show the controls that fit: the key form until a key is entered, then the judgments. */
  function render() {
    const on = Boolean(credentials().key);
    root.classList.toggle("analyst-on", on);
    for (const li of document.querySelectorAll("li.fact[data-fact-type]")) {
      const existing = li.querySelector("form.judge-fact");
      if (on && !existing) li.appendChild(factForm(li));
      if (!on && existing) existing.remove();
    }
  }

  const login = document.getElementById("analyst-login");
  login.addEventListener("submit", (ev) => {
    ev.preventDefault();
    sessionStorage.setItem(KEY, login.elements.key.value);
    sessionStorage.setItem(WHO, login.elements.who.value.trim());
    login.elements.key.value = "";
    say("Key kept for this tab. Judgments are recorded with your name.");
    render();
  });

  const pair = document.getElementById("pair-form");
  if (pair) {
    pair.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const kind = ev.submitter && ev.submitter.value === "split" ? "split" : "merge";
      judge({kind: kind, left: root.dataset.entity, right: pair.elements.other.value.trim(),
             reason: pair.elements.reason.value});
    });
  }

  const rate = document.getElementById("rate-form");
  if (rate) {
    rate.addEventListener("submit", (ev) => {
      ev.preventDefault();
      judge({kind: "rate", document: root.dataset.document,
             reliability: rate.elements.reliability.value, reason: rate.elements.reason.value});
    });
  }

  render();
  window.tkg.curation = {judge: judge, render: render};
})();
