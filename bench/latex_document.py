"""A Galley manuscript as a LuaLaTeX document set like Galley's default print template, for
bench/latex_comparison.py.

The page is templates/print/default.template's: A5, 18 mm margins (a 112 mm measure), EB
Garamond 10/13 from the committed files in fonts/ (loaded by path through fontspec, old-style
figures), 1 em indents, no space between paragraphs, French spacing, and Galley's word space:
1.5 x the font's own (0.3 em) with TeX's cmr10 proportions of stretch (1/2) and shrink (1/3).
Headings follow the template's sizes (17/21 pt tracked and centred on a new page, sunk to where
Galley's stand; sections in tracked small capitals; no indent after a heading), divisions start
on a recto like Galley's front and body, and the folio sits 26 pt below the text block.
Everything that decides where lines break is LaTeX's own: \\tolerance 200, \\pretolerance 100,
hyphen penalty 50, \\lefthyphenmin 2 for English, widow and club penalties 150, no runt rule —
the comparison is with LuaLaTeX as a user gets it, only with microtype varied (VARIANTS), and
once with Galley's rule against runts added (each paragraph's last two words tied). The log
traces every paragraph (\\tracingparagraphs), so that the passes it took can be counted.
"""
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FONTS = os.path.join(ROOT, "fonts") + "/"

MICROTYPE_3_PERCENT = (r"\usepackage[protrusion=true,expansion=true,stretch=30,shrink=30,"
                       r"step=5]{microtype}")
# name -> (the \usepackage line for microtype or None, whether each paragraph's last two words
# are tied as Galley's paragraph.tie-last-words ties them: LaTeX has no rule against runts).
VARIANTS = {
    "no microtype": (None, False),
    "microtype defaults": (r"\usepackage{microtype}", False),
    "microtype 3 % expansion": (MICROTYPE_3_PERCENT, False),
    "microtype 3 %, last words tied": (MICROTYPE_3_PERCENT, True),
}
# Source lines that are not a paragraph's text (pandoc --wrap=none writes a paragraph a line).
STRUCTURE = re.compile(r"\\(begin|end|section|subsection|subsubsection|paragraph|clearpage|"
                       r"cleardoublepage)\b")

# BCP 47 primary subtag -> babel language (its patterns must be installed: texlive-lang-*).
BABEL_LANGUAGES = {"en": "english", "de": "ngerman", "fr": "french"}
# What a babel language changes that Galley's page does not (babel-french indents the first
# paragraph after a heading).
LANGUAGE_SETUP = {"french": r"\frenchsetup{IndentFirst=false}"}


def front_matter(text):
    """(the front matter's key -> first value, the text after it)."""
    match = re.match(r"\ufeff?---\n(.*?)\n---\n", text, re.S)
    if not match:
        raise ValueError("the manuscript has no front matter (--- ... ---)")
    keys = {}
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        keys.setdefault(key.strip(), value.strip())
    return keys, text[match.end():]


def division_markup(attributes):
    """Raw LaTeX for a <division ...> tag: a new recto (front, body) or page (back), then the
    division's title as a level-1 heading, as Galley sets it."""
    kind = re.search(r'kind="([^"]*)"', attributes)
    title = re.search(r'title="([^"]*)"', attributes)
    new_page = r"\clearpage" if kind and kind.group(1) == "back" else r"\cleardoublepage"
    markup = f"\n\n```{{=latex}}\n{new_page}\n```\n\n"
    if title:
        markup += f"# {title.group(1)}\n\n"
    return markup


def pandoc_markdown(body):
    """Galley's elements turned into what pandoc reads: divisions as page breaks and headings,
    small capitals as raw \\galleysc, page markers (a margin note in Galley, nothing in the
    measure) dropped, other tags reduced to their text."""
    body = re.sub(r"<division([^>]*)>", lambda m: division_markup(m.group(1)), body)
    body = body.replace("</division>", "")
    body = re.sub(r"<pb[^>]*/>", "", body)
    body = re.sub(r"<sc>(.*?)</sc>", r"`\\galleysc{`{=latex}\1`}`{=latex}", body, flags=re.S)
    return re.sub(r"</?(title|foreign|lang|span)[^>]*>", "", body)


def latex_body(manuscript):
    """(front matter, the manuscript's text as LaTeX) through pandoc."""
    with open(manuscript, encoding="utf-8") as handle:
        keys, body = front_matter(handle.read())
    converted = subprocess.run(
        ["pandoc", "-f", "markdown-auto_identifiers-smart", "-t", "latex", "--wrap=none"],
        input=pandoc_markdown(body), capture_output=True, text=True, check=True).stdout
    return keys, converted


