// Tells the page that frames this timeline how tall it is, in the three
// formats CMSs listen for: Pym.js (?childId=), AMP's embed-size, and
// WordPress embeds (#?secret=). Re-measures on resize, when fonts or layout
// change, and when a hidden tab becomes visible (layout is zero there).
(function () {
  "use strict";
  var parent = window.parent;
  if (!parent || parent === window) return;
  var id = (/[?&]childId=([^&#]*)/.exec(location.search) || [])[1] || "";
  var secret = (/[#?&]secret=([A-Za-z0-9]*)/.exec(location.hash) || [])[1] || "";
  var last = -1, queued = false;
  function send(force) {
    queued = false;
    if (document.hidden) return;
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!h || (!force && h === last)) return;
    last = h;
    parent.postMessage("pym" + "xPYMx" + decodeURIComponent(id) + "xPYMx" + "height" + "xPYMx" + h, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
    parent.postMessage({ message: "height", value: h, secret: secret }, "*");
  }
  function later() {
    if (!queued) { queued = true; requestAnimationFrame(function () { send(false); }); }
  }
  window.addEventListener("load", function () { send(true); });
  window.addEventListener("resize", later);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) send(true); });
  window.addEventListener("message", function (e) {
    // Pym.js parents ask for the height by sending the width.
    if (e.source === parent && typeof e.data === "string" && e.data.indexOf("xPYMxwidthxPYMx") > 0) send(true);
  });
  if (window.ResizeObserver) new ResizeObserver(later).observe(document.documentElement);
  send(true);
})();
