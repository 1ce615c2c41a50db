"""Type-checks every ```swift code block of the DocC catalogs' articles against the built modules.

Each article becomes one async throwing function, after a prelude that declares the names the
articles use without introducing them (`session`, `s3`, ...; see prelude.swift); each block is a
scope nested in the previous block's, so it sees earlier declarations and may shadow them;
`#sourceLocation` maps every diagnostic back to the article's line. `import` lines are hoisted.
Usage: snippets.py --bin BIN --target TRIPLE CATALOG_OR_MARKDOWN_FILE...
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("--bin", required=True)
parser.add_argument("--target", required=True)
parser.add_argument("catalogs", nargs="+")
args = parser.parse_args()

here = os.path.dirname(os.path.abspath(__file__))
prelude = open(os.path.join(here, "prelude.swift")).read()
fence = re.compile(r"^(\s*)```(\w*)\s*$")

imports = {"import AWSResources", "import Foundation"}
functions = []
count = 0
for catalog in args.catalogs:
    files = [catalog] if os.path.isfile(catalog) else glob.glob(os.path.join(catalog, "**", "*.md"), recursive=True)
    for path in sorted(files):
        lines = open(path).read().split("\n")
        blocks = []
        index = 0
        while index < len(lines):
            match = fence.match(lines[index])
            if not match:
                index += 1
                continue
            indent, language = match.group(1), match.group(2)
            start = index + 1
            end = start
            while end < len(lines) and not re.match(r"^\s*```\s*$", lines[end]):
                end += 1
            if end == len(lines):
                sys.exit(f"{path}:{index + 1}: code block never closed")
            if language == "swift":
                body = []
                for line in lines[start:end]:
                    line = line[len(indent):] if line.startswith(indent) else line.lstrip()
                    if line.startswith("import "):
                        imports.add(line.strip())
                        line = ""
                    body.append(line)
                blocks.append(f'    do {{\n#sourceLocation(file: "{os.path.abspath(path)}", line: {start + 1})\n'
                              + "\n".join(body) + "\n#sourceLocation()\n")
            index = end + 1
        if blocks:
            # Each block opens a scope the later blocks of the same article are nested in: a block
            # sees what earlier blocks declared (as a reader does) and may redeclare it.
            count += len(blocks)
            functions.append(f"func article{len(functions)}() async throws {{\n{prelude}\n"
                             + "".join(blocks) + "    }\n" * len(blocks) + "}\n")

support = open(os.path.join(here, "support.swift")).read()
source = "\n".join(sorted(imports)) + "\n\n" + support + "\n" + "\n".join(functions)
with tempfile.TemporaryDirectory() as folder:
    file = os.path.join(folder, "ArticleSnippets.swift")
    with open(file, "w") as f:
        f.write(source)
    command = ["swiftc", "-typecheck", "-parse-as-library", "-swift-version", "6", "-target", args.target,
               "-I", os.path.join(args.bin, "Modules"), "-module-cache-path", os.path.join(folder, "cache"),
               "-Xcc", "-fmodule-map-file=" + os.path.abspath("Sources/CZlib/module.modulemap")]
    for map in glob.glob(os.path.join(args.bin, "*.build", "module.modulemap")):
        command += ["-Xcc", "-fmodule-map-file=" + map]
    result = subprocess.run(command + [file], capture_output=True, text=True)
    errors = [line for line in (result.stdout + result.stderr).splitlines() if "error:" in line]
    if result.returncode != 0 or errors:
        print(result.stdout + result.stderr, file=sys.stderr)
        sys.exit(f"{len(errors)} errors in the articles' Swift code blocks")
print(f"{count} Swift code blocks in {', '.join(args.catalogs)} type-check")