PREAMBLE = r"""\documentclass[10pt,twoside]{article}
\usepackage[paperwidth=148mm,paperheight=210mm,left=18mm,right=18mm,top=18mm,
  textheight=491pt,headheight=10pt,headsep=16pt,footskip=26pt]{geometry}
\usepackage{fontspec}
\setmainfont{EBGaramond12-Regular.otf}[Path=@FONTS@, ItalicFont=EBGaramond12-Italic.otf,
  BoldFont=EBGaramond12-Bold.otf, Numbers=OldStyle, WordSpace={1.5,1.5,1.5}]
\usepackage[@LANGUAGE@]{babel}
@LANGUAGE_SETUP@
@MICROTYPE@
\usepackage{longtable,booktabs,array,calc}
\providecommand{\tightlist}{\setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}}
\providecommand{\texorpdfstring}[2]{#1}
\providecommand{\href}[2]{#2}
\providecommand{\url}[1]{#1}
\renewcommand\normalsize{\fontsize{10pt}{13pt}\selectfont}
\setlength{\topskip}{10pt}
\setlength{\parindent}{1em}
\setlength{\parskip}{0pt}
\frenchspacing
\raggedbottom
\newcommand\galleysc[1]{{\addfontfeatures{Letters={SmallCaps,UppercaseSmallCaps}}#1}}
\makeatletter
\newcommand\galley@heading[1]{\clearpage\thispagestyle{galleyfolio}%
  \vspace*{3\baselineskip}%
  {\centering\fontsize{17pt}{21pt}\selectfont\addfontfeatures{LetterSpace=8}#1\par}%
  \vspace{2\baselineskip+6.5pt}\markboth{@TITLE@}{#1}\@afterindentfalse\@afterheading}
\newcommand\galley@section[1]{\par\addvspace{2\baselineskip}%
  {\centering\addfontfeatures{Letters={SmallCaps,UppercaseSmallCaps},LetterSpace=6}#1\par}%
  \nobreak\vspace{\baselineskip}\markright{#1}\@afterindentfalse\@afterheading}
\newcommand\galley@minor[1]{\par\addvspace{\baselineskip}{\centering\itshape#1\par}%
  \nobreak\@afterindentfalse\@afterheading}
\renewcommand\section{\@ifstar\galley@heading\galley@heading}
\renewcommand\subsection{\@ifstar\galley@section\galley@section}
\renewcommand\subsubsection{\@ifstar\galley@minor\galley@minor}
\renewcommand\paragraph{\@ifstar\galley@minor\galley@minor}
\def\ps@galleyfolio{\def\@oddhead{}\def\@evenhead{}%
  \def\@oddfoot{\hfil\small\fontsize{9pt}{11pt}\selectfont -- \thepage\ --\hfil}%
  \let\@evenfoot\@oddfoot}
\def\ps@galley{\ps@galleyfolio
  \def\@evenhead{\hfil\fontsize{8.5pt}{10pt}\selectfont\galleysc{\leftmark}\hfil}%
  \def\@oddhead{\hfil\fontsize{8.5pt}{10pt}\selectfont\galleysc{\rightmark}\hfil}}
\makeatother
\pagestyle{galley}
\begin{document}
\normalsize
\tracingparagraphs=1 \tracingonline=0
\typeout{GALLEY-WORD-SPACE \the\fontdimen2\font\space plus \the\fontdimen3\font\space
  minus \the\fontdimen4\font}
"""


def tie_last_words(body):
    """The body with the space before each paragraph's last word made a tie (~), and any after
    it: a word is what holds a letter or digit, so French spacing before "?" or "»" is tied too."""
    lines = []
    for line in body.split("\n"):
        words = line.rstrip().split(" ")
        last = max((i for i, word in enumerate(words) if any(c.isalnum() for c in word)), default=0)
        if last > 0 and not STRUCTURE.match(line):
            line = " ".join(words[:last]) + "~" + "~".join(words[last:])
        lines.append(line)
    return "\n".join(lines)


def latex_document(keys, body, variant):
    """The whole .tex file for one VARIANTS entry."""
    microtype, tie = VARIANTS[variant]
    if tie:
        body = tie_last_words(body)
    language = BABEL_LANGUAGES.get(keys.get("language", "en").split("-")[0].lower())
    if language is None:
        raise ValueError(f"no babel language for {keys.get('language')!r} (add it to BABEL_LANGUAGES)")
    title = keys.get("title", "").replace("&", r"\&")
    preamble = (PREAMBLE.replace("@FONTS@", FONTS).replace("@LANGUAGE@", language)
                .replace("@LANGUAGE_SETUP@", LANGUAGE_SETUP.get(language, ""))
                .replace("@MICROTYPE@", microtype or "").replace("@TITLE@", title))
    return preamble + body + "\n\\end{document}\n"
