// Optional filter for the full timeline: by actor, place, words and key
// events. Without JavaScript the form is hidden (style.css, scripting: none)
// and every event shows. The page arrives with the form shown and the count
// filled in, so that this script, which runs after the first paint, changes
// nothing on screen until the reader filters. The filter is kept in the
// page's query (?actor=..&place=..&q=..&key=1), so a filtered view can be
// bookmarked, shared and restored with the back button; "Show all" resets
// it. The year links list only the years that have an event shown.
(function () {
  "use strict";
  var form = document.getElementById("dl_filter");
  if (!form) return;
  var items = [].slice.call(document.querySelectorAll(".dl-event"));
  var years = [].slice.call(document.querySelectorAll(".dl-year"));
  var navs = [].slice.call(document.querySelectorAll(".dl-years li[data-year]"));
  var count = document.getElementById("dl_count");
  var el = form.elements;
  var fields = ["actor", "place", "q"];
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
    var present = {};
    years.forEach(function (s) {
      s.hidden = !s.querySelector(".dl-event:not([hidden])");
      present[s.id] = !s.hidden;
    });
    navs.forEach(function (li) {
      var id = li.getAttribute("data-year");
      if (id in present) li.hidden = !present[id];
    });
    var status = shown + " of " + items.length + " events shown";
    if (count.textContent !== status) count.textContent = status;
  }
  // The query string holds the filter; the hash stays free for anchors.
  function save() {
    var q = [];
    fields.forEach(function (f) {
      if (el[f] && el[f].value) q.push(f + "=" + encodeURIComponent(el[f].value));
    });
    if (el.key.checked) q.push("key=1");
    var url = location.pathname + (q.length ? "?" + q.join("&") : "") + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, "", url);
  }
  function load() {
    var params = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) {
        try { params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " ")); } catch (e) {}
      }
    });
    fields.forEach(function (f) {
      if (el[f] && params[f] !== undefined) el[f].value = params[f];
    });
    el.key.checked = params.key === "1";
  }
  function change() { apply(); save(); }
  form.addEventListener("input", change);
  form.addEventListener("change", change);
  form.addEventListener("reset", function () { setTimeout(change, 0); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false; // for a template that still hides it
  if (location.search) load();
  apply();
})();
