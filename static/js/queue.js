/* Keyboard shortcuts for the moderation queue (progressive enhancement: every action is also a
   plain link or form). Queue page: j/k move between items, Enter opens one. Item page: j/k go to
   the next/previous item, a approves, r rejects (with the clause already chosen) or focuses the
   clause when none is chosen yet. Keys are ignored while typing in a field. */
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName));
  }

  function submitForm(form) {
    if (!form) return;
    if (typeof form.requestSubmit === "function") form.requestSubmit();
    else form.submit();
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll(".queue-item"));
  var current = -1;

  function select(index) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle("table-active", i === current); });
    var link = rows[current].querySelector(".queue-link");
    if (link) link.focus();
  }

  function go(id) {
    var link = document.getElementById(id);
    if (link) window.location.href = link.href;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    var key = event.key;
    if (rows.length) {
      if (key === "j") { select(current + 1); event.preventDefault(); }
      else if (key === "k") { select(current - 1); event.preventDefault(); }
      return;
    }
    if (key === "j") { go("item-next"); }
    else if (key === "k") { go("item-prev"); }
    else if (key === "a") {
      submitForm(document.querySelector('.decide-form[data-action="approve"]') ||
                 document.querySelector('.decide-form[data-action="keep"]'));
    } else if (key === "r") {
      var form = document.querySelector('.decide-form[data-action="reject"]') ||
                 document.querySelector('.decide-form[data-action="remove"]');
      if (!form) return;
      var clause = form.querySelector("select[name=clause]");
      if (clause && !clause.value) { clause.focus(); event.preventDefault(); }
      else submitForm(form);
    }
  });
})();
