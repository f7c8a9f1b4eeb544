"""HTML mail → readable text. Block elements become lines, <blockquote> becomes "> " lines
(so quote stripping treats HTML and plain replies alike), scripts and styles vanish and
entities (including &nbsp;) are decoded by the stdlib parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
         "hr", "pre", "address", "section", "article", "header", "footer", "dd", "dt", "blockquote"}
SKIP = {"style", "script", "head", "title", "xml", "template", "noscript"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip = 0
        self.quote = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        prefix = "> " * self.quote
        if line or (self.lines and self.lines[-1].strip("> ")):
            self.lines.append(prefix + line if line else prefix.rstrip())

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self._break()
            if tag == "blockquote":
                self.quote += 1
            elif tag == "li":
                self.current.append("- ")
        elif tag == "td" and self.current:
            self.current.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._break()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)

    def handle_data(self, data):
        if not self.skip:
            self.current.append(data)

    def handle_comment(self, data):  # Outlook's conditional comments hold no text
        pass


def html_to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # HTMLParser is lenient; a failure here means garbage: fall back to tag removal
        return re.sub(r"<[^>]*>", " ", html)
    parser._break()
    text = "\n".join(parser.lines).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()
