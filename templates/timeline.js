// Optional filter for the timeline page: by actor, place, words and key
// events. Without JavaScript the form is hidden (style.css, scripting: none)
// and every event shows. The page arrives with the form shown and the count
// filled in, so that this script, which runs after the first paint, changes
// nothing on screen until the reader filters.
(function () {
  "use strict";
  var form = document.getElementById("dl_filter");
  if (!form) return;
  var items = [].slice.call(document.querySelectorAll(".dl-event"));
  var years = [].slice.call(document.querySelectorAll(".dl-year"));
  var count = document.getElementById("dl_count");
  var el = form.elements;
  function has(list, slug) {
    return !slug || (" " + list + " ").indexOf(" " + slug + " ") >= 0;
  }
  function apply() {
    var actor = el.actor ? el.actor.value : "", place = el.place ? el.place.value : "", key = el.key.checked;
    var words = el.q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (li) {
      var text = words.length ? li.textContent.toLowerCase() : "";
      var ok = has(li.getAttribute("data-actors"), actor) &&
        has(li.getAttribute("data-places"), place) &&
        (!key || li.classList.contains("dl-key")) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) shown++;
    });
    years.forEach(function (s) {
      s.hidden = !s.querySelector(".dl-event:not([hidden])");
    });
    var status = shown + " of " + items.length + " events shown";
    if (count.textContent !== status) count.textContent = status;
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false; // for an index.html template that still hides it
  apply();
})();
