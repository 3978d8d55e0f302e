/* thanknote serve: the little JavaScript the pages need.
 *
 * - The interview form is validated as it is filled in (the loader's own
 *   messages, placed beside their fields); interviewers and accomplishments
 *   can be added and removed; a business card can be dropped in.
 * - Each draft is checked as it is typed: findings are drawn under the text
 *   (a copy of the text behind a transparent text area), explained on hover
 *   or when the cursor is in one, and a suggestion is applied in one click.
 * - Downloads and the inline PDF preview send the notes as edited.
 *
 * Every request that changes something carries the session's token.
 */
"use strict";

(function () {
  const token = document.querySelector('meta[name="thanknote-token"]').content;

  function debounce(fn, ms) {
    let timer = null;
    return function (...args) {
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(this, args), ms);
    };
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function post(url, body, json) {
    // Errors come back as {"error": message} for the page to show.
    const headers = { "X-Thanknote-Token": token, Accept: "application/json" };
    if (json) headers["Content-Type"] = "application/json";
    return fetch(url, {
      method: "POST",
      headers,
      body: json ? JSON.stringify(body) : body,
      credentials: "same-origin",
    });
  }

  /* Said by screen readers, without moving what is on the screen. */
  function announce(message) {
    let region = document.getElementById("announcer");
    if (!region) {
      region = el("div", { id: "announcer", class: "visually-hidden", "aria-live": "polite" });
      document.body.append(region);
    }
    region.textContent = message;
  }

  /* The interview form ------------------------------------------------------------------------ */

  function setUpInterviewForm(form) {
    let dirty = false;
    let submitting = false;
    const validate = debounce(async () => {
      const response = await post(form.dataset.validate, new FormData(form), false);
      if (!response.ok) return;
      const result = await response.json();
      showProblems(form, result.problems);
    }, 350);

    form.addEventListener("input", () => {
      dirty = true;
      validate();
    });
    form.addEventListener("change", () => {
      dirty = true;
      validate();
    });
    form.addEventListener("submit", () => {
      submitting = true;
    });
    window.addEventListener("beforeunload", (event) => {
      if (dirty && !submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });

    form.addEventListener("click", (event) => {
      const add = event.target.closest("[data-add]");
      if (add) {
        addRow(form, add);
        dirty = true;
        validate();
        return;
      }
      const remove = event.target.closest("[data-remove]");
      if (remove) {
        const row = remove.closest("fieldset");
        const list = row.closest("[data-list-of]");
        const name = row.querySelector("legend").textContent;
        row.remove();
        dirty = true;
        announce(`Removed ${name}. Save the file to keep the change.`);
        list.querySelector("h2").setAttribute("tabindex", "-1");
        list.querySelector("h2").focus();
        validate();
      }
    });
  }

  function addRow(form, button) {
    const template = document.getElementById(button.dataset.add);
    const list = button.closest("[data-list-of]");
    const numbers = [...list.querySelectorAll(":scope > fieldset[data-number]")].map((f) =>
      Number(f.dataset.number),
    );
    const next = Math.max(0, ...numbers) + 1;
    const html = template.innerHTML.replaceAll("__N__", String(next));
    const holder = document.createElement("div");
    holder.innerHTML = html;
    const row = holder.firstElementChild;
    list.insertBefore(row, button);
    const first = row.querySelector("input:not([type=hidden]), textarea, select");
    if (first) first.focus();
  }

  function showProblems(form, problems) {
    for (const node of form.querySelectorAll("[data-problem-for]")) {
      node.hidden = true;
      node.textContent = "";
    }
    for (const node of form.querySelectorAll('[aria-invalid="true"]')) {
      node.removeAttribute("aria-invalid");
    }
    for (const node of form.querySelectorAll(".has-problem")) node.classList.remove("has-problem");
    const unplaced = [];
    for (const problem of problems) {
      const target = problem.field
        ? form.querySelector(`[data-problem-for="${CSS.escape(problem.field)}"]`)
        : null;
      if (!target) {
        unplaced.push(problem);
        continue;
      }
      target.textContent = target.textContent
        ? `${target.textContent} ${problem.message}`
        : problem.message;
      target.hidden = false;
      const input = form.querySelector(`[name="${CSS.escape(problem.field)}"]`);
      if (input) input.setAttribute("aria-invalid", "true");
      const field = target.closest(".field");
      if (field) field.classList.add("has-problem");
    }
    // The summary the page came with is kept current; none is added while typing,
    // so nothing on the screen moves: the save bar says how many are left.
    const summary = document.getElementById("problems-summary");
    if (summary) {
      summary.querySelector("ul").replaceChildren(
        ...problems.map((p) =>
          el(
            "li",
            {},
            p.field ? el("a", { href: `#${fieldId(p.field)}` }, p.field) : null,
            p.field ? ": " : null,
            p.message,
          ),
        ),
      );
      summary.hidden = problems.length === 0;
    }
    const live = document.getElementById("live-problems");
    if (live) {
      const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
      const elsewhere = unplaced.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message));
      live.textContent = problems.length
        ? `${count} to fix before the notes can be drafted${elsewhere.length ? `: ${elsewhere.join("; ")}` : " (marked beside their fields)"}.`
        : "";
    }
  }

  function fieldId(name) {
    return "f-" + name.replace(/[^A-Za-z0-9_]+/g, "-").replace(/^-+|-+$/g, "");
  }

  function setUpCardDrop(zone) {
    const input = zone.querySelector('input[type="file"]');
    const form = zone.querySelector("form");
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("dragging");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("dragging");
      if (!event.dataTransfer.files.length) return;
      input.files = event.dataTransfer.files;
      form.requestSubmit();
    });
  }

  function setUpTextForm(form) {
    const area = form.querySelector("textarea");
    const list = document.querySelector("#text-problems ul");
    const validate = debounce(async () => {
      const body = new FormData();
      body.append("text", area.value);
      const response = await post(form.dataset.validate, body, false);
      if (!response.ok) return;
      const result = await response.json();
      list.replaceChildren(
        ...result.problems.map((p) =>
          el(
            "li",
            {},
            el(
              "button",
              { type: "button", class: "link", "data-line": p.line || "", "data-column": p.column || "" },
              p.line ? `Line ${p.line}${p.column ? `, column ${p.column}` : ""}` : p.field || "The file",
            ),
            `: ${p.message}`,
          ),
        ),
      );
    }, 400);
    area.addEventListener("input", validate);
    list.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-line]");
      if (!button || !button.dataset.line) return;
      const lines = area.value.split("\n");
      const line = Math.min(Number(button.dataset.line), lines.length);
      let offset = lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0);
      offset += Math.max(0, Number(button.dataset.column || 1) - 1);
      area.focus();
      area.setSelectionRange(offset, offset);
    });
  }

  /* The drafts ------------------------------------------------------------------------------ */

  function setUpDrafts(payload) {
    const storagePrefix = `thanknote:${payload.file}:${payload.template}:`;
    const notes = payload.notes.map((note, i) => ({
      ...note,
      drafted: note.text,
      draftedSubject: note.subject,
      findings: payload.checked.notes[i],
      panel: document.getElementById(`panel-${i}`),
      area: document.getElementById(`text-${i}`),
      subjectInput: document.getElementById(`subject-${i}`),
      popover: document.getElementById(`popover-${i}`),
      tab: document.getElementById(`tab-${i}`),
      hoverIndex: null,
    }));
    let pairs = payload.checked.pairs;
    let sequence = 0;

    for (const note of notes) {
      const saved = localStorage.getItem(storagePrefix + note.name);
      if (saved) {
        try {
          const edit = JSON.parse(saved);
          if (typeof edit.text === "string" && edit.text !== note.area.value) {
            note.area.value = edit.text;
            note.findings = [];
          }
          if (note.subjectInput && typeof edit.subject === "string") {
            note.subjectInput.value = edit.subject;
          }
        } catch (error) {
          localStorage.removeItem(storagePrefix + note.name);
        }
      }
      setUpEditor(note);
      save(note); // says whether the note was edited
    }
    renderAll();
    if (notes.some((n) => n.area.value !== n.drafted)) checkNow();

    function save(note) {
      const edited =
        note.area.value !== note.drafted ||
        (note.subjectInput && note.subjectInput.value !== note.draftedSubject);
      if (edited) {
        const subject = note.subjectInput ? note.subjectInput.value : null;
        localStorage.setItem(storagePrefix + note.name, JSON.stringify({ text: note.area.value, subject }));
      } else {
        localStorage.removeItem(storagePrefix + note.name);
      }
      note.panel.querySelector(".edited-note").hidden = !edited;
    }

    const checkSoon = debounce(checkNow, 200);

    async function checkNow() {
      const mine = ++sequence;
      const sent = notes.map((n) => n.area.value);
      let response;
      try {
        response = await post(
          `/api/check?file=${encodeURIComponent(payload.file)}`,
          { template: payload.template, notes: notes.map((n, i) => ({ person: n.person, text: sent[i] })) },
          true,
        );
      } catch (error) {
        return;
      }
      if (!response.ok || mine !== sequence) return;
      const result = await response.json();
      notes.forEach((note, i) => {
        if (note.area.value === sent[i]) note.findings = result.notes[i];
      });
      pairs = result.pairs;
      renderAll();
      if (result.version !== payload.version) fileChanged();
    }

    function fileChanged() {
      const notice = document.getElementById("file-changed");
      if (!notice.hidden) return;
      notice.hidden = false;
      announce(notice.textContent);
    }

    function renderAll() {
      for (const note of notes) render(note);
      renderPairs();
    }

    function setUpEditor(note) {
      const area = note.area;
      const grow = () => {
        area.style.height = "auto";
        area.style.height = `${area.scrollHeight + 4}px`;
      };
      grow();
      new ResizeObserver(grow).observe(area.parentElement);
      let previous = area.value;
      area.addEventListener("input", () => {
        shiftFindings(note, previous, area.value);
        previous = area.value;
        grow();
        render(note);
        save(note);
        checkSoon();
      });
      if (note.subjectInput) note.subjectInput.addEventListener("input", () => save(note));
      const follow = () => showAtCaret(note);
      area.addEventListener("keyup", follow);
      area.addEventListener("click", follow);
      area.addEventListener("focus", follow);
      area.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && !note.popover.hidden) {
          event.preventDefault();
          hidePopover(note);
        }
      });
      area.addEventListener("mousemove", (event) => {
        const mark = document
          .elementsFromPoint(event.clientX, event.clientY)
          .find((node) => node.tagName === "MARK" && note.panel.contains(node));
        if (mark) {
          note.hoverIndex = Number(mark.dataset.index);
          showPopover(note, note.hoverIndex);
        } else if (note.hoverIndex !== null) {
          note.hoverIndex = null;
          hideSoon(note);
        }
      });
      area.addEventListener("mouseleave", () => hideSoon(note));
      note.popover.addEventListener("mouseenter", () => clearTimeout(note.hideTimer));
      note.popover.addEventListener("mouseleave", () => hideSoon(note));
      note.popover.addEventListener("keydown", (event) => {
        if (event.key === "Escape") {
          hidePopover(note);
          area.focus();
        }
      });
      note.panel.querySelector("[data-revert]").addEventListener("click", () => {
        area.value = note.drafted;
        if (note.subjectInput) note.subjectInput.value = note.draftedSubject;
        previous = area.value;
        note.findings = [];
        grow();
        save(note);
        render(note);
        checkNow();
        area.focus();
      });
      note.panel.querySelector(".finding-list").addEventListener("click", (event) => {
        const button = event.target.closest("button[data-index]");
        if (!button) return;
        const finding = note.findings[Number(button.dataset.index)];
        if (button.dataset.action === "apply") applyFinding(note, finding);
        else if (button.dataset.action === "show") {
          area.focus();
          area.setSelectionRange(finding.start, finding.end);
          showPopover(note, Number(button.dataset.index));
        }
      });
    }

    /* While the server checks, findings after the edit move with their text. */
    function shiftFindings(note, before, after) {
      let start = 0;
      while (start < before.length && start < after.length && before[start] === after[start]) start++;
      let endBefore = before.length;
      let endAfter = after.length;
      while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
        endBefore--;
        endAfter--;
      }
      const delta = endAfter - endBefore;
      note.findings = note.findings.flatMap((f) => {
        if (f.start === f.end) return [f];
        if (f.end <= start) return [f];
        if (f.start >= endBefore) return [{ ...f, start: f.start + delta, end: f.end + delta }];
        return [];
      });
    }

    function spans(note) {
      const marked = [];
      let reach = 0;
      note.findings
        .map((f, index) => ({ ...f, index }))
        .filter((f) => f.end > f.start)
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .forEach((f) => {
          if (f.start >= reach) {
            marked.push(f);
            reach = f.end;
          }
        });
      return marked;
    }

    function render(note) {
      const text = note.area.value;
      const holder = note.panel.querySelector(".highlights");
      const parts = [];
      let at = 0;
      for (const f of spans(note)) {
        parts.push(document.createTextNode(text.slice(at, f.start)));
        parts.push(
          el("mark", { class: f.severity, "data-index": f.index, "data-code": f.code }, text.slice(f.start, f.end)),
        );
        at = f.end;
      }
      // A trailing newline needs a character after it to take up its line.
      parts.push(document.createTextNode(text.slice(at) + "\u200b"));
      holder.replaceChildren(...parts);
      renderList(note);
      renderBadge(note);
      if (!note.popover.hidden) showAtCaret(note, true);
    }

    function renderList(note) {
      const list = note.panel.querySelector(".finding-list");
      const summary = note.panel.querySelector(".findings-summary");
      const counts = count(note.findings);
      summary.textContent = note.findings.length
        ? `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}${counts.info ? `, ${plural(counts.info, "note")}` : ""}.`
        : "Nothing to fix.";
      list.replaceChildren(
        ...note.findings.map((f, index) =>
          el(
            "li",
            { class: f.severity },
            el(
              "p",
              {},
              el("span", { class: `severity ${f.severity}` }, f.severity),
              f.end > f.start
                ? el(
                    "button",
                    { type: "button", class: "link", "data-index": index, "data-action": "show" },
                    `“${f.text}”`,
                  )
                : el("span", {}, "The whole note"),
              " ",
              el("span", { class: "code-name" }, f.code),
            ),
            el("p", {}, f.message),
            suggestionLine(f, index),
          ),
        ),
      );
    }

    function suggestionLine(f, index) {
      if (!f.suggestion) return null;
      const label = f.end > f.start ? `Use “${f.suggestion}”` : "Add this sentence";
      return el(
        "p",
        { class: "suggestion" },
        "Suggestion: ",
        el("q", {}, f.suggestion),
        " ",
        el("button", { type: "button", "data-index": index, "data-action": "apply", class: "apply" }, label),
      );
    }

    function count(findings) {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
      return counts;
    }

    function plural(n, word) {
      return `${n} ${word}${n === 1 ? "" : "s"}`;
    }

    function renderBadge(note) {
      const counts = count(note.findings);
      const parts = [];
      if (counts.error) parts.push(plural(counts.error, "error"));
      if (counts.warning) parts.push(plural(counts.warning, "warning"));
      note.tab.querySelector("[data-badge]").textContent = parts.length ? parts.join(", ") : "no problems";
    }

    function showAtCaret(note, keep) {
      if (document.activeElement !== note.area && !keep) return;
      const caret = note.area.selectionStart;
      const inside = spans(note).find((f) => f.start <= caret && caret <= f.end && note.area.selectionEnd <= f.end);
      if (inside) showPopover(note, inside.index);
      else if (note.hoverIndex === null && !note.popover.contains(document.activeElement)) hidePopover(note);
    }

    function showPopover(note, index) {
      clearTimeout(note.hideTimer);
      const f = note.findings[index];
      if (!f) return;
      const mark = note.panel.querySelector(`mark[data-index="${index}"]`);
      for (const other of note.panel.querySelectorAll("mark.active")) other.classList.remove("active");
      if (mark) mark.classList.add("active");
      note.popover.replaceChildren(
        el("p", {}, el("span", { class: `severity ${f.severity}` }, f.severity), el("span", { class: "code-name" }, f.code)),
        el("p", {}, f.message),
        suggestionLine(f, index),
      );
      const applyButton = note.popover.querySelector("button.apply");
      if (applyButton) applyButton.addEventListener("click", () => applyFinding(note, note.findings[index]));
      note.popover.hidden = false;
      note.popover.dataset.index = String(index);
      note.popover.id = `popover-${note.number}`;
      note.area.setAttribute("aria-describedby", `${note.popover.id} text-${note.number}-hint findings-${note.number}-summary`);
      if (mark) {
        const editor = note.area.parentElement;
        // Below the underline (drawn under the text), so that it stays in sight.
        const top = mark.offsetTop + mark.offsetHeight + 14;
        const width = note.popover.offsetWidth;
        const left = Math.max(0, Math.min(mark.offsetLeft, editor.clientWidth - width));
        note.popover.style.top = `${top}px`;
        note.popover.style.left = `${left}px`;
      }
    }

    function hideSoon(note) {
      clearTimeout(note.hideTimer);
      note.hideTimer = setTimeout(() => {
        if (!note.popover.matches(":hover") && !note.popover.contains(document.activeElement)) {
          const caret = note.area.selectionStart;
          const inside = document.activeElement === note.area && spans(note).some((f) => f.start <= caret && caret <= f.end);
          if (!inside) hidePopover(note);
        }
      }, 400);
    }

    function hidePopover(note) {
      note.popover.hidden = true;
      for (const mark of note.panel.querySelectorAll("mark.active")) mark.classList.remove("active");
      note.area.setAttribute("aria-describedby", `text-${note.number}-hint findings-${note.number}-summary`);
    }

    function applyFinding(note, finding) {
      if (!finding || !finding.suggestion) return;
      const area = note.area;
      let start = finding.start;
      let end = finding.end;
      let insert = finding.suggestion;
      if (start === end) {
        // A sentence for the whole note: its own paragraph, before the sign-off.
        const text = area.value.replace(/\s+$/, "");
        const last = text.lastIndexOf("\n\n");
        start = end = last > 0 ? last + 2 : text.length;
        insert = last > 0 ? `${insert}\n\n` : `\n\n${insert}`;
      }
      area.focus();
      area.setSelectionRange(start, end);
      const done = document.execCommand && document.execCommand("insertText", false, insert);
      if (!done) {
        area.setRangeText(insert, start, end, "end");
        area.dispatchEvent(new Event("input", { bubbles: true }));
      }
      hidePopover(note);
      announce(`Applied: ${finding.suggestion}`);
      checkNow();
    }

    function renderPairs() {
      const holder = document.querySelector("#panel-compare .pairs");
      const badge = document.querySelector("[data-badge-pairs]");
      badge.textContent = pairs.length ? plural(pairs.length, "pair") + " too alike" : "";
      if (!pairs.length) {
        holder.replaceChildren(el("p", {}, "No two notes share a sentence word for word. Good."));
        return;
      }
      holder.replaceChildren(
        ...pairs.map(([a, b]) =>
          el(
            "div",
            { class: "pair", role: "group", "aria-label": `${notes[a].name} and ${notes[b].name}` },
            copyOf(notes[a]),
            copyOf(notes[b]),
          ),
        ),
      );
    }

    function copyOf(note) {
      const text = note.area.value;
      const shared = note.findings.filter((f) => f.code === "too-similar" && f.end > f.start);
      const parts = [];
      let at = 0;
      for (const f of shared.sort((x, y) => x.start - y.start)) {
        if (f.start < at) continue;
        parts.push(text.slice(at, f.start), el("mark", { title: f.message }, text.slice(f.start, f.end)));
        at = f.end;
      }
      parts.push(text.slice(at));
      return el(
        "article",
        {},
        el("h3", {}, `To ${note.name}`),
        el("div", { class: "note-copy" }, ...parts),
        ...shared.map((f) => el("p", { class: "hint" }, f.message)),
      );
    }

    setUpTabs(notes);
    setUpPrint(notes, payload);
  }

  function setUpTabs(notes) {
    const tabs = [...document.querySelectorAll('.tabs [role="tab"]')];
    function select(tab, focus) {
      for (const other of tabs) {
        const selected = other === tab;
        other.setAttribute("aria-selected", selected ? "true" : "false");
        other.tabIndex = selected ? 0 : -1;
        document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
      }
      if (focus) tab.focus();
      const number = tab.dataset.number;
      const current = document.querySelector("[data-current-name]");
      if (number !== undefined && current) {
        const note = notes[Number(number)];
        current.textContent = note.name;
        document.getElementById("print-form").dataset.current = number;
        const noEmail = document.querySelector("[data-no-email]");
        const emailButton = document.querySelector("[data-needs-email]");
        emailButton.disabled = Boolean(note.no_email);
        noEmail.hidden = !note.no_email;
        noEmail.textContent = note.no_email ? `No e-mail draft for ${note.name}: ${note.no_email} on the card.` : "";
      }
      for (const note of notes) {
        if (!note.panel.hidden) {
          note.area.style.height = "auto";
          note.area.style.height = `${note.area.scrollHeight + 4}px`;
        }
      }
    }
    for (const tab of tabs) {
      tab.addEventListener("click", () => select(tab, false));
      tab.addEventListener("keydown", (event) => {
        const at = tabs.indexOf(tab);
        let next = null;
        if (event.key === "ArrowRight" || event.key === "ArrowDown") next = tabs[(at + 1) % tabs.length];
        if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = tabs[(at - 1 + tabs.length) % tabs.length];
        if (event.key === "Home") next = tabs[0];
        if (event.key === "End") next = tabs[tabs.length - 1];
        if (next) {
          event.preventDefault();
          select(next, true);
        }
      });
    }
    select(tabs[0], false);
  }

  function setUpPrint(notes, payload) {
    const form = document.getElementById("print-form");
    const status = document.getElementById("print-status");
    const preview = document.getElementById("preview");
    let previewUrl = null;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = event.submitter;
      const body = new FormData(form);
      body.set("format", button.value);
      body.set("which", button.dataset.which === "one" ? form.dataset.current || "0" : "all");
      body.set("inline", button.dataset.inline ? "1" : "");
      body.set(
        "notes",
        JSON.stringify(
          notes.map((n) => ({
            number: n.number,
            text: n.area.value,
            subject: n.subjectInput ? n.subjectInput.value : null,
          })),
        ),
      );
      status.hidden = false;
      status.classList.remove("alert");
      status.textContent = button.dataset.inline ? "Making the preview…" : "Making the file…";
      let response;
      try {
        response = await post(form.action, body, false);
      } catch (error) {
        status.textContent = "The server did not answer: is `thanknote serve` still running?";
        status.classList.add("alert");
        return;
      }
      if (!response.ok) {
        let message = response.statusText;
        try {
          message = (await response.json()).error;
        } catch (error) {
          /* not JSON: keep the status text */
        }
        status.textContent = `Not made: ${message}`;
        status.classList.add("alert");
        return;
      }
      const blob = await response.blob();
      if (button.dataset.inline) {
        if (previewUrl) URL.revokeObjectURL(previewUrl);
        previewUrl = URL.createObjectURL(blob);
        preview.src = previewUrl;
        preview.hidden = false;
        status.textContent = "The preview below is the PDF as it will print.";
        return;
      }
      const name = filenameOf(response) || "thanknote-download";
      const url = URL.createObjectURL(blob);
      const link = el("a", { href: url, download: name, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      status.textContent = `Downloaded ${name}.`;
    });
    void payload;
  }

  function filenameOf(response) {
    const header = response.headers.get("Content-Disposition") || "";
    const star = header.match(/filename\*=UTF-8''([^;]+)/i);
    if (star) return decodeURIComponent(star[1]);
    const plain = header.match(/filename="?([^";]+)"?/i);
    return plain ? plain[1] : null;
  }

  /* Start -------------------------------------------------------------------------------------- */

  const interviewForm = document.getElementById("interview-form");
  if (interviewForm) setUpInterviewForm(interviewForm);
  const cardDrop = document.getElementById("card-drop");
  if (cardDrop) setUpCardDrop(cardDrop);
  const textForm = document.getElementById("text-form");
  if (textForm) setUpTextForm(textForm);
  const templatePicker = document.getElementById("template");
  if (templatePicker) {
    templatePicker.addEventListener("change", () => {
      const chosen = templatePicker.selectedOptions[0];
      document.getElementById("template-hint").textContent = chosen.dataset.description || "";
    });
  }
  const payload = document.getElementById("payload");
  if (payload) setUpDrafts(JSON.parse(payload.textContent));
  document.documentElement.dataset.ready = "true";
})();
