"""Checks a page's rendered DOM (chromium --dump-dom) for the headings a reader should see.

Usage: check_dom.py DOM_FILE "Heading one;Heading two" PAGE_PATH ["text one;text two"]
Prints the page's h1-h3 headings; fails when one expected heading is not among them (the empty
shell DocC serves before its scripts run has none), or when an expected text is not rendered.
"""
import html.parser
import sys

dom_file, expected, page = sys.argv[1], sys.argv[2].split(";"), sys.argv[3]
texts = sys.argv[4].split(";") if len(sys.argv) > 4 and sys.argv[4] else []


class Headings(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.depth, self.text, self.words, self.all = [], 0, [], 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3"):
            self.depth += 1
            self.text = []

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self.depth:
            self.depth -= 1
            self.headings.append(" ".join("".join(self.text).split()))

    def handle_data(self, data):
        self.words += len(data.split())
        self.all.append(data)
        if self.depth:
            self.text.append(data)


parser = Headings()
with open(dom_file, encoding="utf-8", errors="replace") as f:
    parser.feed(f.read())
rendered = " ".join("".join(parser.all).split())
missing = [h for h in expected if h not in parser.headings] + [t for t in texts if t not in rendered]
shown = "; ".join(parser.headings[:12]) + ("; ..." if len(parser.headings) > 12 else "")
print(f"{page}: {len(parser.headings)} headings, {parser.words} words rendered: {shown}")
if missing:
    print(f"{page}: not rendered: {', '.join(missing)}", file=sys.stderr)
    sys.exit(1)
