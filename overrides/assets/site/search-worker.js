// The site's search worker: Material's own worker (lunr, one index per language, all in the browser),
// loaded unchanged, with three additions: citations typed as words go straight to the provision, a
// word found whole ranks above words it is only the beginning of, and neighbouring syllables found
// together (a Vietnamese word) rank above the same syllables apart.
//
// The index config carries `citations`, a table built at build time by sitegen/search.py from the
// provision-id grammar (checker.ids): {"dieu 8 khoan 2": "zzdieu8khoan2zz", "k2 d8": ..., "article 8
// clause 2": ..., "8 2": ...}. Each query's words are looked up in it (longest phrase first, unaccented
// the way sitegen.text.fold does it) and the tokens found are added to the query; every provision entry
// has its token in the `cite` field. Results come back without the added tokens, so the page neither
// highlights nor lists them. Nothing here parses a citation: the table is the grammar's output.
//
// overrides/main.html points Material's `search` setting at this file; search-target.js (written at build
// time) names Material's worker. Message types are Material's: 0 setup, 2 query, 3 result.
(function () {
  "use strict";
  var SETUP = 0;
  var QUERY = 2;
  var RESULT = 3;
  var table = {};
  var longest = 0;
  var added = [];

  function fold(value) {
    return value.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function tokensOf(query) {
    var words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    var found = [];
    for (var i = 0; i < words.length;) {
      var j = Math.min(words.length, i + longest);
      for (; j > i; j--) {
        var tokens = table[words.slice(i, j).join(" ")];
        if (tokens) {
          found.push.apply(found, tokens.split(" "));
          break;
        }
      }
      i = j > i ? j : i + 1;
    }
    return found;
  }

  // Material searches every word as a prefix ("cu" also finds "của", "cũng", "cuộc"), so unaccented
  // short words drown in longer ones; a whole word found as typed weighs EXACT times more.
  var EXACT = 10;
  var PLAIN = /^[\p{L}\p{N}]+$/u;

  function weighted(query) {
    return query.split(/\s+/).filter(Boolean).map(function (word) {
      return PLAIN.test(word) ? word + "^" + EXACT + " " + word : word;
    }).join(" ");
  }

  // The pairs of neighbouring syllables of the query, as sitegen.search.pairs makes them for the `pairs`
  // field: "cu can bo" -> "cu_can can_bo" (a Vietnamese word is one or more syllables).
  function pairsOf(query) {
    var words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    var out = [];
    for (var i = 0; i + 1 < words.length; i++) out.push(words[i] + "_" + words[i + 1]);
    return out;
  }

  function incoming(message) {
    if (message && message.type === SETUP) {
      var config = message.data.config;
      table = config.citations || {};
      longest = Object.keys(table).reduce(function (n, key) { return Math.max(n, key.split(" ").length); }, 0);
      delete config.citations;
    } else if (message && message.type === QUERY && typeof message.data === "string") {
      added = tokensOf(message.data).concat(pairsOf(message.data));
      // "^1": Material leaves a weighted term as it is, without the prefix wildcard
      return { type: QUERY, data: [weighted(message.data)].concat(added.map(function (t) { return t + "^1"; })).join(" ") };
    }
    return message;
  }

  function outgoing(message) {
    if (message && message.type === RESULT && added.length) {
      message.data.items.forEach(function (group) {
        group.forEach(function (item) {
          added.forEach(function (token) { delete item.terms[token]; });
        });
      });
    }
    return message;
  }

  var addListener = self.addEventListener.bind(self);
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return addListener(type, listener, options);
    return addListener(type, function (event) {
      return listener({ data: incoming(event.data) });
    }, options);
  };
  var post = self.postMessage.bind(self);
  self.postMessage = function (message, transfer) {
    return post(outgoing(message), transfer);
  };

  // Material's worker of this build, named by sitegen.search in search-target.js (a path relative to this
  // file, so it also works when the service worker answers from its cache).
  importScripts("search-target.js");
  importScripts(self.materialSearchWorker);
})();
