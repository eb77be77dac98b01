// Site search, for the search page only. Loads this language's index the first time the reader
// starts searching (focus or typing), folds accents so "cooperation" finds "coopération", ranks
// title matches above summary matches above text matches, and shows results as the reader types.
// The count is announced politely to screen readers (role=status). No framework, no service.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list || !window.fetch || !String.prototype.normalize) {
    return;
  }
  var texts = form.dataset;
  var MAX_RESULTS = 50;
  var DELAY = 180;
  var pages = null;
  var loading = null;
  var timer = 0;
  var lastQuery = null;
  var marks;
  try {
    marks = new RegExp("\\p{M}+", "gu");
  } catch (e) {
    marks = /[\u0300-\u036f]+/g;
  }
  var separators;
  try {
    separators = new RegExp("[^\\p{L}\\p{N}#@]+", "u");
  } catch (e) {
    separators = /[\s.,;:!?'"’«»()\[\]{}\/\\-]+/;
  }

  var notices = document.querySelectorAll(".search-nojs");
  for (var i = 0; i < notices.length; i++) {
    notices[i].hidden = true;
  }

  /** Lower case, accents removed, ligatures spelled out: the form the index is written in. */
  function fold(text) {
    return String(text).toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss")
      .normalize("NFD").replace(marks, "")
      .replace(/\s+/g, " ").trim();
  }

  function terms(query) {
    return fold(query).split(separators).filter(function (term) { return term.length > 0; });
  }

  function say(template, query, count) {
    var number = new Intl.NumberFormat(document.documentElement.lang || undefined).format(count || 0);
    return String(template || "").replace("{0}", query).replace("{1}", number);
  }

  function load() {
    if (!loading) {
      status.textContent = texts.loading || "";
      loading = fetch(texts.index, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          pages = (data.pages || []).map(function (page, index) {
            return { page: page, index: index, title: fold(page.t || ""), summary: fold(page.s || ""), text: page.f || "" };
          });
          status.textContent = "";
          return pages;
        })
        .catch(function () {
          loading = null;
          status.textContent = texts.error || "";
          return null;
        });
    }
    return loading;
  }

  function startsWord(text, at) {
    return at === 0 || separators.test(text.charAt(at - 1));
  }

  /** 0 when a term is missing; otherwise title matches weigh most, then summary, then text. */
  function score(entry, words, phrase) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      var at = entry.title.indexOf(word);
      if (at >= 0) {
        total += startsWord(entry.title, at) ? 12 : 8;
        continue;
      }
      at = entry.summary.indexOf(word);
      if (at >= 0) {
        total += startsWord(entry.summary, at) ? 5 : 4;
        continue;
      }
      at = entry.text.indexOf(word);
      if (at < 0) {
        return 0;
      }
      total += startsWord(entry.text, at) ? 2 : 1;
    }
    if (words.length > 1) {
      if (entry.title.indexOf(phrase) >= 0) {
        total += 20;
      } else if (entry.summary.indexOf(phrase) >= 0) {
        total += 8;
      } else if (entry.text.indexOf(phrase) >= 0) {
        total += 3;
      }
    }
    return total;
  }

  function search(query) {
    var words = terms(query);
    var phrase = words.join(" ");
    if (!words.length) {
      return [];
    }
    return pages
      .map(function (entry) { return { entry: entry, score: score(entry, words, phrase) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.index - b.entry.index; })
      .map(function (hit) { return hit.entry.page; });
  }

  function kindLabel(kind) {
    var key = "kind" + kind.charAt(0).toUpperCase() + kind.slice(1);
    return texts[key] || "";
  }

  function render(query, results) {
    list.textContent = "";
    results.slice(0, MAX_RESULTS).forEach(function (page) {
      var item = document.createElement("li");
      item.className = "search-result";
      var kind = kindLabel(page.k || "");
      if (kind) {
        var tag = document.createElement("p");
        tag.className = "search-result__kind";
        tag.textContent = kind;
        item.appendChild(tag);
      }
      var heading = document.createElement("h2");
      heading.className = "search-result__title";
      var link = document.createElement("a");
      link.href = page.u;
      link.textContent = page.t;
      heading.appendChild(link);
      item.appendChild(heading);
      if (page.s) {
        var summary = document.createElement("p");
        summary.className = "search-result__summary";
        summary.textContent = page.s;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    var template = results.length === 0 ? texts.none : results.length === 1 ? texts.one : texts.many;
    status.textContent = say(template, query, results.length);
  }

  function remember(query) {
    if (!window.history || !history.replaceState) {
      return;
    }
    var url = new URL(window.location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }

  function run() {
    var query = input.value.trim();
    if (query === lastQuery) {
      return;
    }
    if (!query) {
      lastQuery = query;
      list.textContent = "";
      list.hidden = true;
      status.textContent = "";
      remember("");
      return;
    }
    load().then(function (loaded) {
      if (!loaded || input.value.trim() !== query) {
        return;
      }
      lastQuery = query;
      render(query, search(query));
      remember(query);
    });
  }

  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, DELAY);
  }

  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", later);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    lastQuery = null;
    run();
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
