"""What befalls those counted: the words that name each outcome, as a verb, an adjective or a noun."""

from __future__ import annotations

OUTCOME_WORDS = {
    "killed": ("killed died dead slain perished", "death deaths fatality fatalities dead"),
    "injured": ("injured wounded hurt", "injury injuries injured"),
    "arrested": ("arrested detained", "arrest arrests detainee detainees"),
    "evacuated": ("evacuated fled displaced", "evacuee evacuees"),
    "dismissed": ("dismissed fired sacked", "layoff layoffs"),
    "destroyed": ("destroyed razed flattened", ""),
    "damaged": ("damaged", ""),
}
"""What befalls those counted, each outcome with the words that end a counted phrase by it ("people died",
"protesters detained") and the nouns that count those it befell by the happening itself ("57 deaths", "30
arrests", "12,500 evacuees"): phrases of one outcome count the same thing however worded, phrases of two
never do."""
OUTCOMES = {word: outcome for outcome, (endings, _) in OUTCOME_WORDS.items() for word in endings.split()}
OUTCOME_STATES = frozenset(OUTCOMES) | {"homeless", "missing"}
"""Words for the state something left people in ("left 300 dead", "2,000 homeless", "three missing")."""
OUTCOME_NOUNS = {word: outcome for outcome, (_, nouns) in OUTCOME_WORDS.items() for word in nouns.split()}
