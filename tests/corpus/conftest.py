"""Shows the fidelity figures of tests/corpus/test_fidelity.py at the end of every run, even with -q."""

FIDELITY_TESTS = ("test_ocr_seed_aligns_with_text", "test_clean_seed_words_equal_text_exactly")


def pytest_terminal_summary(terminalreporter):
    reports = [r for key in ("passed", "failed") for r in terminalreporter.stats.get(key, [])
               if getattr(r, "when", None) == "call" and r.nodeid.rsplit("::", 1)[-1] in FIDELITY_TESTS]
    for report in reports:
        figures = dict(report.user_properties)
        if not figures:
            continue
        shown = ", ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
                          if k not in ("regulation", "longest_run_at"))
        terminalreporter.write_line(f"fidelity {figures.get('regulation', '?')} ({report.outcome}): {shown}")
