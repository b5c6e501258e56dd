"""The site's two languages, Vietnamese first: every part of the project reads them from here."""

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"  # served at the site root; every other language under "<lang>/" (mkdocs-static-i18n)
