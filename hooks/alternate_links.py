"""Drop the <link rel="alternate" hreflang> tags from the <head> of every page.

Material fetches "<alternate link>/sitemap.xml" for each of them, to map pages between versions. This
site has no fixed address (no site_url), so it has no usable sitemap and every page view would cost two
404 requests. The language selector in the header (the links readers click) is not touched.
If the tags are not found where mkdocs-static-i18n configures alternates, the build stops: Material
changed its template and this hook must be looked at again.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def on_post_page(output, page, config):
    if not config.extra.get("alternate"):
        return output
    head_end = output.find("</head>")
    if head_end < 0:
        raise PluginError(f"hooks/alternate_links.py: no </head> in {page.file.src_uri}")
    head, body = output[:head_end], output[head_end:]
    cleaned, count = HEAD_ALTERNATE.subn("", head)
    if count == 0:
        raise PluginError(f"hooks/alternate_links.py: no <link rel=\"alternate\" hreflang> in the head of "
                          f"{page.file.src_uri}; Material's template changed")
    return cleaned + body
