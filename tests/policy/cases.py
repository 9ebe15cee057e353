"""Hand-written test comments (our own words): (text, expected action, category or None).

"flag" means hold or reject; a category of None means no finding in any category.
"""

HATE_EN = [
    ("Immigrants are vermin and should be thrown out.", "reject", "hate"),
    ("Muslims are a disease on this country.", "reject", "hate"),
    ("I can't stand gay people.", "reject", "hate"),
    ("All trans people should be locked up.", "flag", "hate"),
    ("We need to get rid of disabled people.", "reject", "hate"),
    ("Kill all the immigrants.", "reject", "hate"),
    ("Why are women always so stupid?", "reject", "hate"),
    ("Black people are not human.", "flag", "hate"),
    ("No Mexicans allowed in this town.", "flag", "hate"),
    ("You are a disgusting Muslim.", "reject", "hate"),
    ("Those filthy refugees again.", "flag", "hate"),
    ("The Jews control the banks and the media.", "reject", "hate"),
    ("The Holocaust never happened.", "reject", "hate"),
    ("International bankers with funny last names are behind the open border.", "flag", "hate"),
    ("Sh*t like this is why I say all m.u.s.l.i.m.s are scum", "flag", "hate"),
    ("immigr4nts are p4rasites", "flag", "hate"),
    # expulsion with the particle after the object; exclusion wished as a better world
    ("We need to drive all the Muslims out of this state.", "flag", "hate"),
    ("The world would be a better place without gay people.", "flag", "hate"),
    ("Women have no business being in politics.", "flag", "hate"),
    ("I know plenty of Mexicans and every one of them is a criminal.", "flag", "hate"),
    ("Muslims are destroying Europe.", "flag", "hate"),
    ("Black lives don't matter to me at all.", "flag", "hate"),
    # one slip of a letter in a grammar or phrase word, two words run together
    ("Jews again? I can't satnd them.", "flag", "hate"),
    ("Immigrants are a plagueon this country.", "flag", "hate"),
]
HATE_ES = [
    ("Los inmigrantes son unas ratas.", "reject", "hate"),
    ("Odio a los gitanos.", "reject", "hate"),
    ("Hay que echar a todos los musulmanes.", "reject", "hate"),
    ("Las mujeres son inferiores.", "reject", "hate"),
    ("Los judíos controlan los bancos.", "reject", "hate"),
    ("Malditos sudacas.", "flag", "hate"),
    ("Los negros no son personas.", "flag", "hate"),
    ("Hay que sacar a todos los mexicanos de aquí.", "flag", "hate"),
    ("Que se frían los mojados que intenten cruzar.", "flag", "hate"),
    ("Los chinos son una raza maldita.", "flag", "hate"),
]
NOT_HATE = [
    # counter-speech, quoting, reporting
    ('Saying "immigrants are vermin" is disgusting and racist.', "approve", None),
    ("People who think Muslims are terrorists need to meet some.", "approve", None),
    (
        "The crowd chanted that Jews control the media, which is a vile antisemitic lie.",
        "approve",
        None,
    ),
    ("It is a myth that immigrants are criminals.", "approve", None),
    ("Decir que los inmigrantes son ratas es racista.", "approve", None),
    # negation
    ("Mexicans are not criminals.", "approve", None),
    ("Gay people are not a threat to anyone.", "approve", None),
    ("Los judíos no son ratas.", "approve", None),
    ("No todos los musulmanes son terroristas.", "approve", None),
    # neutral and positive identity mentions, hard political opinion
    ("I love my Muslim neighbours; they are kind people.", "approve", None),
    ("Migrants are fleeing violent cartels and deserve a fair hearing.", "approve", None),
    ("Many migrants die crossing the desert every summer.", "approve", None),
    ("The governor's border policy is a disaster and he should resign.", "approve", None),
    ("Congress is full of cowards who never read the bills.", "approve", None),
    ("Las mujeres trans merecen los mismos derechos.", "approve", None),
    ("El gobierno de México ha fracasado en seguridad.", "approve", None),
    # Scunthorpe, homonyms, names
    ("I grew up near Scunthorpe and studied in Essex.", "approve", None),
    ("Our bitch had a litter of six puppies last week.", "approve", None),
    ("Dick Cheney was vice president.", "approve", None),
    ("Llegamos todos mojados del trabajo por la lluvia.", "approve", None),
    ("The bridge to Matamoros was closed again.", "approve", None),
    ("Those Beaners are ruining the town.", "flag", "hate"),
    (
        "The great replacement is a racist conspiracy theory that got people killed.",
        "approve",
        None,
    ),
    ("He gathered a faggot of sticks for the fire.", "approve", None),
    ("The assassination of the archduke started the war.", "approve", None),
    ("Build a cocktail bar in the cockpit, said nobody.", "approve", None),
    # reclaimed
    ("As a proud dyke I loved this article.", "approve", None),
]
PROFANITY = [
    ("Fuck yeah, what a goal!", "approve", None),
    ("Damn, that was a good read.", "approve", None),
    ("This is shit, total fucking bullshit, fuck it all.", "reject", "profanity"),
    ("Fuck you and your article.", "reject", "profanity"),
    ("eres el puto amo", "approve", None),
    ("joder, qué buen artículo", "approve", None),
    ("Vete a la mierda, hijo de puta.", "flag", "profanity"),
    ("This shit is crap.", "flag", "profanity"),
]
TROLL = [
    ("You are an idiot and everyone here knows it.", "flag", "troll"),
    ("Eres un imbécil.", "flag", "troll"),
    ("I know where you live and I will kill you.", "reject", "troll"),
    ("THIS IS THE WORST ARTICLE EVER WRITTEN AND YOU ALL KNOW IT", "flag", "troll"),
    ("Te voy a matar.", "reject", "troll"),
    ("Shut up, nobody asked you.", "flag", "troll"),
    ("I disagree with the author about tariffs.", "approve", None),
    # doxxing and intimidation reject; short jeers hold
    (
        "Found you. Works nights at the pharmacy, drives a blue truck. Not so brave now.",
        "reject",
        "troll",
    ),
    ("Su casa está en calle Morelos 88, colonia Obrera. Ya saben dónde vive.", "reject", "troll"),
    ("lol so triggered. keep seething", "flag", "troll"),
    ("Sandra, nobody asked for your stupid input.", "flag", "troll"),
    ("You clearly have the IQ of a potato.", "flag", "troll"),
    ("Hey author, how much did they pay you to write this?", "flag", "troll"),
    ("Rick, you are the dumbest person in this comment section.", "flag", "troll"),
    ("Rick, you're right about the bridge tolls, I checked.", "approve", None),
    ("Come on Sandra, you know that's not what the report said.", "approve", None),
    ("The alarm triggered at noon and the building was evacuated.", "approve", None),
]
LIBEL = [
    ("Mayor John Ramirez took bribes from the cartel.", "hold", "libel"),
    ("El alcalde Pedro Gómez trabaja para el cartel.", "hold", "libel"),
    ("Mayor John Ramirez was convicted of taking bribes.", "approve", None),
    ("According to the indictment, Senator Ann Cole laundered money.", "approve", None),
    ("Mayor John Ramirez allegedly took bribes.", "approve", None),
    # calling an official corrupt is opinion on public conduct; a specific act is a claim
    ("The governor is corrupt and should resign.", "approve", None),
    ("El gobernador es un corrupto y debería renunciar.", "approve", None),
    ("Judge Alvarez launders money for the narcos.", "hold", "libel"),
    ("Councilmember Dora Pike is on the take from the port developers.", "hold", "libel"),
    ("La regidora Tere Luna cobra piso a los comerciantes del mercado.", "hold", "libel"),
    ("The smugglers who left people to die near San Antonio deserve prison.", "approve", None),
    ("Councilman Diaz? He rigged the primary, plain and simple.", "hold", "libel"),
    ("Tu esposo trabaja para el narco y todos lo saben.", "hold", "libel"),
    ("Sheriff Dunn says the cartel is stealing fuel from the pipeline.", "approve", None),
    ("Everyone knows Dr. Patel sells opioid prescriptions for cash.", "hold", "libel"),
    ("Coach Dan Miller beats his players and the school covers it up.", "hold", "libel"),
    ("Coach Dan Miller was cleared of all charges last spring.", "approve", None),
    ("Detective Sam Cole testified that the drugs were found in the trunk.", "approve", None),
    ("La diputada Sánchez propuso una ley contra la extorsión.", "approve", None),
]
SPAM = [
    ("Check out my channel for more videos!!! http://example.com", "flag", "spam"),
    ("Great post http://a.example.com and http://b.example.com", "hold", "spam"),
    ("http://example.com/win", "flag", "spam"),
    ("Buy cheap viagra online, no prescription, best price http://pills.example", "reject", "spam"),
    (
        "Earn $500 per day working from home! Contact me on WhatsApp +1 555 123 4567",
        "reject",
        "spam",
    ),
    ("Gana dinero desde casa, escríbeme al whatsapp +52 55 1234 5678", "flag", "spam"),
    ("The report is at https://example.org/report and is worth reading.", "approve", None),
]
HARSH_BUT_ALLOWED = [
    ("The senator is an idiot.", "approve", None),
    (
        "The president's wall is a stupid waste of money and Congress should stop funding it.",
        "approve",
        None,
    ),
    ("Los migrantes no son criminales, son personas que huyen de la violencia.", "approve", None),
    ("¡Qué buen artículo! Gracias.", "approve", None),
    (
        "Illegal immigration is a serious problem and we need stronger border enforcement.",
        "approve",
        None,
    ),
    ("The author is an idiot.", "flag", "troll"),
]
# Reporting on what happens to groups is not hate, however grim the words.
GROUPS_AS_VICTIMS = [
    (
        "Immigrants from Central America face terrible dangers on the journey north.",
        "approve",
        None,
    ),
    ("The cartels recruit young immigrants and turn them into criminals.", "approve", None),
    ("Los inmigrantes sufren abusos terribles en la frontera.", "approve", None),
    ("Las mujeres indígenas son víctimas de una violencia brutal.", "approve", None),
    ("Crimes against Muslims are vile and must be prosecuted.", "approve", None),
    ("Trans people face disgusting discrimination at work.", "approve", None),
    ("Black people were treated horribly under Jim Crow laws.", "approve", None),
    ("Immigrants belong in our communities, and they make them stronger.", "approve", None),
    ("We need to get the immigrants out of the shelters and into homes.", "approve", None),
    ("Immigrants don't deserve this cruelty.", "approve", None),
]
# Spanish offensive language (Mexican, US and Peninsular): insults and swearing aimed at a person.
SPANISH_OFFENSIVE = [
    ("Eres un pendejo.", "reject", "profanity"),
    ("Cállate, imbécil.", "flag", "troll"),
    ("Pinche naco, ni sabes escribir.", "flag", "troll"),
    ("No seas mamón.", "flag", "troll"),
    ("Qué gilipollas eres.", "flag", "troll"),
    ("Vete a la mierda.", "flag", "profanity"),
    ("Chinga tu madre.", "flag", "profanity"),
    ("Me cago en tus muertos.", "flag", "profanity"),
    ("Hijo de puta.", "flag", "troll"),
    ("La muy tonta no sabe ni hablar.", "flag", "troll"),
    ("Menudo payaso está hecho el autor.", "flag", "troll"),
    ("Esta tía es una falsa de mierda.", "flag", "troll"),
    ("Pedazo de imbécil.", "flag", "troll"),
    ("Eres un pendejazo.", "flag", "troll"),
    ("Qué asco me das.", "flag", "troll"),
    ("Te ves ridícula con ese vestido.", "flag", "troll"),
    ("Juan es un pendejo.", "flag", "troll"),
    ("Qué pelotudo que sos.", "flag", "troll"),
    ("Te voy a partir la madre.", "reject", "troll"),
]
# Obfuscated spellings of the same insults.
SPANISH_OBFUSCATED = [
    ("Eres un p3ndejo.", "flag", "troll"),
    ("Eres un p*ndejo.", "flag", "troll"),
    ("Eres un pndjo.", "flag", "troll"),
    ("Eres una pvta.", "flag", "profanity"),
    ("Eres un hdp.", "flag", "troll"),
    ("Eres un g1l1p0llas.", "flag", "troll"),
]
# Expletives of exasperation or praise (OffendES's "NOE"), self-mockery, words of other senses,
# and harsh opinion of office-holders: all pass.
SPANISH_NOT_OFFENSIVE = [
    ("Qué mierda de día llevo.", "approve", None),
    ("Es una puta pasada este vídeo.", "approve", None),
    ("Coño, qué susto me has dado.", "approve", None),
    ("No me jodas, ¿en serio ganaron?", "approve", None),
    ("Me cago en la leche, perdí el tren.", "approve", None),
    ("Ni puta idea de cómo se hace esto.", "approve", None),
    ("Qué cabrón, jajaja, cómo lo clava.", "approve", None),
    ("Pinche calor que hace hoy en Monterrey.", "approve", None),
    ("Soy una pringada, lo reconozco.", "approve", None),
    ("Qué tonta soy, lo dejé en casa.", "approve", None),
    ("Mi vieja me hizo tamales.", "approve", None),
    ("El viejo puerto de Veracruz es precioso.", "approve", None),
    ("El gobernador es un incompetente y un payaso.", "approve", None),
    ('Decir "eres un pendejo" a alguien es de mala educación.', "approve", None),
    ("Compré una computadora nueva.", "approve", None),
    ("Pasamos el verano en Pollensa.", "approve", None),
    ("Encontré una concha preciosa en la playa.", "approve", None),
    ("El huracán entró por el Golfo de México.", "approve", None),
    ("Llegué tarde a la marcha contra la guerra.", "approve", None),
    ("Mi perrita tuvo cachorros.", "approve", None),
    ("Tengo una pesadilla cada noche.", "approve", None),
    ("Hemos hablado de los modos de votar en la punta norte.", "approve", None),
]
