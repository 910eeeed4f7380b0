// Article page: hovering or clicking an event card lights up its evidence, and the reverse.
(function () {
  "use strict";
  function marks(id) { return document.querySelectorAll('mark.evidence[data-events~="' + CSS.escape(id) + '"]'); }
  function light(id, on) {
    marks(id).forEach(function (m) { m.classList.toggle("active", on); });
    var card = document.getElementById("card-" + id);
    if (card) card.classList.toggle("active", on);
  }
  document.querySelectorAll(".card[data-event]").forEach(function (card) {
    var id = card.getAttribute("data-event");
    card.addEventListener("mouseenter", function () { light(id, true); });
    card.addEventListener("mouseleave", function () { light(id, false); });
  });
  document.querySelectorAll("mark.evidence").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var first = (mark.getAttribute("data-events") || "").split(" ")[0];
      var card = document.getElementById("card-" + first);
      if (card) { card.scrollIntoView({ block: "nearest", behavior: "smooth" }); light(first, true);
        setTimeout(function () { light(first, false); }, 1500); }
    });
  });
  if (location.hash.indexOf("#ev-") === 0) light(location.hash.slice(4), true);
})();
