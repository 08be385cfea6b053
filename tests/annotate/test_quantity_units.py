"""Units of quantities and what counts count, named as CQE's unit dictionary names them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from rashomon.annotate.pipeline import make_doc
from rashomon.bench.newsquant import newsquant_unit, rashomon_quantities
from rashomon.quantities.units import is_measure, unit_name


def scorer_units(nlp: Language, sentence: str) -> list[str]:
    """Return the units of a sentence's quantities as the NewsQuant scorer reads them."""
    return [found.unit for found in rashomon_quantities(nlp(make_doc(nlp, sentence, "d", None)))]


def extractor_units(nlp: Language, sentence: str) -> list[str]:
    """Return the units of each quantity the extractor finds, named as NewsQuant names them, before the
    scorer joins "from X to Y" into one range."""
    return [
        newsquant_unit(quantity.unit) for quantity in nlp(make_doc(nlp, sentence, "d", None))._.quantities
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Gusts reached 150 km/h on the coast.", "kilometre per hour"),
        ("Total deposits rose to 17.18 billion N.Z. Dlrs in January.", "new zealand dollar"),
        ("The firm owes 20 mln H.K. dlrs.", "hong kong dollar"),
        ("Sales were 5 mln Dlrs.", "dollar"),
        ("The hybrid gets 52 mpg on the highway.", "mile per gallon"),
        ("The field pumps 90,000 bpd of crude.", "barrel per day"),
        ("The plant will store 500 MWh of power.", "megawatt hour"),
        ("It reached 105 degrees F in Las Vegas.", "fahrenheit"),
        ("He served 12 yrs in the navy.", "year"),
        ("Net profit for the 12 mths fell.", "month"),
        ("The strike lasted six wks.", "week"),
        ("The border lies 80 kms south of the city.", "kilometre"),
        ("The train ran at 300 km/h.", "kilometre per hour"),
        ("The ride took 3 h.", "hour"),
        ("Sales rose 5 per cent.", "percentage"),
        ("The truck dumped 12 yds of gravel.", "yard"),
        ("The fire burned 20 sq miles of forest.", "square mile"),
        ("The flat has 80 sq. metres of floor.", "square metre"),
        ("The ice formed over 2 millennia.", "millennium"),
        ("Stocks rose to 4.5 mln bbls.", "barrel"),
        ("The Fed raised rates by 0.75 percentage points.", "percentage point"),
        ("Support slipped 3 percentage points.", "percentage point"),
        ("Hogs sold at 52 dlrs per cwt.", "dollar per hundredweight"),
        ("The mill ground 500,000 MT of wheat.", "metric ton"),
        ("The trust pays 60 ct per unit.", "cent per unit"),
        ("The bank will drop its 50 ct monthly fee.", "cent"),
        ("The cell is 10 \u03bcm wide.", "micrometre"),
        ("He scored 25 pts in the win.", "point"),
        ("He averaged 27.4 ppg last season.", "point per game"),
        ("The alloy has a yield strength of 80 ksi.", "kilopound per square inch"),
        ("The engine makes 300 lb-ft of torque.", "foot pound-force"),
        ("Torque rose to 300 pound-feet.", "foot pound-force"),
        ("The probe read 10 fA.", "femtoampere"),
        ("It sold 300 EVs last month.", "ev"),
        ("The meeting drew 80 FA officials.", "fa official"),
        ("He won 20 league games.", "league game"),
        ("He bought two packs of cigarettes.", "pack"),
        ("Tighten the bolt to 50 foot-pounds.", "foot pound-force"),
        ("He drove at 90 m.p.h. on the highway.", "mile per hour"),
        ("The phone ships with a 65W charger.", "watt"),
        ("It runs on a 12V battery.", "volt"),
    ],
)
def test_units_take_cqe_names(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("unit", "measure"),
    [("megawatt hour", True), ("brake horsepower", True), ("mile per gallon", True), ("volunteer", False)],
)
def test_units_beyond_quantulums_dictionary_are_measures(unit: str, measure: bool) -> None:
    assert is_measure(unit) is measure


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The carrier flies 30 short-haul aircraft.", "short haul aircraft"),
        ("The plant employs 4,000 full-time workers.", "full time worker"),
        ("The army sent 300 heavily armed police officers.", "armed police officer"),
        ("Aer Lingus bought twelve new long-haul Airbus jets.", "new long haul airbus jet"),
        ("Rescuers found 14 survivors.", "survivor"),
        ("He scored 3 goals per game.", "goal per game"),
        ("The economy added 200,000 jobs a month.", "job per month"),
        ("Two people a year ago died.", "people"),
        ("The town has 40 police stations.", "police station"),
        ("The 12 member panel met on Monday.", "member panel"),
    ],
)
def test_a_count_is_named_by_its_noun_phrase_and_what_it_is_per(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The country exported 3 million 60-kilogram bags of coffee.", ["bag", "kilogram"]),
        ("The firm sold 2,000 20-foot containers.", ["container", "foot"]),
        ("The airline ordered 22 new Boeing 787 Dreamliner jets.", ["new boeing dreamliner jet"]),
    ],
)
def test_a_modifier_with_a_number_of_its_own_is_no_part_of_a_counts_name(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Rents hit $45 a square foot downtown.", "dollar per square foot"),
        ("Coal sold for $85 per metric ton.", "dollar per tonne"),
        ("Water costs $2 per cubic metre.", "dollar per cubic metre"),
        ("Cleaners earn $15 an hour.", "dollar per hour"),
        ("Brent hit $85/barrel.", "dollar per barrel"),
        ("Onions sold at Rs 50/kg.", "rupee per kilogram"),
        ("Tickets cost $5 a year ago.", "dollar"),
        ("The refinery processes 250,000 barrels of oil a day.", "barrel per day"),
        ("The mine yields 40 ounces of pure gold per week.", "ounce per week"),
        ("She drinks 2 cups of coffee a day.", "cup per day"),
        ("Copper sold at 67 cents a pound.", "cent per pound-mass"),
        ("The bank made a $37-a-share offer for its rival.", "dollar per share"),
        ("The $5-per-gallon tax was dropped.", "dollar per gallon"),
        ("Beef costs $5.99 per pound.", "dollar per pound-mass"),
        ("The town has an 80,000 barrel-a-day refinery.", "barrel per day"),
        ("Fares will rise by £30 a-year from May.", "pound sterling per year"),
    ],
)
def test_a_rate_is_per_a_unit_of_several_words(nlp: Language, sentence: str, unit: str) -> None:
    assert [q.unit for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The bombs killed 247 people in Kenya and 10 in Tanzania.", ["people", "people"]),
        ("At least 75 people were killed and 1,643 wounded.", ["people", "people"]),
        ("Revenue was $5 billion and 4 billion the year before.", ["dollar", "-"]),
        ("Sales rose 5% and 3 analysts left.", ["percentage", "analyst"]),
        ("The Nasdaq fell 100 points to 1,847.", ["point", "point"]),
        ("The toll rose by 12 deaths to 340.", ["death", "death"]),
        ("Sales rose 5% to 300.", ["percentage", "-"]),
        ("The storm killed 31 people and injured 140 others.", ["people", "people"]),
        ("The blast killed 12 soldiers and wounded 30 others.", ["soldier", "soldier"]),
    ],
)
def test_a_number_joined_to_a_count_or_reached_by_it_without_a_noun_counts_the_same(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Revs 13.6 mln vs 29.6 mln\n    Note: 1986 net includes a gain.", [None, None]),
        ("The firm sold bonds worth 200\ndollars and hired 40\nworkers.", ["dollars", "workers"]),
    ],
)
def test_a_capitalised_word_beginning_the_next_line_is_a_row_label_not_what_is_counted(
    nlp: Language, text: str, counted: list[str | None]
) -> None:
    quantities = nlp(make_doc(nlp, text, "d", None))._.quantities
    assert [q.counted for q in quantities][-2:] == counted


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("DM", "deutsche mark"),
        ("lire", "italian lira"),
        ("guilders", "dutch guilder"),
        ("crowns", "crown"),
        ("stg", "pound sterling"),
        ("rupees", "rupee"),
    ],
)
def test_currencies_of_news_archives_are_measures_not_counted_things(written: str, name: str) -> None:
    assert unit_name(written) == name
    assert is_measure(name)


