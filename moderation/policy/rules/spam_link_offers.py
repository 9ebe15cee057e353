"""More words of a sale that make a link to a site's front page a pitch (clause `spam`, read by
`spam._site_pitch` beside its own families).

Each family names an offer a reader has no reason to make in passing: a prize to win, money
to put in, a service sold to businesses, a price "from", a post that promises what "the media
won't tell you", the writer's own blog said to be better than the post. They count only in a
comment that links to a site's front page or one short page of it, so a reader citing an
article, a report or a petition ("Firmen aquí: <site>/alumbrado") is untouched, and a community
notice needs a second family as before.

No rule is registered here.
"""

from __future__ import annotations

# Over folded text (lower case, no accents), like `spam._COMMERCE`; each string is one family.
LINK_OFFERS: tuple[str, ...] = (
    # a prize to win by signing up ("Gana un iPhone 15", "win a free cruise", "te regalan 500")
    r"\b(?:gana|ganate|ganen|gane|win|won) (?:un |una |a |an |free |gratis |\d+ )?"
    r"(?:iphones?|ipads?|celulares?|pantallas?|tablets?|premios?|prizes?|gift cards?|"
    r"tarjetas? de regalo|viajes?|cruise|trip|(?:\d[\d,.]* )?(?:pesos|dolares|dollars|usd))\b|"
    r"\b(?:te|les) regalan \$? ?\d|\bgana en dolares\b|\b(?:sorteo|rifa|giveaway)s?\b",
    # money put in for a return ("invierte desde 5,000 pesos", "invest with us")
    r"\b(?:invierte|inviertan|invierta|invest|investing) (?:en|desde|con|in|with|from)\b|"
    r"\b(?:recibe|recibes|reciben|get|receive) (?:ganancias|rendimientos|profits|returns|"
    r"payouts)\b|\b(?:the only|la unica) (?:crypto|cripto|coin|moneda)\b",
    # a service sold to a business or a buyer ("SEO para tu negocio", "Buy Google reviews")
    r"\b(?:seo|web design|diseno web|paginas web|sitios web|websites?) (?:para|for) (?:tu|su|your)"
    r" (?:negocio|empresa|business|small business)\b|"
    r"\b(?:buy|compra|compre|venta de) (?:google |yelp |5 star |cinco estrellas )?"
    r"(?:reviews|resenas|followers|seguidores|likes)\b|"
    r"\bprimeros lugares en google\b|\bfirst page (?:of|on) google\b",
    # a price "from", or postage added ("pages from $99", "$24.95 plus shipping")
    r"\bfrom \$ ?\d[\d,.]*|\$ ?\d[\d,.]* (?:plus|\+) shipping\b|\bmas envio\b|"
    r"\b(?:el )?precio es de \$? ?\d|\b(?:crowns|coronas|limpiezas|cleanings|implants|implantes)"
    r" (?:desde |from )?\$ ?\d",
    # a post sold as what others hide ("the real story here", "lo que los medios no le dicen")
    r"\bthe real story here\b|\bthe truth about (?:\w+ ){0,2}(?:they|the media)\b|"
    r"\b(?:what|that) the (?:media|news|government) (?:won'?t|doesn'?t|don'?t|will not) "
    r"(?:tell|show) you\b|\b(?:que|lo que) los medios no (?:te|le|les|nos) (?:dicen|cuentan|"
    r"muestran)\b|\bbefore (?:she|he|they) deleted it\b",
    # the writer's own blog said to be better than the post ("Lee mi blog, es mejor que este")
    r"\b(?:my|mi) (?:blog|site|sitio|pagina|channel|canal)\b[^.!?]{0,25}\b(?:better|mejor que)\b|"
    r"\b(?:lee|lean|leanme|read) (?:mi|my) (?:blog|sitio|pagina|site)\b",
)
