"""The writer's own earlier word repeated ("Like I said, ...", "Como ya dije, ..."): it vouches
for the claim after it as "I know" does, and names no source."""

# Folded text, so Spanish has no accents; the comma closes the frame.
SAID_BEFORE = (
    r"(?:like|as)\s+i(?:'ve|\s+have)?\s+(?:said|told\s+you|mentioned|posted)"
    r"(?:\s+(?:before|already|earlier|yesterday))?,|"
    r"como\s+(?:ya\s+)?(?:dije|he\s+dicho|les\s+dije|te\s+dije|lo\s+dije|comente)"
    r"(?:\s+(?:antes|ayer|arriba))?,"
)
