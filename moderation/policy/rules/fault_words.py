"""Words naming a fault a group is charged with: crime, violence, corruption, filth. One list
for the readers that look for such a fault near a charge: `hate_en_brought` (a harm named
before a carried "it") and `context.vice_named` (a vice listed among other faults). Each adds
its own words around it; these are regex alternatives, read between word boundaries.
"""

from __future__ import annotations

# English faults, as stems.
FAULTS_EN = (
    r"corrupt\w*|crime|crimes|criminal\w*|violen\w+|gangs?|drugs?|filth\w*|disorder|chaos|"
    r"lawless\w*|cartels?|fraud|terror\w*|savage\w*|backward\w*"
)
# Spanish faults, as the folded words.
FAULTS_ES = r"corrupcion|violencia|delincuencia|crimen|drogas|pandillas|suciedad|atraso"
