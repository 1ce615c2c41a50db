"""Fails when a module's landing page leaves public symbols to DocC's automatic topic groups.

DocC puts every top-level symbol the catalog does not curate into generated groups ("Structures",
"Classes", ... the "Other" dump); the archive marks those sections `"generated": true`.
Usage: check_curation.py ARCHIVE MODULE
"""
import json
import os
import sys

archive, module = sys.argv[1], sys.argv[2]
page = os.path.join(archive, "data", "documentation", module.lower() + ".json")
with open(page) as f:
    data = json.load(f)
sections = data.get("topicSections", [])
generated = [s for s in sections if s.get("generated")]
if generated:
    for section in generated:
        names = [i.rsplit("/", 1)[-1] for i in section.get("identifiers", [])]
        print(f"{module}: not curated in {module}.docc/{module}.md (DocC grouped them under "
              f"\"{section.get('title')}\"): {', '.join(names)}", file=sys.stderr)
    sys.exit(1)
curated = sum(len(s.get("identifiers", [])) for s in sections)
print(f"{module}: {len(sections)} topic groups curate {curated} pages; none left to DocC's automatic groups")
