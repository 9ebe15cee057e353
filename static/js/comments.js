/* Comments: open the reply form in place under the comment (progressive enhancement).
   Without JavaScript the Reply link reloads the page with ?reply_to=<id>, which does the same. */
(function () {
  "use strict";
  var section = document.querySelector("[data-comments]");
  if (!section) { return; }
  var box = document.getElementById("comment-form");
  if (!box) { return; }
  var form = box.querySelector("form");
  var parentInput = form && form.querySelector("input[name=parent]");
  if (!parentInput) { return; }
  var home = document.createComment("comment-form-home");
  box.parentNode.insertBefore(home, box);

  function note() {
    var p = box.querySelector("[data-replying]");
    if (!p) {
      p = document.createElement("p");
      p.className = "comment-replying small";
      p.setAttribute("data-replying", "");
      form.parentNode.insertBefore(p, form);
    }
    return p;
  }

  function cancel(event) {
    if (event) { event.preventDefault(); }
    parentInput.value = "";
    var p = box.querySelector("[data-replying]");
    if (p) { p.remove(); }
    home.parentNode.insertBefore(box, home.nextSibling);
  }

  section.addEventListener("click", function (event) {
    var link = event.target.closest("a.comment-reply");
    if (!link) { return; }
    event.preventDefault();
    var comment = document.getElementById("c" + link.dataset.replyTo);
    if (!comment) { return; }
    parentInput.value = link.dataset.replyTo;
    var p = note();
    p.textContent = "Replying to " + (link.dataset.replyName || "this comment") + ". ";
    var undo = document.createElement("a");
    undo.href = "#comment-form";
    undo.textContent = "Cancel reply";
    undo.addEventListener("click", cancel);
    p.appendChild(undo);
    comment.parentNode.insertBefore(box, comment.nextSibling);
    var text = form.querySelector("textarea");
    if (text) { text.focus(); }
  });
}());
