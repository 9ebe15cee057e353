"""A commenter's handle typed without its "@" ("Marcus1978 is on the cartel payroll",
"'Tavo_Reynosa' le pega a sus hijos", "GulfCoastGuy scammed his neighbours"): a screen name picks
out one person as surely as a full name does, so the claim reader counts it among the names."""

from __future__ import annotations

import re

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_LOWER = "a-záéíóúñü"

# The shapes no ordinary word has: words joined by "_" ("Tavo_Reynosa", "Norteño_1985"), a word
# run into two to four digits ("Marcus1978", "Realista956"), three or more capitalised words run
# together ("GulfCoastGuy", "OldSchoolOscar"), capitalised words run into a short code in
# capitals ("FronterizaMX", "LaGüeraMTY"), and two capitalised words run together inside quotes
# ('"TruckerDan"'). A letter run in capitals ("COVID19", "SB1070") is an acronym, not a name.
HANDLE = re.compile(
    rf"(?<![\w@./-])(?:"
    rf"[{_UPPER}{_LOWER}]{{2,}}(?:_[{_UPPER}{_LOWER}0-9]+)+"
    rf"|[{_UPPER}]?[{_LOWER}]{{2,}}(?:[{_UPPER}][{_LOWER}]+)*\d{{2,4}}"
    rf"|[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+){{2,}}"
    rf"|[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)*(?<=[{_LOWER}]{{3}})"
    rf"(?!ISD|PD|TV|FM|AM|DA|LLC|INC)[A-Z]{{2,3}}"
    rf")(?![\w@-]|\.\w)"
    rf"|(?<=[\"“'‘])[{_UPPER}][{_LOWER}]+[{_UPPER}][{_LOWER}]+(?=[\"”'’])"
)

# Things that run a word into a number or into capitalised words: a virus, roads, devices,
# platforms. Not screen names.
_NOT_HANDLES = frozenset(
    {"covid", "route", "highway", "hwy", "windows", "iphone", "galaxy", "class", "year",
     "version", "level", "room", "unit", "suite", "flight", "ruta", "carretera", "calle",
     "colonia", "sector", "lote", "pixel", "xbox", "gofundme", "youtube", "playstation",
     "whatsapp", "paypal", "linkedin", "facebook", "onlyfans", "doordash", "tiktok"}
)  # fmt: skip


def handle_spans(text: str) -> list[tuple[int, int]]:
    """Where the comment writes a screen name without its "@"."""
    spans = []
    for m in HANDLE.finditer(text):
        word = m.group().lower()
        if word.rstrip("0123456789") in _NOT_HANDLES or word in _NOT_HANDLES:
            continue
        spans.append(m.span())
    return spans
