// Small enhancements of the regulation site. Everything works without them.
(function () {
  "use strict";

  // Language switch keeps the provision: Material's selector links to the same page in the other
  // language but without the #anchor, so the anchor is added at click time (capture phase, before
  // Material's own handlers).
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a[hreflang]") : null;
    if (!link || !location.hash) return;
    link.href = link.href.split("#")[0] + location.hash;
  }, true);

  // The ¶ of a provision is its permanent link; where the browser allows it, clicking also copies
  // the full address. Navigation to the anchor happens as usual either way.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.prov-link, a.headerlink") : null;
    if (!link || !navigator.clipboard || !window.isSecureContext) return;
    navigator.clipboard.writeText(link.href).then(function () {
      link.classList.add("copied");
      setTimeout(function () { link.classList.remove("copied"); }, 1500);
    }, function () { /* copying is optional */ });
  });

  // Printing shows the folded parts (per-party duty lists) and closes them again afterwards.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.duties:not([open])").forEach(function (element) {
      element.open = true;
      openedForPrint.push(element);
    });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (element) { element.open = false; });
    openedForPrint = [];
  });
})();
