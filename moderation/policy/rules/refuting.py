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

# Evidence set against a claim just made ("The county's own numbers say the opposite", "los
# datos dicen lo contrario"): the evidence, a verb of showing and a contrary object. Without the
# contrary object ("the data shows it") the evidence may back the claim, so it is required.
SET_AGAINST = (
    r"(?:data|numbers|figures|statistics|stats|studies|records|facts|evidence|research|"
    r"datos|cifras|numeros|estadisticas|estudios|registros|hechos)"
    r"(?: [a-z']+){0,4}? "
    r"(?:say|says|said|show|shows|showed|suggest|suggests|prove|proves|tell|tells|point to|"
    r"points to|dicen|dice|dijeron|muestran|muestra|demuestran|demuestra|indican|indica|"
    r"mostraron|demostraron|apuntan a)"
    r" (?:exactly |just |precisamente |justo )?"
    r"(?:the opposite|otherwise|the reverse|the contrary|a different story|no such thing|"
    r"lo contrario|lo opuesto|otra cosa|todo lo contrario)"
)
