"""Our own probe sentences for the training report: neutral mentions of groups (identity-term
bias) and harsh but legitimate political opinion. Written for this project; not from any data set.
"""

NEUTRAL_IDENTITY = (
    "Muslims in our town are opening a new community center.",
    "Jewish families gathered for the holiday.",
    "Immigrants pay taxes and work hard.",
    "Gay couples can adopt children in this state.",
    "Women won most of the seats in the last election.",
    "Black voters turned out in record numbers.",
    "Migrant workers pick most of the fruit grown in the valley.",
    "The refugee family moved into the apartment upstairs.",
    "Mexican restaurants line the main street downtown.",
    "Trans athletes were the topic of the school board debate.",
    "My neighbour is a deaf carpenter who builds beautiful tables.",
    "Asian American students organised the lunar new year festival.",
    "Hispanic business owners met with the governor on Monday.",
    "Christians and Muslims shared a meal at the interfaith dinner.",
    "Disabled veterans asked Congress for better clinic access.",
)

HARSH_POLITICAL = (
    "The senator's tax plan is a reckless giveaway and voters should throw him out in November.",
    "I disagree with the mayor about the new bridge; the budget numbers simply do not add up.",
    "The trade deal with Mexico deserves a serious debate about jobs on both sides of the border.",
    "Congress keeps failing on immigration reform and both parties share the blame for it.",
    "This administration's border policy is cruel, incompetent and a national embarrassment.",
    "The governor lied about the pension fund and should resign before the next session.",
)
