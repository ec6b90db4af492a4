#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus (tests/fuzz/corpus/, docs/fuzzing.md) from content/, the
test data and the issue-10 bad-input cases. Run from the repository root after a title or a
case is added; the corpus is committed, so CI and a clean clone fuzz from the same seeds.

  corpus/manuscript/  manuscripts: manuscript_fuzzer, epub_fuzzer and pdf_fuzzer
  corpus/clean/       a title's files in "==> NAME <==" form (tests/fuzz/fuzz_support.h)
  corpus/template/    print templates

Each seed is small (a few KB): the head of a title, cut where a paragraph ends, keeping only
the corrections, structure directives, words and notes the cut text still has, so that most
seeds pass and the fuzzer starts from inputs that reach deep into each stage.
"""
import pathlib
import re
import shutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
SEED_BYTES = 3500


def head_at_paragraph(text: str, limit: int) -> str:
    """The text up to the last blank line before `limit` characters (all of it if shorter)."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit)
    return text[: cut + 1] if cut > 0 else text[:limit]


def manuscript_seed(text: str) -> str:
    match = re.match(r"---\n.*?\n---\n", text, re.S)
    front = match.group(0) if match else ""
    body = head_at_paragraph(text[len(front):], SEED_BYTES)
    # Close the division the cut leaves open, and keep the notes the kept text refers to.
    if body.count("<division") > body.count("</division>"):
        body = body.rstrip("\n") + "\n\n</division>\n"
    for label in dict.fromkeys(re.findall(r"\[\^([^\]\s]+)\](?!:)", body)):
        note = re.search(r"^\[\^" + re.escape(label) + r"\]:.*?(?=\n\n(?! {4})|\Z)", text, re.M | re.S)
        if note:
            body += "\n" + note.group(0) + "\n"
    return front + body


def source_encoding(metadata: str) -> str:
    match = re.search(r"^source-encoding:\s*(\S+)", metadata, re.M)
    return match.group(1) if match else "utf-8"


def kept_lines(path: pathlib.Path, keep) -> str:
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return "".join(line for line in lines if line.startswith("#") or not line.strip() or keep(line))


def structure_keeps(text: str, line_count: int):
    def keep(line: str) -> bool:
        fields = line.rstrip("\n").split("\t")
        verb = fields[0]
        if verb == "drop":
            return all(int(f[1:]) <= line_count for f in fields[1:3] if f.startswith("@"))
        anchors = {"heading-level": fields[1:2], "move": fields[1:2] + fields[3:4],
                   "lead-in": fields[1:2], "division": fields[4:5]}.get(verb, fields[1:])
        return all(anchor in text for anchor in anchors)
    return keep


def clean_seed(title: pathlib.Path) -> bytes:
    metadata = (title / "metadata.txt").read_text(encoding="utf-8")
    source_name = "source.md" if (title / "source.md").exists() else "source.ocr.txt"
    raw = (title / source_name).read_bytes()
    encoding = source_encoding(metadata).lower().replace("iso-8859-1", "latin-1")
    source = raw.decode(encoding, errors="replace")
    head = head_at_paragraph(source.replace("\r\n", "\n"), SEED_BYTES)
    cut = raw[: len(head.encode(encoding, errors="replace"))] if "\r\n" not in source else \
        head.replace("\n", "\r\n").encode(encoding, errors="replace")
    text = cut.decode(encoding, errors="replace")
    parts = [("metadata.txt", metadata.encode("utf-8")), (source_name, cut)]
    corrections = kept_lines(title / "corrections.tsv", lambda line: line.split("\t")[0] in text)
    structure = kept_lines(title / "structure.tsv", structure_keeps(text, text.count("\n")))
    # words.txt's words must occur in the text clean keeps: after a Gutenberg header, outside
    # the lines structure.tsv drops.
    lines = text.split("\n")
    dropped = set()
    for start, end in re.findall(r"^drop\t@(\d+)\t@(\d+)", structure, re.M):
        dropped.update(range(int(start), int(end) + 1))
    header = next((i for i, line in enumerate(lines) if "START OF THE PROJECT" in line), -1)
    body = "\n".join(line for i, line in enumerate(lines) if i > header and i + 1 not in dropped)
    words = kept_lines(title / "words.txt", lambda line: re.search(
        r"(?<!\w)" + re.escape(line.strip()) + r"(?!\w)", body) is not None)
    for name, part in (("corrections.tsv", corrections), ("structure.tsv", structure),
                       ("words.txt", words)):
        if part.strip():
            parts.append((name, part.encode("utf-8")))
    seed = parts[0][1]
    for name, part in parts[1:]:
        if not seed.endswith(b"\n"):
            seed += b"\n"
        seed += f"==> {name} <==\n".encode() + part
    return seed


