"""HTML mail → readable text. Block elements become lines, <blockquote> becomes "> " lines
(so quote stripping treats HTML and plain replies alike), scripts and styles vanish and
entities (including &nbsp;) are decoded by the stdlib parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from . import limits
from .limits import MAX_QUOTE_DEPTH

MAX_OUTPUT = 200_000  # characters of text made from one HTML part

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
        self.size = 0  # characters in self.lines
        self.tags = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        if self.size > MAX_OUTPUT:
            return  # enough text: the rest of a huge part is not kept
        prefix = "> " * min(self.quote, MAX_QUOTE_DEPTH)  # 1,000 nested quotes are not 1,000 "> " per line
        if line or (self.lines and self.lines[-1].strip("> ")):
            self.lines.append(prefix + line if line else prefix.rstrip())
            self.size += len(self.lines[-1]) + 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags += 1
        if self.tags % 512 == 0:
            limits.check("HTML")
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

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self._break()
            if tag == "blockquote":
                self.quote = max(0, self.quote - 1)

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)

    def handle_comment(self, data: str) -> None:  # Outlook's conditional comments hold no text
        pass


# a "<" whose tag never closes before the next "<": the stdlib parser rescans the rest of the text
# for each of them (quadratic time), so it becomes text before parsing, as the parser would make it
_UNCLOSED = re.compile(r"<(?!!--)(?=[^<>]*(?:<|\Z))")


def html_to_text(html: str) -> str:
    parser = _Text()
    try:
        parser.feed(_UNCLOSED.sub("&lt;", html))
        parser.close()
    except limits.OverLimit:
        raise
    except Exception:  # HTMLParser is lenient; a failure here means garbage: fall back to tag removal
        return re.sub(r"<[^>]*>", " ", html)[:MAX_OUTPUT]
    parser._break()
    text = "\n".join(parser.lines).replace("\xa0", " ")
    return re.sub(r"\n{3,}", "\n\n", text).strip()
