"""The build-time site package: views of the compiled corpus, rendered through Jinja templates.

Data flows one way: regulations/ -> checker.corpus (load, validate) -> checker (engine, ids, formats)
-> sitegen views (plain data) -> templates in overrides/sitegen/ (HTML, autoescaped) -> MkDocs.
Nothing here writes an HTML tag in Python; nothing in checker/ imports from here.
"""