def test_a_count_is_not_named_with_a_noun_on_the_next_line(nlp: Language) -> None:
    text = "Sales 7,075,000 vs 2,330,000\n    12 boxes\n    Shr profit 42 cts"
    quantities = nlp(make_doc(nlp, text, "d", None))._.quantities
    assert [q.unit for q in quantities if q.text == "12"] == ["box"]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("To date , 312 confirmed orders for the jet have been received .", ["order"]),
        ("To date, 57 confirmed cases of the disease have been reported.", ["case"]),
        ("Claims rose 12,000 last week to 230,000.", ["-", "-"]),
    ],
)
def test_a_count_the_parser_left_unattached_counts_the_noun_after_its_modifiers(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The index closed at 2,310 today.", ["-"]),
        ("The euro was fixed at 1.0790 yesterday.", ["-"]),
        ("The ship returns in 3 days tomorrow.", ["day"]),
    ],
)
def test_a_day_named_after_a_number_is_not_what_it_counts(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The baby weighed 8 pounds and the fish weighed 300 pounds.", ["pound-mass", "pound-mass"]),
        ("Police seized 300 pounds of cocaine.", ["pound-mass"]),
        ("The club paid 5 million pounds for the striker.", ["pound sterling"]),
        ("Rail fares cost 40 pounds more.", ["pound sterling"]),
    ],
)
def test_pounds_are_a_weight_in_a_sentence_about_weight_or_of_a_thing(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The fund holds 300 million Danish kroner.", "danish krone"),
        ("The firm lost 40 million Norwegian crowns.", "norwegian krone"),
        ("The deal is worth 5 billion renminbi.", "chinese yuan"),
        ("Revenue rose to 1.2 billion RMB.", "chinese yuan"),
        ("The club lost 3 million sterling.", "pound sterling"),
        ("Tickets cost 2,000 taka.", "bangladeshi taka"),
        ("The loan totals 3.1 billion European Currency Units.", "european currency unit"),
        ("The EC set aside 2.5 billion ECUs.", "european currency unit"),
        ("The fund lent 1.2 billion SDRs to the country.", "special drawing right"),
        ("The firm sold 300,000 French francs of bonds.", "french franc"),
        ("Each injected 100 million Finnish markkaa.", "finnish markka"),
        ("The loan was 40 billion drachmas.", "greek drachma"),
        ("Output was 40 mln Canadian dlrs.", "canadian dollar"),
        ("The bank is issuing a 75 mln Australian dlr bond.", "australian dollar"),
    ],
)
def test_currencies_are_named_by_their_other_written_forms(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The stock fell ¥30 to ¥1,250 in Tokyo.", ["japanese yen", "japanese yen"]),
        ("Japanese exporters earned ¥2 trillion.", ["japanese yen"]),
        ("China's exports reached ¥2 trillion.", ["chinese yuan"]),
    ],
)
def test_the_yen_sign_is_the_yen_in_a_sentence_about_japan(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The index fell 100 points to 1,847.", ["point", "point"]),
        ("Claims fell by 12,000 claims to 230,000.", ["claim", "claim"]),
        ("The index slid below the 5,000 mark at 4,907.", ["mark", "-"]),
        ("The index lost 20 points, or 0.5%, to 4,550.", ["point", "percentage", "point"]),
        ("The index lost 20 points, or 0.5%, and 40 more.", ["point", "percentage", "-"]),
        ("Stocks rose 1.1 million barrels to 520 million.", ["barrel", "barrel"]),
        ("The deficit narrowed by $2 billion to 15 billion.", ["dollar", "dollar"]),
        ("The fee rose 30 cents to 4 euros.", ["cent", "euro"]),
        ("Sales rose 5% to 300 million.", ["percentage", "-"]),
    ],
)
def test_a_level_counts_what_the_change_before_it_counted(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The studio made 2 TV series.", "tv series"),
        ("More than 300 MPs voted against the bill.", "mp"),
        ("The firm shipped 5 million PCs.", "pc"),
    ],
)
def test_acronyms_for_things_are_no_units(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Prices ranged from $3 to 5.", "dollar"),
        ("Tickets cost between $40 and 60.", "dollar"),
        ("Rents ranged from £800 to 950.", "pound sterling"),
    ],
)
def test_a_range_written_with_its_unit_on_the_first_end_is_in_that_unit(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The central bank raised its rate to 5.25 from 5 percent.", ["percentage", "percentage"]),
        ("Imports rose to 58.6 million from 32.6 million tonnes.", ["metric ton", "metric ton"]),
        ("The index fell to 102.5 from 104.1 points.", ["point", "point"]),
        ("Losses were pared from 1.20 to 0.60 dollars.", ["dollar", "dollar"]),
        ("The chain grew 5% to 300 from 280 stores.", ["percentage", "store", "store"]),
        ("The notes come in denominations of 1,000 and 5,000 stg.", ["pound sterling", "pound sterling"]),
        ("Fares rose 10 or 12 euros.", ["euro", "euro"]),
        ("Police arrested 12 and charged 8 people.", ["-", "people"]),
        ("The fund returned 1,050 and 5 percent more than its benchmark.", ["-", "percentage"]),
        ("It sells 1.83 and 2 GHz models.", ["gigahertz", "gigahertz"]),
        ("They built 40 and 60 MW turbines.", ["megawatt", "megawatt"]),
        ("About 1.1 million Class C warrants were issued.", ["class c warrant"]),
    ],
)
def test_a_bare_number_leading_to_another_with_to_from_and_or_takes_its_unit(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert extractor_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("He completed 25 of 32 passes.", ["pass", "pass"]),
        ("She hit 7 of 11 shots from the field.", ["shot", "shot"]),
        ("Five of the 12 members voted no.", ["member", "member"]),
        ("One in five adults has diabetes.", ["adult"]),
        ("Five in the group were arrested.", ["-"]),
        ("It has 9 million users, about 5 million in its top 10 markets.", ["user", "-", "top market"]),
    ],
)
def test_a_number_out_of_a_later_count_counts_the_same_things(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Profit 5,100 vs 4,900 Revs 61.2 mln vs 58.3 mln", ["-", "-", "-", "-"]),
        ("Shr loss one ct vs profit two cts", ["cent", "cent"]),
        ("Shr 55 cts vs 41 cts Net 7,300,000 vs 6,100,000 Revs 44.2 mln", ["-", "-"]),
    ],
)
def test_a_table_row_on_one_line_names_no_count_by_the_next_fields_label(
    nlp: Language, text: str, units: list[str]
) -> None:
    assert scorer_units(nlp, text)[-len(units) :] == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Calls dropped less often on the 3GS.", []),
        ("Owners of the 3GS can update for $9.", ["dollar"]),
        ("The phone has 16GB of storage.", ["gigabyte"]),
        ("She ran a 5KM race.", ["kilometre"]),
        ("The farm will produce 5MW of power.", ["megawatt"]),
    ],
)
def test_capitals_glued_to_a_number_are_a_unit_only_as_its_symbol(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Its shares fell from about $42 to four cents.", ["dollar", "cents"]),
        ("The model costs $149 / £99 in shops.", ["dollar", "pound sterling"]),
    ],
)
def test_a_price_before_another_is_not_counted_by_it_nor_per_it(
    nlp: Language, sentence: str, counted: list[str]
) -> None:
    assert [q.counted for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == counted


@pytest.mark.parametrize(
    "sentence",
    [
        "A magnitude 6.8 earthquake struck the coast.",
        "A 7.1 magnitude quake hit the city.",
        "The 6.4-magnitude earthquake shook the valley.",
        "An earthquake of magnitude 7.8 struck at dawn.",
    ],
)
def test_a_quake_is_measured_in_magnitude_wherever_the_scale_is_named(nlp: Language, sentence: str) -> None:
    assert scorer_units(nlp, sentence) == ["magnitude"]
    assert is_measure("magnitude")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("That would create quite a few 'illustrious corpses' and a split.", "illustrious corpse"),
        ('He said 3 "hardliners" left.', "hardliner"),
        ('The board is 12" wide.', "inch"),
    ],
)
def test_a_quote_mark_is_feet_or_inches_only_glued_to_the_number(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert [q.unit for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The grid stored 400 megawatt hours on Sunday.", "megawatt hour"),
        ("Demand reached 20 terawatt-hours.", "terawatt hour"),
        ("The farm sold 3 gigawatt hours of power.", "gigawatt hour"),
        ("The battery holds 75 kilowatt-hours.", "kilowatt hour"),
    ],
)
def test_a_unit_of_several_words_is_read_in_the_plural(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The baby weighed 7 pounds 3 ounces.", ["pound-mass", "ounce"]),
        ("The boy was 5 feet 11 inches tall.", ["foot", "inch"]),
        ("The fund raised pounds 3 million.", ["pound sterling"]),
    ],
)
def test_a_currency_name_after_a_number_is_not_the_unit_of_the_next(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The park covers 500 km2 of moorland.", "square kilometre"),
        ("The park covers 500 km² of moorland.", "square kilometre"),
        ("The dam holds 40 million m3 of water.", "cubic metre"),
        ("The glacier lost 3 km³ of ice.", "cubic kilometre"),
        ("They rent a 90m2 flat.", "square metre"),
        ("The flat is 90 sqm.", "square metre"),
        ("The scar measured 4 cm2 in all.", "square centimetre"),
        ("The office has 2,000 sqft of space.", "square foot"),
    ],
)
def test_a_power_after_a_unit_of_length_makes_an_area_or_volume(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("M2", None),
        ("A3", None),
        ("Mb", "megabit"),
        ("Gb", "gigabit"),
        ("GB", "gigabyte"),
        ("ºC", "degree Celsius"),
        ("PS", "horsepower"),
        ("ps", None),
    ],
)
def test_symbols_read_in_their_exact_case(written: str, name: str | None) -> None:
    assert unit_name(written) == name


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("It was 40ºC in Seville.", "celsius"), ("Lines of 10Mb are common.", "megabit")],
)
def test_a_number_glued_to_an_ordinal_degree_or_bits_is_read(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The boy, aged 3 months, recovered.", "month of age"),
        ("The foal, aged 10 days, was sold.", "day of age"),
        ("A teenager aged 16 was arrested.", "year of age"),
    ],
)
def test_an_age_after_aged_is_in_the_time_unit_written_after_it(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The airline ordered 50 787s on Monday.", "787"),
        ("The navy flies 40 F-16s.", "f-16"),
        ("The carrier leased six A350s.", "a350"),
        ("Some 40 NGOs signed the letter.", "ngo"),
    ],
)
def test_a_model_number_or_acronym_in_the_plural_names_a_count_in_the_singular(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The carmaker will receive CA$ 1 billion.", "canadian dollar"),
        ("The plant gets AU$52.5 million in aid.", "australian dollar"),
        ("The ticket costs Mex$ 500.", "mexican peso"),
        ("The fare is KSh 300.", "kenyan shilling"),
        ("The loan is GH₵ 2 million.", "ghanaian cedi"),
    ],
)
def test_currencies_are_read_by_their_country_letters_before_the_dollar_sign(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "The firm will cut 4,300 jobs in France, 3,700 in Germany and 400 in Spain.",
            ["job", "job", "job"],
        ),
        ("The quake killed 120 people in Chile, 40 in Bolivia.", ["people", "people"]),
    ],
)
def test_a_list_that_leaves_the_noun_out_counts_the_noun_of_its_first_item(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("About 54,000 people work for the firm, about 25,000 of them in Germany.", ["people", "people"]),
        ("The chain has 300 stores, 40 of which are in Texas.", ["store", "store"]),
    ],
)
def test_a_number_of_them_counts_what_was_counted_before(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [("He ran the 100m in 9.58s.", ["metre", "second"]), ("The 1990s were good to her.", [])],
)
def test_an_s_glued_to_a_decimal_is_seconds_and_to_a_whole_number_a_plural(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The utility needs R5bn to keep going.", ["south african rand"]),
        ("The loan was R 2 million.", ["south african rand"]),
        ("Take the R2 north.", []),
    ],
)
def test_an_r_before_a_scaled_sum_is_the_rand(nlp: Language, sentence: str, units: list[str]) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("More than 3,000 Tesla owners joined the lawsuit.", "tesla owner"),
        ("An estimated 10,000 protesters marched through the capital.", "protester"),
        ("Nearly 500 Afghan refugees arrived on Tuesday.", "afghan refugee"),
    ],
)
def test_a_name_or_a_qualifier_is_no_unit_of_a_count(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Tesla's 100 stores closed on Monday.", "tesla store"),
        ("Britain's 27 million households face higher bills.", "britain household"),
        ("Its 300 stores closed on Monday.", "store"),
        ("The company's 5,000 employees went on strike.", "employee"),
    ],
)
def test_a_count_is_named_with_the_name_that_owns_the_things(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The deal is worth 5 million Moroccan dirhams.", "moroccan dirham"),
        ("The deal is worth 5 million Qatari riyals.", "qatari riyal"),
        ("The deal is worth 5 million Sri Lankan rupees.", "sri lankan rupee"),
        ("The deal is worth 5 million Kuwaiti dinars.", "kuwaiti dinar"),
    ],
)
def test_a_countrys_dirham_riyal_rupee_or_dinar_is_not_another_countrys(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("He died at age 85 in Paris.", "year of age"),
        ("Children ages 5 to 11 can get the vaccine.", "year of age"),
        ("People aged over 50 are eligible.", "year of age"),
    ],
)
def test_a_number_after_age_or_aged_and_a_qualifier_is_an_age(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Children under 5 are most at risk.", ["year of age"]),
        ("People over 65 should get the booster.", ["year of age"]),
        ("The boat carried people over 200 miles.", ["mile"]),
    ],
)
def test_people_over_or_under_a_bare_number_are_of_that_age(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The TV is 55in across.", ["inch"]),
        ("It rose 5 in March.", ["-"]),
        ("The car did 80kmh on the bypass.", ["kilometre per hour"]),
        ("The workers got 20mSv in a year.", ["millisievert"]),
    ],
)
def test_units_glued_to_their_numbers_are_read(nlp: Language, sentence: str, units: list[str]) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Of the 120 passengers, 80 were rescued.", ["passenger", "passenger"]),
        ("Of the 500 workers at the plant, 300 will lose their jobs.", ["worker", "worker"]),
    ],
)
def test_a_bare_number_after_a_fronted_of_phrase_counts_its_noun(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Two more plants will close in 2008, another two in 2012.", ["plant", "plant"]),
        ("The maker has delivered 5,700 jets, with orders for 2,200 more.", ["jet", "jet"]),
    ],
)
def test_another_or_more_without_a_noun_counts_what_was_counted_before(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A 5,000-strong crowd gathered.", "crowd"),
        ("The 1,000-strong workforce went on strike.", "workforce"),
    ],
)
def test_a_body_so_many_strong_counts_its_members(nlp: Language, sentence: str, unit: str) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A $5bn deal was signed on Monday.", "dollar"),
        ("A$5bn was raised in Sydney.", "australian dollar"),
        ("US $5 billion was raised.", "dollar"),
    ],
)
def test_an_article_apart_from_a_dollar_sign_is_no_country_prefix(
    nlp: Language, sentence: str, unit: str
) -> None:
    assert scorer_units(nlp, sentence) == [unit]


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Up to 2ft of snow fell, with 6in of rain in places.", ["foot", "inch"]),
        ("The laptop's screen is 15.6in wide.", ["inch"]),
        ("He scored 2 in the final.", ["-"]),
    ],
)
def test_in_written_against_digits_is_inches(nlp: Language, sentence: str, units: list[str]) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The talks ran into a 2½-hour session.", ["hour"]),
        ("They took a ½-mile walk after lunch.", ["mile"]),
    ],
)
def test_a_fraction_character_hyphened_to_a_unit_measures_in_it(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The 6-foot-5 forward scored twice.", ["foot", "inch"]),
        ("Her brother is 5-feet-11 now.", ["foot", "inch"]),
        ("He is 6 feet 2 inches tall.", ["foot", "inch"]),
    ],
)
def test_a_height_hyphened_in_feet_and_inches_gives_both(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("About 1 in 3 children live in poverty.", ["child"]),
        ("Some 2 in 5 firms expect cuts.", ["firm"]),
    ],
)
def test_in_before_a_spaced_number_is_no_cubic_inch(nlp: Language, sentence: str, units: list[str]) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The club signed two new players and released three.", ["new player", "new player"]),
        ("The storm killed 12 people, injured 30 and left 2,000 homeless.", ["people", "people", "people"]),
        ("The firm hired 200 engineers last year but fired 50 this year.", ["engineer", "engineer"]),
        ("The guards fought 40 rioters, and the police arrested 12.", ["rioter", "-"]),
        ("The bank has 450 branches and employs 12,000.", ["branch", "-"]),
    ],
)
def test_a_bare_object_of_a_joined_verb_without_a_subject_counts_the_earlier_objects_things(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The fleet has 30 jets (24 A320s and 6 A321s).", ["jet", "a320", "a321"]),
        ("The airline ordered 12 A350s.", ["a350"]),
    ],
)
def test_a_model_plural_read_as_a_number_is_what_a_number_before_it_counts(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The council said that 60 of its 6,500 have lost money.", ["-", "-"]),
        ("The council said that 60 of its 6,500 members have lost money.", ["member", "member"]),
    ],
)
def test_a_bare_number_after_of_names_nothing_a_number_before_it_counts(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Twelve climbers reached the summit, three turned back.", ["climber", "climber"]),
        ("Ten soldiers were killed, 14 were wounded.", ["soldier", "soldier"]),
        ("Twelve climbers reached the summit but three turned back.", ["climber", "climber"]),
        ("Ten firms bid for the contract, whereas 3 withdrew.", ["firm", "firm"]),
        ("Ten soldiers were killed on Monday; 14 were wounded.", ["soldier", "-"]),
    ],
)
def test_a_bare_subject_after_a_comma_beside_a_counted_subject_counts_the_same_things(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The crowd swelled to 10,000 by noon.", ["crowd"]),
        ("The company's workforce grew to 15,000.", ["workforce"]),
        ("The workforce is 2,000.", ["workforce"]),
        ("The team scored 3.", ["-"]),
        ("Paine Group fell 1/2 to 36.", ["-", "-"]),
        ("The army put the number of refugees at 400.", ["refugee"]),
    ],
)
def test_a_level_reached_by_a_body_of_members_counts_its_members(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Sales of electric cars rose to 250,000 last year.", ["electric car"]),
        ("Exports of tractors fell to 1,200 in March.", ["tractor"]),
        ("Sales of wheat rose to 2 million.", ["-"]),
        ("Sales rose to 300,000.", ["-"]),
        ("Sales of 500 tonnes were one-fifth below last week.", ["metric ton", "-"]),
    ],
)
def test_a_level_of_a_flow_of_things_counts_the_things(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("A crowd numbering 5,000 gathered outside.", ["crowd"]),
        ("The protesters, numbering about 5,000, blocked the road.", ["protester"]),
        ("The army, which numbers 40,000, is poorly equipped.", ["army"]),
        ("Police put the crowd at 20,000.", ["crowd"]),
        ("Analysts put the shares at 40.", ["-"]),
    ],
)
def test_a_clause_or_verb_that_sizes_a_body_or_plural_noun_counts_it(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The rate fell by half a point.", ["point"]),
        ("Half the workers went on strike.", ["worker"]),
        ("He paid half a million dollars.", ["dollar"]),
    ],
)
def test_a_number_as_predeterminer_counts_the_noun_after_it(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "The airline, which lost money for a third year running, said it could order 5, 10 or perhaps 15 "
            "new jets once the merger, which regulators are still studying, is approved.",
            ["new jet", "new jet", "new jet"],
        ),
        (
            "The club expects to sign three, four or maybe five new players before the window shuts.",
            ["new player", "new player", "new player"],
        ),
    ],
)
def test_a_number_listed_after_another_counts_what_the_list_counts(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        (
            "The company said 30 (mostly elderly) residents of the care home had been moved to hospital.",
            ["resident"],
        ),
        ("Police said 12 (all unarmed) protesters were hurt in the clashes.", ["protester"]),
        ("The deal is worth $40 billion (30 billion pounds) to the firm.", ["dollar", "pound sterling"]),
    ],
)
def test_an_aside_in_brackets_between_a_number_and_its_noun_is_passed_over(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "unit", "counted"),
    [
        ("Police seized 1,100 e-bikes stolen abroad.", "e bike", "e-bikes"),
        ("The shop sold 300,000 T-shirts in the sale.", "t shirt", "T-shirts"),
        ("The hospital carried out 4,000 x-rays last month.", "x ray", "x-rays"),
        ("The firm sent 2 million e-mails to customers.", "e mail", "e-mails"),
        ("The party named 40 co-workers of the leader.", "co worker", "co-workers"),
        ("They dug a 10 km-long tunnel.", "kilometre", "km"),
    ],
)
def test_a_noun_split_at_its_hyphens_is_counted_whole(
    nlp: Language, sentence: str, unit: str, counted: str
) -> None:
    [found] = nlp(make_doc(nlp, sentence, "d", None))._.quantities
    assert (newsquant_unit(found.unit), found.counted) == (unit, counted)


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Prices rose 2, 3 and 5 cents.", ["cent", "cent", "cent"]),
        ("Scores were 12, 14, 20 and 25 points.", ["point"] * 4),
        ("Temperatures of 95 and 100 degrees Fahrenheit were recorded.", ["fahrenheit", "fahrenheit"]),
        ("He bought 3, then 4 apples.", ["-", "apple"]),
        ("Highs of 90, 95 and 100 degrees Fahrenheit are expected.", ["fahrenheit"] * 3),
        ("Lows of 10, 15 and 20 degrees Celsius are forecast.", ["celsius"] * 3),
        ("He sold 3, and she later bought 40 apples.", ["-", "apple"]),
    ],
)
def test_the_numbers_of_a_list_share_the_unit_after_the_last(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Fenway is one of the oldest ballparks in America.", ["old ballpark america"]),
        ("They are two of the most successful clubs in Europe.", ["successful club europe"]),
        ("He sold 12 cars in the world last year.", ["car"]),
    ],
)
def test_a_superlative_takes_what_it_is_most_among_into_the_unit(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("It offers a 185-hp four-cylinder engine.", ["horsepower", "cylinder"]),
        ("The temperature was 2.14degF higher.", ["fahrenheit"]),
        ("Carbon levels were at 1200 parts per million.", ["parts-per-million"]),
        ("A 100-mile-an-hour wind hit the coast.", ["mile per hour"]),
        ("The firm runs a 5-barrel-a-day still.", ["barrel per day"]),
        ("Deaths rose from 12 people to 40.", ["people", "people"]),
        ("Fuel economy climbed from 21 mpg combined to 23 for the model.", ["mile per gallon"] * 2),
    ],
)
def test_units_hyphened_glued_or_carried_to_the_level_reached(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert extractor_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("Holders were offered C$8 (US$5.90) per share.", ["canadian dollar per share", "dollar"]),
        ("The farms earn 3 billion rand ($160 million) a year.", ["south african rand per year", "dollar"]),
    ],
)
def test_a_rate_after_a_sum_restated_in_brackets_is_the_rate_of_the_sum(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert extractor_units(nlp, sentence) == units


@pytest.mark.parametrize(
    ("sentence", "units"),
    [
        ("The storm flooded 2,000 houses, including 300 in the old port.", ["house", "house"]),
        ("She expects to miss a match or two this season.", ["match"]),
        ("The club may sign another striker or two in January.", ["striker"]),
        ("The deal includes 5 million in cash.", ["-"]),
    ],
)
def test_a_number_with_no_noun_counts_the_group_or_the_thing_it_adds_to(
    nlp: Language, sentence: str, units: list[str]
) -> None:
    assert scorer_units(nlp, sentence) == units


def test_the_scale_of_the_group_is_no_part_of_what_its_part_counts(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Exports were 2.5 mln tonnes (including 400,000 shipped by rail).", "d", None))
    assert [(q.counted, q.unit) for q in doc._.quantities] == [("tonnes", "tonne"), ("tonnes", "tonne")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("The 4500sq m site was sold.", "square metre"), ("They rent a 700sq ft flat.", "square foot")],
)
def test_sq_glued_to_a_number_squares_the_unit_after_it(nlp: Language, sentence: str, unit: str) -> None:
    assert extractor_units(nlp, sentence) == [unit]


def test_metric_horsepower_after_a_number_and_pounds_in_ascii_before_one_are_read_apart(
    nlp: Language,
) -> None:
    sentence = "The 150 PS engine added PS1,200 to the price."
    assert extractor_units(nlp, sentence) == ["horsepower", "pound sterling"]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Acme Corp said its 40 stores would close.", "stores of Acme Corp"),
        ("Norway's 12 ministers met on Monday.", "ministers of Norway"),
        ("Jane Baglini said its 320 creditor banks would meet.", "creditor banks"),
        ("Smith sold his 40 shares.", "shares"),
    ],
)
def test_the_owner_of_what_is_counted_is_named_through_a_possessive(
    nlp: Language, sentence: str, counted: str
) -> None:
    assert [q.counted for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == [counted]


@pytest.mark.parametrize(
    ("sentence", "measured"),
    [
        ("Chile, which cut its 20 billion dollar budget, held rates.", "budget of Chile"),
        ("Ghana's 3 billion dollar loan was signed.", "loan of Ghana"),
        ("The 3 billion dollar loan was signed.", "loan"),
    ],
)
def test_the_owner_of_what_is_measured_is_named_through_a_possessive(
    nlp: Language, sentence: str, measured: str
) -> None:
    assert [q.measured for q in nlp(make_doc(nlp, sentence, "d", None))._.quantities] == [measured]
