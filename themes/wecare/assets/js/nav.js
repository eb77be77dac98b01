// The menu on phones: collapsed behind a "Menu" button (a disclosure: aria-expanded, Escape
// closes it and returns to the button). Without JavaScript the button stays hidden and the menu
// is simply shown, expanded.
(function () {
  "use strict";
  var button = document.querySelector(".menu-toggle");
  var menu = button && document.getElementById(button.getAttribute("aria-controls"));
  if (!menu || !window.matchMedia) {
    return;
  }
  var narrow = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("is-collapsed", !open);
  }

  function fitToScreen() {
    button.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  }

  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && narrow.matches && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
  if (narrow.addEventListener) {
    narrow.addEventListener("change", fitToScreen);
  } else if (narrow.addListener) {
    narrow.addListener(fitToScreen);
  }
  fitToScreen();
})();
