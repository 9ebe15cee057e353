"""The words with which a comment calls a claim false or a myth, or sets data against it: one
definition for the rules that let a line pass when the comment refutes it."""

# A regex alternation, read within each rule's own `\b(?:...)\b`. Each rule adds words of its
# own: `hate.everyday` bigotry labels (set apart from the writer's own "I'm not racist"), "is
# not true", "lie" and "mentira"; `hate.coded` a claim named as one, "it's a lie", and "mentira".
# Both leave out "no lie" and "eso no es mentira", which vouch for the line.
REFUTING = (
    r"myth|myths|false|falsely|not true|debunked|"
    r"(?:data|numbers|figures|statistics|stats|studies|records) (?:show|shows|say|says)|"
    r"mito|falso|falsa|no es cierto|no es verdad|los datos|las cifras"
)
