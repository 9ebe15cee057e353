"""Our own probe sentences for the training report: neutral mentions of groups and positive
statements about them (identity-term bias), and harsh but legitimate political opinion. Written
for this project; not from any data set.
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

# "<group> are <good>": the shape hate speech takes most often, with a kind predicate. A model
# that learnt the shape instead of the predicate scores these high.
POSITIVE_IDENTITY = (
    "Muslims are kind and generous people.",
    "Immigrants are hardworking and make this country stronger.",
    "Women are brilliant scientists and leaders.",
    "Black people are beautiful.",
    "Gay people are just as loving as anyone else.",
    "Mexicans are some of the friendliest people I have met.",
    "Jews are an important part of our community.",
    "Refugees are welcome here.",
    "Trans people deserve respect and safety.",
    "Disabled people are capable of amazing things.",
    "I love working with my Muslim colleagues.",
    "Asian families in my street are so welcoming.",
    "Migrants are people with the same dreams as ours.",
    "Latinos are the heart of this city.",
    "Women are strong.",
    "We should protect immigrants from abuse.",
)

HARSH_POLITICAL = (
    "The senator's tax plan is a reckless giveaway and voters should throw him out in November.",
    "I disagree with the mayor about the new bridge; the budget numbers simply do not add up.",
    "The trade deal with Mexico deserves a serious debate about jobs on both sides of the border.",
    "Congress keeps failing on immigration reform and both parties share the blame for it.",
    "This administration's border policy is cruel, incompetent and a national embarrassment.",
    "The governor lied about the pension fund and should resign before the next session.",
)
