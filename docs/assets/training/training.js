/* Training kit (issue 6): self-check reveal and presenter navigation.
 *
 * Every answer, explanation and timeline is computed by the Python checker when the site is built
 * and is already in the page; this script only shows and hides it. It holds no rule, date or
 * calendar logic, needs no server and no Pyodide, and stores nothing (the score lives in memory).
 * Listeners sit on `document`, so they keep working when Material's instant navigation swaps the
 * page content; `init` is idempotent and runs again on each swap.
 */
(function () {
  "use strict";
  // Material's instant navigation runs the page's scripts again on every visit: wire listeners once.
  if (window.trainingKit) {
    window.trainingKit.init();
    return;
  }

  // The words come with the page, in its language, from the one catalogue (checker/messages.py,
  // training.quiz.*): the self-check's data-tr-text attribute.
  function t(key, values) {
    var holder = document.querySelector("[data-tr-text]");
    var s = holder ? JSON.parse(holder.getAttribute("data-tr-text"))[key] || "" : "";
    Object.keys(values || {}).forEach(function (k) {
      s = s.replace("{" + k + "}", String(values[k]));
    });
    return s;
  }

  /* ---------------------------------------------------------------- self-check */

  function updateScore(quiz) {
    var answered = quiz.querySelectorAll("[data-tr-question].tr-answered");
    var right = quiz.querySelectorAll("[data-tr-question].tr-answered-right");
    var out = quiz.querySelector("[data-tr-score]");
    if (out) out.textContent = t("score", { n: right.length, t: answered.length });
  }

  function pick(option) {
    var question = option.closest("[data-tr-question]");
    if (!question || question.classList.contains("tr-answered")) return;
    var isRight = option.getAttribute("data-correct") === "true";
    question.classList.add("tr-answered", isRight ? "tr-answered-right" : "tr-answered-wrong");
    option.classList.add("tr-chosen");
    option.setAttribute("aria-pressed", "true");
    question.querySelectorAll("[data-tr-option]").forEach(function (other) {
      other.disabled = true;
      if (other.getAttribute("data-correct") === "true") other.classList.add("tr-correct");
      else if (other === option) other.classList.add("tr-wrong");
    });
    var verdict = question.querySelector("[data-tr-verdict]");
    if (verdict) {
      verdict.textContent = t(isRight ? "right" : "wrong");
      verdict.hidden = false;
    }
    // Once answered, each wrong option says which counting mistake gives it.
    question.querySelectorAll("[data-tr-why]").forEach(function (note) {
      note.hidden = false;
    });
    var reveal = question.querySelector("[data-tr-reveal]");
    if (reveal) {
      reveal.open = true;
      reveal.classList.add("tr-revealed");
    }
    var quiz = question.closest("[data-tr-quiz]");
    if (quiz) updateScore(quiz);
  }

  function resetQuiz(quiz) {
    quiz.querySelectorAll("[data-tr-question]").forEach(function (question) {
      question.classList.remove("tr-answered", "tr-answered-right", "tr-answered-wrong");
      question.querySelectorAll("[data-tr-option]").forEach(function (option) {
        option.disabled = false;
        option.classList.remove("tr-chosen", "tr-correct", "tr-wrong");
        option.removeAttribute("aria-pressed");
        var note = option.querySelector("[data-tr-why]");
        if (note) note.hidden = true;
      });
      var verdict = question.querySelector("[data-tr-verdict]");
      if (verdict) verdict.hidden = true;
      var reveal = question.querySelector("[data-tr-reveal]");
      if (reveal) {
        reveal.open = false;
        reveal.classList.remove("tr-revealed");
      }
    });
    updateScore(quiz);
  }

  /* ---------------------------------------------------------------- presenter */

  function slides(presenter) {
    return Array.prototype.slice.call(presenter.querySelectorAll("[data-tr-slide]"));
  }

  function currentIndex(presenter) {
    var all = slides(presenter);
    for (var i = 0; i < all.length; i++) if (!all[i].hidden) return i;
    return 0;
  }

  function show(presenter, index, updateHash) {
    var all = slides(presenter);
    if (!all.length) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (slide, i) {
      slide.hidden = i !== index;
      if (i !== index) slide.classList.remove("tr-show-answer");
    });
    var counter = presenter.querySelector("[data-tr-counter]");
    if (counter) counter.textContent = index + 1 + " / " + all.length;
    var prev = presenter.querySelector("[data-tr-prev]");
    var next = presenter.querySelector("[data-tr-next]");
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === all.length - 1 && all[index].classList.contains("tr-show-answer");
    if (updateHash && history.replaceState) history.replaceState(null, "", "#" + all[index].id);
  }

  function toggleAnswer(presenter, visible) {
    var slide = slides(presenter)[currentIndex(presenter)];
    if (!slide) return;
    slide.classList.toggle("tr-show-answer", visible);
    show(presenter, currentIndex(presenter), false);
    if (visible) keepQuestionInView(presenter, slide);
  }

  // Revealing the answer shows as much of it as fits, but never scrolls the question out of view (under the
  // header and the sticky toolbar): the room reads the answer against the question.
  function keepQuestionInView(presenter, slide) {
    var question = slide.querySelector(".tr-slide__question");
    var answer = slide.querySelector(".tr-slide__answer");
    if (!question || !answer) return;
    var own = document.fullscreenElement === presenter || document.body.classList.contains("tr-projector");
    var bar = presenter.querySelector(".tr-toolbar");
    var top = bar ? bar.getBoundingClientRect().bottom : 0;
    var bottom = own ? presenter.getBoundingClientRect().bottom : window.innerHeight;
    var hidden = answer.getBoundingClientRect().bottom - bottom;
    var room = question.getBoundingClientRect().top - top - 8;
    // The question above the toolbar (the page was scrolled for a longer slide): bring it back first.
    var by = room < 0 ? room : Math.min(hidden, room);
    if (by === 0 || (room >= 0 && by < 0)) return;
    if (own) presenter.scrollTop += by;
    else window.scrollBy({ top: by, left: 0, behavior: "instant" });
  }

  // "Next" first reveals the answer of the current scenario, so the room can think before it shows.
  function forward(presenter) {
    var slide = slides(presenter)[currentIndex(presenter)];
    if (slide && !slide.classList.contains("tr-show-answer")) toggleAnswer(presenter, true);
    else show(presenter, currentIndex(presenter) + 1, true);
  }

  function backward(presenter) {
    show(presenter, currentIndex(presenter) - 1, true);
  }

  function startPresenter(presenter) {
    if (presenter.getAttribute("data-tr-ready") === "true") return;
    presenter.setAttribute("data-tr-ready", "true");
    presenter.classList.add("tr-js");
    var all = slides(presenter);
    var wanted = decodeURIComponent((location.hash || "").slice(1));
    var start = 0;
    all.forEach(function (slide, i) {
      if (slide.id === wanted) start = i;
    });
    show(presenter, start, false);
  }

  function toggleFullscreen(presenter) {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (presenter.requestFullscreen) {
      presenter.requestFullscreen().catch(function () {
        document.body.classList.toggle("tr-projector");
      });
    } else {
      document.body.classList.toggle("tr-projector");
    }
  }

  /* ---------------------------------------------------------------- wiring */

  function init() {
    document.querySelectorAll("[data-tr-presenter]").forEach(startPresenter);
    document.querySelectorAll("[data-tr-quiz]").forEach(function (quiz) {
      quiz.classList.add("tr-js");
      updateScore(quiz);
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-tr-option], [data-tr-reset], [data-tr-prev], [data-tr-next], [data-tr-answer], [data-tr-full], [data-tr-print]");
    if (!target) return;
    if (target.hasAttribute("data-tr-option")) return pick(target);
    if (target.hasAttribute("data-tr-print")) return window.print();
    if (target.hasAttribute("data-tr-reset")) {
      var quiz = target.closest("[data-tr-quiz]");
      if (quiz) resetQuiz(quiz);
      return;
    }
    var presenter = target.closest("[data-tr-presenter]");
    if (!presenter) return;
    if (target.hasAttribute("data-tr-prev")) backward(presenter);
    else if (target.hasAttribute("data-tr-next")) forward(presenter);
    else if (target.hasAttribute("data-tr-answer")) {
      var slide = slides(presenter)[currentIndex(presenter)];
      toggleAnswer(presenter, !(slide && slide.classList.contains("tr-show-answer")));
    } else if (target.hasAttribute("data-tr-full")) toggleFullscreen(presenter);
  });

  document.addEventListener("keydown", function (event) {
    var presenter = document.querySelector("[data-tr-presenter]");
    if (!presenter || event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = (event.target && event.target.tagName) || "";
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(tag)) return;
    var key = event.key;
    // Enter and Space on a focused button already click it.
    if ((key === "Enter" || key === " ") && /^(BUTTON|A|SUMMARY)$/.test(tag)) return;
    if (key === "ArrowRight" || key === "PageDown" || key === " ") forward(presenter);
    else if (key === "ArrowLeft" || key === "PageUp") backward(presenter);
    else if (key === "Home") show(presenter, 0, true);
    else if (key === "End") show(presenter, slides(presenter).length - 1, true);
    else if (key === "a" || key === "A" || key === "Enter") toggleAnswer(presenter, true);
    else if (key === "f" || key === "F") toggleFullscreen(presenter);
    else return;
    event.preventDefault();
    // Material binds "n"/"p" and the arrow keys to page navigation; the presenter owns them here.
    event.stopImmediatePropagation();
  }, true);

  window.trainingKit = { init: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
  // Material signals each instant page swap on document$ too; init is idempotent.
  if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(init);
})();
