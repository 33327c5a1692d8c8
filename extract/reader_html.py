"""The main text of an HTML page, with its title and date, using selectolax (Lexbor).

Government pages wrap a statement in navigation, banners, share buttons and footers; only
the statement is wanted. The page's `<main>` or `<article>` is taken when it has one (the
largest, by text), else the `<body>`; inside it, elements that are never the statement
(navigation, header, footer, aside, forms, scripts, styles) are removed, and block elements
become paragraphs.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|span|a|b|i|em|strong)\b[^>]*>",
                  re.IGNORECASE)
_DROP = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
         "form", "button", "svg", "iframe", "select", "[role=navigation]", "[role=banner]",
         "[role=contentinfo]", "[aria-hidden=true]")
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "main", "blockquote", "pre", "ul", "ol", "dd", "dt",
           "figcaption", "hr"}
_DATE_META = ("article:published_time", "date", "dc.date", "dc.date.issued",
              "dcterms.date", "dcterms.issued", "pubdate", "publish-date", "og:published_time")


@dataclass(frozen=True)
class Page:
    text: str
    title: str
    date: str


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text)) or len(_TAG.findall(text[:20_000])) >= 5


def _iso(value: str) -> str:
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match is None:
        return ""
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return ""


def _date(tree: LexborHTMLParser) -> str:
    for meta in tree.css("meta"):
        name = (meta.attributes.get("name") or meta.attributes.get("property") or "").lower()
        if name in _DATE_META and (date := _iso(meta.attributes.get("content") or "")):
            return date
    for node in tree.css("time[datetime]"):
        if date := _iso(node.attributes.get("datetime") or ""):
            return date
    return ""


def _text_of(root: LexborNode) -> str:
    # Block elements become paragraph breaks; done by inserting text around them rather
    # than by walking the tree, so a page nested ten thousand deep cannot exhaust the stack.
    for node in root.css(",".join(sorted(_BLOCKS))):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    lines = [re.sub(r"\s+", " ", line).strip() for line in root.text(deep=True).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def main_text(html: str) -> Page:
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title") or tree.css_first("h1")
    title = " ".join((title_node.text() if title_node else "").split())
    date = _date(tree)
    for selector in _DROP:
        for node in tree.css(selector):
            node.decompose()
    candidates = tree.css("main, article, [role=main]")
    root = max(candidates, key=lambda n: len(n.text()), default=None) or tree.body
    text = _text_of(root) if root is not None else ""
    return Page(text=text, title=title[:300], date=date)
