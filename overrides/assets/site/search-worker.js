// The site's search worker: Material's own worker (lunr, one index per language, all in the browser),
// loaded unchanged, given only the shards of the index a query needs (below), with three additions: citations typed as words go straight to the provision, a
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
// time) names Material's worker. Message types are Material's: 0 setup, 1 ready, 2 query, 3 result
// (tests/site/test_search_shards.py pins them against the Material worker of the build).
(function () {
  "use strict";
  var SETUP = 0;
  var READY = 1;
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

  // ---------------------------------------------------------------------------------- the shards
  // The index of a language comes in shards, one per page (sitegen/search_shards.py): search_index.json
  // holds the config and `shards`, the list of shard files, the keys of the term table and the byte
  // budget. For each query the worker looks its unaccented words, syllable pairs and citation tokens
  // up in the term table (the pieces named by the terms' first two letters), adds up the weights found
  // per shard, loads the best shards within the budget (each file once) and hands their entries to
  // Material's worker as a new index (a setup message whose "ready" answer stays here). A small site
  // (`all_at_once`) loads every shard at the first query, without the term table.
  var manifest = null;
  var setup = null;  // Material's setup message, without entries
  var material = null;  // Material's message listener
  var built = null;  // the shards Material's index holds now, "1,4,9"
  var shardFiles = {};
  var termPieces = {};
  var silent = false;  // a "ready" answer to a setup of ours is not the page's
  var latest = null;
  var queue = Promise.resolve();
  var root = new URL("../../", self.location.href);  // this file is assets/site/search-worker.js

  function loadJSON(cache, key, path, empty) {
    if (!cache[key]) {
      cache[key] = fetch(new URL(path, root).href)
        .then(function (response) {
          if (!response.ok) throw new Error(path + ": " + response.status);
          return response.json();
        })
        .catch(function () {
          delete cache[key];  // offline and not cached: tried again at the next query
          return empty;
        });
    }
    return cache[key];
  }

  function shard(number) {
    var path = manifest.base + "shards/" + manifest.files[number][0] + ".json";
    return loadJSON(shardFiles, number, path, { docs: [] }).then(function (data) { return data.docs || []; });
  }

  function piece(key) {
    if (manifest.keys.indexOf(key) === -1) return Promise.resolve({});
    return loadJSON(termPieces, key, manifest.base + "terms/" + key + ".json", {});
  }

  // The shards for a query, best first, within the budget: a word weighs in every shard where a term
  // begins with it (Material searches words as prefixes), EXACT times more where the term is the word.
  function choose(query) {
    var all = manifest.files.map(function (_, number) { return number; });
    if (manifest.all_at_once) return Promise.resolve(all);
    var words = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    var exact = pairsOf(query).concat(tokensOf(query));
    var keys = words.concat(exact).map(function (term) { return term.slice(0, 2); });
    keys = keys.filter(function (key, index) { return keys.indexOf(key) === index; });
    return Promise.all(keys.map(piece)).then(function (pieces) {
      var byKey = {};
      keys.forEach(function (key, index) { byKey[key] = pieces[index]; });
      var scores = {};
      function add(best) {
        Object.keys(best).forEach(function (number) { scores[number] = (scores[number] || 0) + best[number]; });
      }
      function weigh(best, postings, factor) {
        for (var i = 0; i + 1 < postings.length; i += 2) {
          best[postings[i]] = Math.max(best[postings[i]] || 0, postings[i + 1] * factor);
        }
      }
      words.forEach(function (word) {
        var terms = byKey[word.slice(0, 2)];
        var best = {};
        Object.keys(terms).forEach(function (term) {
          if (term === word) weigh(best, terms[term], EXACT);
          else if (word.length > 1 && term.lastIndexOf(word, 0) === 0) weigh(best, terms[term], 1);
        });
        add(best);
      });
      exact.forEach(function (term) {
        var best = {};
        weigh(best, byKey[term.slice(0, 2)][term] || [], 1);
        add(best);
      });
      var order = Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      var chosen = [];
      var bytes = 0;
      order.forEach(function (number) {
        var size = manifest.files[number][1];
        if (bytes + size <= manifest.budget) {
          chosen.push(number);
          bytes += size;
        }
      });
      return chosen.sort(function (a, b) { return a - b; });  // the index's order, as one index would have it
    });
  }

  function prepare(query) {
    return choose(query).then(function (chosen) {
      var key = chosen.join(",");
      if (key === built) return;
      return Promise.all(chosen.map(shard)).then(function (lists) {
        var docs = [].concat.apply([], lists);
        silent = true;
        return Promise.resolve(material({ data: { type: SETUP, data: {
          config: setup.config, docs: docs, options: setup.options } } }))
          .then(function () { built = key; }, function () { built = null; })
          .then(function () { silent = false; });
      });
    }).catch(function (error) {
      console.warn("search: shards not loaded", error);  // answered from what is loaded
    });
  }

  function ask(message) {
    added = tokensOf(message.data).concat(pairsOf(message.data));
    // "^1": Material leaves a weighted term as it is, without the prefix wildcard
    var query = [weighted(message.data)].concat(added.map(function (t) { return t + "^1"; })).join(" ");
    return material({ data: { type: QUERY, data: query } });
  }

  function incoming(message) {
    if (message && message.type === SETUP) {
      var config = message.data.config;
      table = config.citations || {};
      longest = Object.keys(table).reduce(function (n, key) { return Math.max(n, key.split(" ").length); }, 0);
      delete config.citations;
      manifest = config.shards || null;
      delete config.shards;
      setup = { config: config, options: message.data.options };
      built = manifest ? "" : null;
      return material({ data: message });
    }
    if (message && message.type === QUERY && typeof message.data === "string") {
      if (!manifest) return ask(message);
      latest = message;
      // One query at a time; a query overtaken by a newer one while its shards load is not answered.
      queue = queue.then(function () {
        if (message !== latest) return;
        return prepare(message.data).then(function () {
          if (message === latest) return ask(message);
        });
      });
      return queue;
    }
    return material({ data: message });
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
    material = listener;
    return addListener(type, function (event) {
      return incoming(event.data);
    }, options);
  };
  var post = self.postMessage.bind(self);
  self.postMessage = function (message, transfer) {
    if (silent && message && message.type === READY) return undefined;
    return post(outgoing(message), transfer);
  };

  // Material's worker of this build, named by sitegen.search in search-target.js (a path relative to this
  // file, so it also works when the service worker answers from its cache).
  importScripts("search-target.js");
  importScripts(self.materialSearchWorker);
})();
