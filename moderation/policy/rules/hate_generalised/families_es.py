"""The Spanish vice families of `hate.generalised`: predicates that hold when said of a whole
group (dishonesty, a danger to children, violence, bringing disorder, a vile trait, worth less,
to be kept out, living off welfare, incompetence, ...), each a regex source under its family's
name, and the faults that are mild on their own (`_MILD_ES`), which count only when put down to
the group's nature (`finder._essentialised`). `patterns` frames and compiles them.
"""

from __future__ import annotations

_ROLE_ES = (
    r"(?:lideres|conductor[ae]s|padres|madres|jefes|jefas|trabajador[ae]s|vecin[oa]s|"
    r"inquilin[oa]s|estudiantes|maestr[oa]s|medic[oa]s|pilotos|soldados|ingenier[oa]s|"
    r"politic[oa]s|president[ae]s|alcaldes|alcaldesas|arbitr[oa]s|jueces|juezas|"
    r"empleados|empleadas|vecinos|personas|gente|ciudadanos|ciudadanas)"
)
_BAD_ES = r"(?:malos|malas|pesimos|pesimas|terribles|fatales|inutiles|incompetentes|peores)"

FAMILIES_ES: tuple[tuple[str, str], ...] = (
    (
        "dishonesty",
        r"(?:mienten|enganan|mienten y roban|todos mienten|todas mienten|(?:le |les )?sacan "
        r"(?:provecho|ventaja|tajada) (?:de|a)(?: \S+){1,5}?|se aprovechan (?:de|"
        r"del)(?: \S+){1,4}?|"
        r"buscan (?:sacar )?(?:ventaja|provecho)|viven del cuento)",
    ),
    (
        "a danger to children",
        r"(?:(?:estan|andan|vienen a|quieren) (?:corrompiendo|corromper|pervirtiendo|pervertir|"
        r"danando|danar|adoctrinando|adoctrinar|reclutando|reclutar) a (?:nuestros|nuestras|los|"
        r"las|tus|mis) (?:ninos|ninas|hijos|hijas|jovenes|chamacos|chavos|escuelas)|"
        r"(?:corrompen|pervierten|acosan|reclutan) a (?:nuestros|los|las|tus) (?:ninos|ninas|"
        r"hijos|hijas|jovenes|chamacos)|son un peligro para (?:nuestros|nuestras|los|las) "
        r"(?:ninos|ninas|hijos|hijas))",
    ),
    (
        "violence",
        r"(?:tienden (?:mas )?a (?:la violencia|delinquir|robar|el crimen|la delincuencia|"
        r"ser violent[oa]s|la criminalidad|pelear)|son (?:mas )?propens[oa]s a (?:la violencia|"
        r"delinquir|robar|el crimen|la delincuencia)|solo (?:entienden|conocen) (?:la violencia|"
        r"a golpes|a la mala))",
    ),
    (
        "bringing disorder",
        r"(?:(?:solo |nomas |siempre )?traen (?:puro |pura |mucho |mucha |solo |nomas |puros |"
        r"puras )?(?:desorden|problemas|delincuencia|crimen|violencia|enfermedades|basura|droga|"
        r"drogas|inseguridad|suciedad|mugre|cochinero|caos|ratas|piojos)|(?:llenan|ensucian) "
        r"(?:\S+ ){1,3}de (?:basura|mugre|delincuencia|droga|ratas))",
    ),
    (
        "named a traitor race or a plague",
        r"(?:son (?:una|otra) raza (?:traicioner\w*|inferior|maldita|sucia|floja|violenta|"
        r"podrida|degenerada|salvaje|de (?:ladrones|flojos|traidores|salvajes|delincuentes))|"
        r"son (?:unas )?razas (?:inferiores|malditas|degeneradas|salvajes)|"
        r"son (?:una|la) (?:plaga|lacra|peste|infeccion|enfermedad|invasion)|"
        r"son (?:pura |puro )?(?:basura|escoria|parasitos|alimanas))",
    ),
    (
        "a vile trait",
        r"(?:son (?:(?:todos|todas|unos|unas|puros|puras|bien|muy|mas) )*(?:traicioner[oa]s|"
        r"sucios|sucias|cochin[oa]s|mugros[oa]s|salvajes|hipocritas|tramposos|tramposas|"
        r"mentiros[oa]s|aprovechad[oa]s|inferiores|incivilizad[oa]s|degenerad[oa]s|"
        r"pervertid[oa]s|enferm[oa]s mentales|parasitos|mantenid[oa]s)|"
        r"son (?:(?:todos|todas|puros|puras|unos|unas) )+(?:sumis[oa]s|flojos|flojas|"
        r"huevones|ignorantes|brut[oa]s|violent[oa]s|peligros[oa]s|problematic[oa]s|"
        r"conflictiv[oa]s|interesad[oa]s|atrasad[oa]s|primitiv[oa]s|irresponsables|"
        r"manos[oa]s|ruidos[oa]s|corrupt[oa]s))",
    ),
    (
        "worth less",
        r"(?:(?:no valen (?:igual|lo mismo|nada)|valen menos|rinden menos|no rinden (?:igual|"
        r"lo mismo))(?: (?:en|que) (?:el |la |los |las |un |una )?\S+)?|no dan para mas|"
        r"no les da (?:la cabeza|el cerebro)|son inferiores|"
        r"no tienen la misma (?:capacidad|inteligencia)|no son (?:igual de )?(?:capaces|"
        r"inteligentes) (?:que|como) (?:nosotros|los demas|\S+))",
    ),
    (
        "to be kept out",
        r"(?:no deberian (?:ni )?(?:poder )?(?:manejar|conducir|votar|ser maestr[oa]s|dar clases|"
        r"adoptar|tener (?:tantos )?hijos|casarse|mandar|gobernar|tener derechos|tener papeles|"
        r"vivir aqui|"
        r"estar aqui|estar (?:cerca de|con) (?:los )?ninos|trabajar con ninos|ser policias|"
        r"ser juez(?:as)?|ser jueces|estar en (?:la )?politica|estar en el gobierno|"
        r"salir (?:a la calle|de su casa|solas))|deberian (?:vivir|estar|quedarse) (?:aparte|"
        r"separad[oa]s|encerrad[oa]s|vigilad[oa]s|fichad[oa]s|registrad[oa]s|"
        r"lejos(?: de (?:la gente|nosotros|aqui|"
        r"nuestros|las familias)(?: \S+)?)?|en su (?:pais|casa|tierra|rancho))(?: todos| todas)?"
        r"(?: (?:por|ante) (?:la|el) (?:policia|gobierno|estado))?|deberian (?:registrarse|"
        r"ser fichad[oa]s|ser registrad[oa]s|ser vigilad[oa]s)(?: (?:ante|por) (?:la|el) "
        r"(?:policia|gobierno|estado))?)",
    ),
    (
        "living off welfare",
        r"(?:cobran (?:pensiones|ayudas|subsidios|apoyos|paguitas)(?: y ni trabajan)?|"
        r"tienen hijos (?:\S+ )?(?:solo |nomas |nada mas )?para (?:cobrar|vivir de|recibir|"
        r"sacar|pedir)(?: (?:el |la |los |las )?\S+)?|viven (?:de|del) (?:las ayudas|"
        r"los subsidios|la asistencia|nuestros "
        r"impuestos|el estado|papa estado|los apoyos|el gobierno|los demas|la beneficencia))",
    ),
    (
        "incompetence",
        rf"(?:son (?:\S+ )?{_BAD_ES} {_ROLE_ES}|no (?:saben|pueden) (?:manejar|conducir|liderar|"
        r"mandar|gobernar|pensar|hacer nada bien|administrar)|no saben (?:ni )?(?:votar|trabajar|"
        r"leer)|"
        r"son (?:muy |demasiado |bien |mas )?(?:emocionales|sentimentales|debiles|histericas|"
        r"hormonales) (?:para|pa)(?: \S+){1,3}?|"
        r"no tienen (?:el|la) "
        r"(?:temple|temperamento|cerebro|capacidad|cabeza|inteligencia)(?: para (?:\S+ ?){1,3})?|"
        r"no estan (?:preparad[oa]s|"
        r"hech[oa]s) (?:para|pa)(?: \S+)?|(?:votan|gobiernan|deciden|piensan|mandan) con (?:el "
        r"corazon|las emociones|la emocion|el sentimiento|el higado|las hormonas)(?: ,? (?:no|y no|"
        r"nunca) con (?:el cerebro|la cabeza|la razon))?|se dejan llevar por (?:el sentimiento|"
        r"las emociones|el corazon|la emocion)|(?:no|nunca) se (?:van a )?civiliza\w*(?: por mas "
        r"(?:\S+ ?){1,6}?)?|no tienen (?:el )?caracter (?:para|pa)(?: \S+)?|no sirven (?:ni )?"
        r"(?:para|pa) (?:nada|mandar|gobernar|trabajar|estudiar|pensar)|(?:solo|"
        r"nomas) saben (?:robar|pedir|quejarse|llorar|estirar la mano|"
        r"parir|"
        r"hacer hijos))",
    ),
    (
        "dirt",
        r"(?:no se (?:banan|lavan|asean)|apestan|(?:se )?comen (?:de todo|cualquier cosa|"
        r"lo que sea|"
        r"perros|gatos|todo lo que se mueve)|viven como (?:cerdos|animales|ratas|puercos))",
    ),
    (
        "disloyalty",
        r"(?:sirven a (?:roma|pekin|china|israel|moscu|el papa|la meca|el vaticano|\S+) ,? "
        r"(?:no a|antes que)(?: \S+){0,2}|reciben ordenes de|son espias|no son de fiar|"
        r"no se puede confiar "
        r"en ellos)",
    ),
    (
        "entitlement",
        r"(?:(?:quieren|exigen|esperan) (?:trato especial|privilegios|derechos especiales|todo "
        r"gratis|que les regalen|que todos se adapten)|se hacen (?:siempre )?las victimas)",
    ),
    (
        "mistreating their own",
        r"(?:tratan a (?:sus |las |nuestras )?(?:mujeres|esposas|hijas|GRP) como (?:propiedad|"
        r"basura|esclavas|perros|animales|objetos)|abandonan a sus (?:hijos|familias)|"
        r"golpean a sus (?:mujeres|esposas|hijos)|odian a (?:los|las|todos los|todas las) "
        r"(?:hombres|mujeres|blancos|cristianos|catolicos|mexicanos|ninos))",
    ),
    (
        "idleness",
        r"(?:ni trabajan|no se (?:mezclan|juntan) con nadie|no (?:trabajan|quieren trabajar|"
        r"pagan (?:impuestos|la renta|el alquiler|"
        r"sus "
        r"deudas|nada)|dan propina|se integran|aprenden el idioma))",
    ),
)
MILD_ES = (
    r"(?:no (?:les importa|respetan|valoran|llegan a tiempo|cuidan)|son (?:siempre )?"
    r"(?:impuntuales|ruidos[oa]s|groser[oa]s|flojos|flojas|violent[oa]s|agresiv[oa]s))"
)
