// Sends a reader of the site's root to the language their browser prefers, when the site has it.
// Without JavaScript the page is a plain list of languages.
(function () {
  "use strict";
  var links = document.querySelectorAll("a[data-language]");
  var byCode = {};
  for (var i = 0; i < links.length; i++) {
    byCode[links[i].getAttribute("data-language")] = links[i].href;
  }
  var preferred = navigator.languages || [navigator.language || ""];
  for (var j = 0; j < preferred.length; j++) {
    var code = String(preferred[j]).toLowerCase().split("-")[0];
    if (byCode[code]) {
      window.location.replace(byCode[code]);
      return;
    }
  }
})();
