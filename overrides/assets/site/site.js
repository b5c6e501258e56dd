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

  // The text and the side-by-side page use the same provision ids: switching between them keeps the place.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest("a.reg-view-text, a.reg-view-bilingual") : null;
    if (!link || !/^#[a-z0-9-]+$/.test(location.hash) || /^#(L\d+|sec-|ocr-)/.test(location.hash)) return;
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

  // "Cite" copies the provision's full citation (rendered in data-citation, in the page's language) and its
  // absolute address. Intranet pages are often plain http:, where the Clipboard API is missing: a hidden
  // textarea and execCommand("copy") do it there.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    area.setSelectionRange(0, text.length);
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return done;
  }
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button.copy-cite") : null;
    if (!button) return;
    var url = new URL(button.getAttribute("data-href"), location.href).href;
    var text = button.getAttribute("data-citation") + "\n" + url;
    button.setAttribute("data-copy-text", text);
    copyText(text).then(function (done) {
      if (!done) return;
      button.classList.add("copied");
      setTimeout(function () { button.classList.remove("copied"); }, 2000);
    });
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
