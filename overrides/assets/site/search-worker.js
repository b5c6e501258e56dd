// The site's search worker: Material's own worker (lunr, one index per language, all in the browser),
// loaded unchanged and given, for each query, only the entries of the index that can answer it (below:
// "the shards"), with three additions: citations typed as words go straight to the provision, a word
// found whole ranks above words it is only the beginning of, and neighbouring syllables found together
// (a Vietnamese word) rank above the same syllables apart.
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

  function own(object, key) {  // a query word such as "constructor" is not a key of every object
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  function fold(value) {
    return value.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // The folded words of a query: the units of the citation table, the pairs and the term table.
  function wordsOf(query) {
    return fold(query).split(/[^a-z0-9]+/).filter(Boolean);
  }

  function tokensOf(query) {
    var words = wordsOf(query);
    var found = [];
    for (var i = 0; i < words.length;) {
      var j = Math.min(words.length, i + longest);
      for (; j > i; j--) {
        var tokens = own(table, words.slice(i, j).join(" "));
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
    var words = wordsOf(query);
    var out = [];
    for (var i = 0; i + 1 < words.length; i++) out.push(words[i] + "_" + words[i + 1]);
    return out;
  }

  // ---------------------------------------------------------------------------------- the shards
  // The index of a language comes in shards (sitegen/search_shards.py): search_index.json holds the
  // config and `shards`: the size of each shard file (shards/<n>.json: a page's entries, or part of
  // them, and the page's title), the keys of the term table's pieces (terms/<key>.json), the number of
  // entries, the budgets. For each query the worker looks its unaccented words, syllable pairs and
  // citation tokens up in the pieces named by their first letters (key_letters), adds up the weights found per
  // entry (an entry's id: shard × slots + place), loads the shards of the best entries within the byte
  // budget (each file once, kept for the next queries) and hands those entries, with their pages'
  // titles, to Material's worker as its index (a setup message whose "ready" answer stays here). lunr
  // ranks them as it would in the whole index: its idf is given the whole language's frequencies.
  var manifest = null;
  var setup = null;  // Material's setup message, without entries
  var material = null;  // Material's message listener
  var built = null;  // the entries Material's index holds now
  var shardFiles = {};
  var termPieces = {};
  var pieceKeys = new Set();
  var frequencies = new Map();  // lunr term -> the number of fields of the whole index that hold it
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
    return loadJSON(shardFiles, number, manifest.base + "shards/" + number + ".json", { page: null, docs: [] });
  }

  function piece(key) {
    if (!pieceKeys.has(key)) return Promise.resolve({});
    return loadJSON(termPieces, key, manifest.base + "terms/" + key + ".json", { t: {}, d: {} })
      .then(function (data) {
        var d = data.d || {};
        Object.keys(d).forEach(function (term) { frequencies.set(term, d[term]); });
        return data.t || {};
      });
  }

  // The best entries for a query by the term table, best first, whose shards fit in the budget. A word
  // weighs in every entry with a term that begins with it (Material searches words as prefixes), EXACT
  // more where the term is the word; a word shorter than key_letters only where it is the term (its piece
  // holds no other): while a word is typed, "p" and "ph" would each load the shards of every word they begin.
  function keyOf(term) {
    return term.slice(0, manifest.key_letters);
  }

  function choose(query) {
    var words = wordsOf(query);
    var exact = pairsOf(query).concat(tokensOf(query));
    var keys = words.concat(exact).map(keyOf);
    keys = keys.filter(function (key, index) { return keys.indexOf(key) === index; });
    return Promise.all(keys.map(piece)).then(function (pieces) {
      var byKey = {};
      keys.forEach(function (key, index) { byKey[key] = pieces[index]; });
      var scores = {};
      function add(postings, factor) {
        for (var i = 0; i + 1 < postings.length; i += 2) {
          scores[postings[i]] = (scores[postings[i]] || 0) + postings[i + 1] * factor;
        }
      }
      words.forEach(function (word) {
        var terms = own(byKey, keyOf(word)) || {};
        Object.keys(terms).forEach(function (term) {
          if (term === word) add(terms[term], EXACT + 1);
          else if (word.length >= manifest.key_letters && term.lastIndexOf(word, 0) === 0) add(terms[term], 1);
        });
      });
      exact.forEach(function (term) { add(own(byKey[keyOf(term)], term) || [], 1); });
      var order = Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
      var loading = {};
      var chosen = [];
      var bytes = 0;
      for (var i = 0; i < order.length && chosen.length < manifest.candidates; i++) {
        var number = Math.floor(order[i] / manifest.slots);
        var size = loading[number] ? 0 : manifest.sizes[number];
        if (size === undefined || bytes + size > manifest.budget) continue;
        bytes += size;
        loading[number] = true;
        chosen.push(order[i]);
      }
      return chosen;
    });
  }

  // lunr matches each word of a query as the beginning of a term (Material adds "*" to every word but
  // weighted ones) and scores an entry by the terms it matches only: with Material's b = 0 a field's
  // length weighs nothing, and the idf is the whole language's. So of the fields that are matched but
  // never shown (manifest.trim: the unaccented copies, the syllable pairs, the citation token), lunr
  // needs only the terms some word of the query begins: the entries keep those, every time they occur,
  // and lunr builds its index on a fraction of the terms with the same scores (the title and the text
  // are shown and highlighted, so they are given whole). The query's words are taken as lunr's parser
  // takes them (lower case, split at spaces, hyphens and the index's separator, without the +/- of
  // presence, the ^ of a weight or quotes); a query with a wildcard, an edit distance or a field
  // (*, ~, :) matches more than beginnings, and its entries are given whole.
  function beginningsOf(query) {
    var separator = new RegExp(setup.config.separator || "[\\s\\-]+");
    var out = [];
    var parts = query.toLowerCase().replace(/"/g, " ").split(/[\s\-]+/);
    for (var i = 0; i < parts.length; i++) {
      if (/[*~:]/.test(parts[i])) return null;
      parts[i].replace(/^\++/, "").replace(/\^.*$/, "").split(separator).forEach(function (word) {
        if (word && out.indexOf(word) === -1) out.push(word);
      });
    }
    return out.sort();
  }

  function trimmed(doc, beginnings) {
    var fields = manifest.trim;
    if (!beginnings || !Array.isArray(fields) || !fields.length) return doc;
    var separator = new RegExp(setup.config.separator || "[\\s\\-]+");
    var out = {};
    Object.keys(doc).forEach(function (field) { out[field] = doc[field]; });
    fields.forEach(function (field) {
      var value = out[field];
      // a "<" would be read as markup by Material's tokenizer: such a field is given as it is
      if (typeof value !== "string" || value.indexOf("<") !== -1) return;
      out[field] = value.split(separator).filter(function (term) {
        var lower = term.toLowerCase();
        return term && beginnings.some(function (word) { return lower.lastIndexOf(word, 0) === 0; });
      }).join(" ");
    });
    return out;
  }

  function textSize(doc) {
    return ["title", "text", "folded_title", "folded", "pairs"].reduce(function (n, field) {
      return n + (typeof doc[field] === "string" ? doc[field].length : 0);
    }, 0);
  }

  // Material's worker gets the chosen entries, best first, until their text reaches `index_chars`
  // (lunr's index building takes a time that grows with it), in the index's order, each section after
  // its page's own entry: the entry itself when chosen, else the page's title.
  function prepare(query) {
    var beginnings = beginningsOf(lunrQuery(query).query);
    return choose(query).then(function (chosen) {
      var numbers = chosen.map(function (id) { return Math.floor(id / manifest.slots); })
        .filter(function (n, i, all) { return all.indexOf(n) === i; });
      return Promise.all(numbers.map(shard)).then(function (files) {
        var picked = [];  // [id, entry, its page]
        var chars = 0;
        for (var i = 0; i < chosen.length && (i === 0 || chars < manifest.index_chars); i++) {
          var file = files[numbers.indexOf(Math.floor(chosen[i] / manifest.slots))];
          var doc = file.docs[chosen[i] % manifest.slots];
          if (!doc) continue;
          picked.push([chosen[i], doc, file.page]);
          chars += textSize(doc);
        }
        picked.sort(function (a, b) { return a[0] - b[0]; });
        var pages = {};
        picked.forEach(function (item) { if (item[1].location.indexOf("#") === -1) pages[item[1].location] = true; });
        var docs = [];
        var key = [];
        picked.forEach(function (item) {
          var page = item[2];
          if (page && !own(pages, page.location)) {
            pages[page.location] = true;
            docs.push({ location: page.location, title: page.title, boost: page.boost });
            key.push("p" + item[0]);
          }
          docs.push(trimmed(item[1], beginnings));
          key.push(item[0]);
        });
        key = key.join(",") + (beginnings ? "|" + beginnings.join(" ") : "");
        if (key === built) return;
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

  // lunr's idf from the whole language's frequencies (the term table's), so the scores of the entries
  // given to lunr are those they would have in one index of every entry. Terms not looked up (outside
  // the query's pieces) keep lunr's own count: no query term is among them.
  function useWholeIndexFrequencies(lunr) {
    if (!lunr || !lunr.Builder || typeof lunr.idf !== "function") {
      console.warn("search: no lunr.idf in Material's worker; entries ranked among themselves");
      return;
    }
    var terms = null;
    var idf = lunr.idf;
    var build = lunr.Builder.prototype.build;
    lunr.Builder.prototype.build = function () {
      terms = new Map();
      var index = this.invertedIndex;
      Object.keys(index).forEach(function (term) { terms.set(index[term], term); });
      try { return build.call(this); } finally { terms = null; }
    };
    lunr.idf = function wholeIndexIdf(posting, count) {
      var term = terms && terms.get(posting);
      var df = term === undefined ? undefined : frequencies.get(term);
      if (manifest && df !== undefined) {
        return Math.log(1 + Math.abs((manifest.entries - df + 0.5) / (df + 0.5)));
      }
      return idf(posting, count);
    };
  }

  // The query Material's worker gets: the words as typed (whole words weighted), then the citation
  // tokens and syllable pairs the worker adds ("^1": Material leaves a weighted term as it is, without
  // the prefix wildcard).
  function lunrQuery(text) {
    var tokens = tokensOf(text).concat(pairsOf(text));
    return { added: tokens,
      query: [weighted(text)].concat(tokens.map(function (t) { return t + "^1"; })).join(" ") };
  }

  function ask(message) {
    var composed = lunrQuery(message.data);
    added = composed.added;
    return material({ data: { type: QUERY, data: composed.query } });
  }

  function incoming(message) {
    if (message && message.type === SETUP) {
      var config = message.data.config;
      table = config.citations || {};
      longest = Object.keys(table).reduce(function (n, key) { return Math.max(n, key.split(" ").length); }, 0);
      delete config.citations;
      manifest = config.shards || null;
      pieceKeys = new Set(manifest && typeof manifest.keys === "string" ? manifest.keys.split(" ") : []);
      delete config.shards;
      setup = { config: config, options: message.data.options };
      built = null;
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
  useWholeIndexFrequencies(self.lunr);
})();