FRONT = "---\ntitle: Case\nauthor: A. Writer\nlanguage: en-US\ndate: 2026\n---\n\n"

# The hostile inputs of issue 10 (and of the regression tests that now cover them), small:
# each is a seed the fuzzer mutates from, not a test; the tests stay in tests/.
MANUSCRIPT_CASES = {
    "nested-quotes.md": FRONT + "> " * 120 + "deep\n",
    "nested-lists.md": FRONT + "> - " * 60 + "deep\n",
    "nested-emphasis.md": FRONT + "*" * 110 + "x" + "*" * 110 + "\n",
    "control-character.md": FRONT + "A bell\x13 and &#x13; a reference.\n",
    "noncharacter.md": FRONT + "Not a character: \uffff \ufffe.\n",
    "long-language.md": FRONT.replace("en-US", "en-" + "x" * 2000),
    "front-matter-only.md": FRONT,
    "unclosed-front-matter.md": "---\ntitle: Case\n\ntext\n",
    "crlf-bom.md": "\ufeff" + FRONT.replace("\n", "\r\n") + "Windows lines.\r\n",
    "page-markers.md": FRONT.replace("date: 2026", "date: 2026-02-29\nsource: The first edition")
    + '<pb n="xii"/>\n\nA page <pb n="1"/>begins, then <pb n="A-3"/> another.\n',
    "inline-tags.md": FRONT + '<sc>Caps <cite>A <i lang="la">Summa</i></cite></sc> and '
    '<span lang="de">ein Satz</span>.\n',
    "long-paragraph.md": FRONT + " ".join(["word"] * 600) + "\n",
    "notes.md": FRONT + "Text[^a] and more[^b].\n\n[^a]: One.\n\n    Two.\n\n[^b]: Three.\n",
}

CLEAN_CASES = {
    "hyphen-run": "title: Case\nauthor: A. Writer\nlanguage: en-US\n==> source.ocr.txt <==\n"
    + "-" * 2000 + "\n",
    "long-language": "title: Case\nauthor: A. Writer\nlanguage: en-" + "x" * 2000
    + "\n==> source.ocr.txt <==\nText.\n",
    "gutenberg-frame": "title: Case\nauthor: A. Writer\nlanguage: en-US\n==> source.ocr.txt <==\n"
    "*** START OF THE PROJECT GUTENBERG EBOOK CASE ***\n\nCHAPTER I.\n\n_Italic_ text[1].\n\n"
    "[1] A note.\n\n*** END OF THE PROJECT GUTENBERG EBOOK CASE ***\n",
    "settings": "title: Case\nauthor: A. Writer\nlanguage: de\nquotes: german-guillemets\n"
    "guesses: propose\nrules-off: quotes\n==> source.ocr.txt <==\n\"Mach' dort\", sagte er.\n",
}


def write(folder: pathlib.Path, name: str, data) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def main() -> None:
    shutil.rmtree(CORPUS, ignore_errors=True)
    for title in sorted(p for p in (ROOT / "content").iterdir() if p.is_dir()):
        manuscript = (title / "manuscript.md").read_text(encoding="utf-8")
        write(CORPUS / "manuscript", title.name + ".md", manuscript_seed(manuscript))
        write(CORPUS / "clean", title.name, clean_seed(title))
    for data in ("tests/data/manuscript/sample.md", "tests/data/epub/small-book.md"):
        path = ROOT / data
        write(CORPUS / "manuscript", path.name, path.read_bytes())
    for name, text in MANUSCRIPT_CASES.items():
        write(CORPUS / "manuscript", name, text)
    for name, text in CLEAN_CASES.items():
        write(CORPUS / "clean", name, text)
    for path in sorted((ROOT / "templates/print").glob("*.template")):
        write(CORPUS / "template", path.name, path.read_bytes())
    write(CORPUS / "template", "small.template",
          "extends = typescript.template\nfont.size = 11pt\npage.width = 105mm\n")
    write(CORPUS / "template", "bad-extends.template", "extends = missing.template\n")


if __name__ == "__main__":
    main()
