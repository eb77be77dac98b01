// The root 404 page holds every language. Loaded twice: in the head (render-blocking, so before
// the first paint) it reads the language from the address the reader asked for (/fr/... is
// French; else the browser's preference; else the first language) and hides every version
// (main.css); at the end of the body it shows that language's version and removes the others,
// without waiting for the deferred scripts. Without JavaScript every version is shown, one after
// the other.
(function () {
  "use strict";
  var root = document.documentElement;
  var codes = (root.getAttribute("data-languages") || "").split(" ");
  var base = root.getAttribute("data-base") || "/";
  var path = window.location.pathname;
  var rest = path.indexOf(base) === 0 ? path.slice(base.length) : path.replace(/^\/+/, "");
  var code = rest.split("/")[0].toLowerCase();
  if (codes.indexOf(code) < 0) {
    code = codes[0];
    var preferred = navigator.languages || [navigator.language || ""];
    for (var i = 0; i < preferred.length; i++) {
      var wanted = String(preferred[i]).toLowerCase().split("-")[0];
      if (codes.indexOf(wanted) >= 0) {
        code = wanted;
        break;
      }
    }
  }
  root.setAttribute("data-language", code);

  function show() {
    var versions = document.querySelectorAll(".not-found-version");
    for (var j = 0; j < versions.length; j++) {
      var version = versions[j];
      if (version.getAttribute("data-language") === code) {
        root.lang = version.lang;
        root.dir = version.dir;
        document.title = version.getAttribute("data-title");
        version.removeAttribute("lang");
        version.removeAttribute("dir");
        version.classList.add("is-shown");
      } else {
        version.parentNode.removeChild(version);
      }
    }
  }

  if (document.body) {
    show();
  }
})();
