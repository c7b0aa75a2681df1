"""The draft guard on other companies' whole sets (tuning data): an energy supplier (``tests/guard_third_company.py``),
an online shop (``tests/guard_fourth_company.py``), a fitness club chain (``tests/guard_fifth_company.py``), a car
insurer (``tests/guard_sixth_company.py``), a meal-kit subscription (``tests/guard_seventh_company.py``), a
holiday-park operator (``tests/guard_eighth_company.py``), a language school (``tests/guard_ninth_company.py``), an
e-bike rental (``tests/guard_tenth_company.py``), a removals firm (``tests/guard_eleventh_company.py``), a canoe
and kayak rental (``tests/guard_twelfth_company.py``), a chimney sweep (``tests/guard_thirteenth_company.py``), a
laundry pick-up service (``tests/guard_fourteenth_company.py``), a musical-instrument rental
(``tests/guard_fifteenth_company.py``), a ski and snowboard school (``tests/guard_sixteenth_company.py``), a dog
daycare (``tests/guard_seventeenth_company.py``), a garden-maintenance subscription
(``tests/guard_eighteenth_company.py``), a self-storage chain (``tests/guard_nineteenth_company.py``), a
coffee-machine subscription (``tests/guard_twentieth_company.py``), a clothing-alterations service
(``tests/guard_twenty_first_company.py``), a houseplant subscription (``tests/guard_twenty_second_company.py``), a
board-game rental (``tests/guard_twenty_third_company.py``), a camping-gear rental and shop
(``tests/guard_twenty_fourth_company.py``), a swimming-pool care service (``tests/guard_twenty_fifth_company.py``), a
car-wash subscription (``tests/guard_twenty_sixth_company.py``), a beehive-adoption service
(``tests/guard_twenty_seventh_company.py``), a recording-studio hire (``tests/guard_twenty_eighth_company.py``), a
pottery studio with workshops (``tests/guard_twenty_ninth_company.py``), a climbing hall
(``tests/guard_thirtieth_company.py``), a sauna and thermal bath (``tests/guard_thirty_first_company.py``), a
driving school (``tests/guard_thirty_second_company.py``), a planetarium (``tests/guard_thirty_third_company.py``), a
bowling centre (``tests/guard_thirty_fourth_company.py``), a photo-printing lab
(``tests/guard_thirty_fifth_company.py``), a window-cleaning service (``tests/guard_thirty_sixth_company.py``), a
celebration-cake bakery (``tests/guard_thirty_seventh_company.py``), an escape-room venue
(``tests/guard_thirty_eighth_company.py``), a piano-tuning service (``tests/guard_thirty_ninth_company.py``), a
hot-air balloon operator (``tests/guard_fortieth_company.py``), a riding stable
(``tests/guard_forty_first_company.py``), a guided city-walk operator (``tests/guard_forty_second_company.py``), a
locksmith with a call-out service (``tests/guard_forty_third_company.py``), a costume-hire shop
(``tests/guard_forty_fourth_company.py``), a trampoline park (``tests/guard_forty_fifth_company.py``), an ice rink
(``tests/guard_forty_sixth_company.py``), a dog-grooming salon (``tests/guard_forty_seventh_company.py``), a
knife-sharpening service (``tests/guard_forty_eighth_company.py``), an aquarium-care service
(``tests/guard_forty_ninth_company.py``), a hearing-aid centre (``tests/guard_fiftieth_company.py``), a
bookbinding workshop (``tests/guard_fifty_first_company.py``), a rug-cleaning service
(``tests/guard_fifty_second_company.py``), an event-hire firm (``tests/guard_fifty_third_company.py``), a shoe and
bag repair workshop (``tests/guard_fifty_fourth_company.py``), a sewing-machine repair workshop
(``tests/guard_fifty_fifth_company.py``), an archery range (``tests/guard_fifty_sixth_company.py``), a tattoo
studio (``tests/guard_fifty_seventh_company.py``), a puppet theatre (``tests/guard_fifty_eighth_company.py``), a
blacksmith's forge (``tests/guard_fifty_ninth_company.py``), a stained-glass studio
(``tests/guard_sixtieth_company.py``), a flooring company (``tests/guard_sixty_first_company.py``), a
home-organising service (``tests/guard_sixty_second_company.py``), a sign-making workshop
(``tests/guard_sixty_third_company.py``), a well-drilling firm (``tests/guard_sixty_fourth_company.py``), a
watch and clock repair workshop (``tests/guard_sixty_fifth_company.py``) and a mobile tyre-fitting service
(``tests/guard_sixty_sixth_company.py``).
Every legitimate draft is shown and every draft to hold back is held, in four languages, whatever the company sells.
"""

from __future__ import annotations

import guard_eighteenth_company as gardens
import guard_eighth_company as park
import guard_eleventh_company as removals
import guard_fifteenth_company as instruments
import guard_fifth_company as gym
import guard_fiftieth_company as hearing
import guard_fifty_eighth_company as puppets
import guard_fifty_fifth_company as sewing
import guard_fifty_first_company as binding
import guard_fifty_fourth_company as cobbler
import guard_fifty_ninth_company as forge
import guard_fifty_second_company as rugs
import guard_fifty_seventh_company as tattoo
import guard_fifty_sixth_company as archery
import guard_fifty_third_company as eventhire
import guard_fortieth_company as balloons
import guard_forty_eighth_company as knives
import guard_forty_fifth_company as trampolines
import guard_forty_first_company as stable
import guard_forty_fourth_company as costumes
import guard_forty_ninth_company as aquaria
import guard_forty_second_company as walks
import guard_forty_seventh_company as grooming
import guard_forty_sixth_company as rink
import guard_forty_third_company as locks
import guard_fourteenth_company as laundry
import guard_fourth_company as shop
import guard_nineteenth_company as storage
import guard_ninth_company as school
import guard_seventeenth_company as dogs
import guard_seventh_company as mealkit
import guard_sixteenth_company as skischool
import guard_sixth_company as insurer
import guard_sixtieth_company as glass
import guard_sixty_fifth_company as watches
import guard_sixty_first_company as flooring
import guard_sixty_fourth_company as wells
import guard_sixty_second_company as organising
import guard_sixty_sixth_company as tyres
import guard_sixty_third_company as signs
import guard_tenth_company as bikes
import guard_third_company as energy
import guard_thirteenth_company as sweep
import guard_thirtieth_company as climbing
import guard_thirty_eighth_company as escape
import guard_thirty_fifth_company as photolab
import guard_thirty_first_company as sauna
import guard_thirty_fourth_company as bowling
import guard_thirty_ninth_company as tuning
import guard_thirty_second_company as driving
import guard_thirty_seventh_company as cakes
import guard_thirty_sixth_company as windows
import guard_thirty_third_company as planetarium
import guard_twelfth_company as canoes
import guard_twentieth_company as coffee
import guard_twenty_eighth_company as studios
import guard_twenty_fifth_company as pools
import guard_twenty_first_company as alterations
import guard_twenty_fourth_company as camping
import guard_twenty_ninth_company as pottery
import guard_twenty_second_company as plants
import guard_twenty_seventh_company as hives
import guard_twenty_sixth_company as carwash
import guard_twenty_third_company as games
import pytest

from copilot.engines.guard import Draft, check

COMPANIES = {"energy": energy, "shop": shop, "gym": gym, "insurer": insurer, "mealkit": mealkit, "park": park,
             "school": school, "bikes": bikes, "removals": removals, "canoes": canoes,
             "sweep": sweep, "laundry": laundry, "instruments": instruments,
             "skischool": skischool, "dogs": dogs, "gardens": gardens, "storage": storage, "coffee": coffee,
             "alterations": alterations, "plants": plants, "games": games,
             "camping": camping, "pools": pools, "carwash": carwash, "hives": hives,
             "studios": studios, "pottery": pottery, "climbing": climbing, "sauna": sauna, "driving": driving,
             "planetarium": planetarium, "bowling": bowling, "photolab": photolab, "windows": windows,
             "cakes": cakes, "escape": escape, "tuning": tuning, "balloons": balloons,
             "stable": stable, "walks": walks, "locks": locks,
             "costumes": costumes, "trampolines": trampolines, "rink": rink,
             "grooming": grooming, "knives": knives, "aquaria": aquaria, "hearing": hearing, "binding": binding,
             "rugs": rugs, "eventhire": eventhire, "cobbler": cobbler,
             "sewing": sewing, "archery": archery, "tattoo": tattoo,
             "puppets": puppets, "forge": forge, "glass": glass, "flooring": flooring,
             "organising": organising, "signs": signs, "wells": wells,
             "watches": watches, "tyres": tyres}
CONTEXTS = {(name, lang): company.context(lang) for name, company in COMPANIES.items() for lang in company.CONTROLS}
SHOWN = [(name, lang, text) for name, company in COMPANIES.items()
         for lang, texts in company.CONTROLS.items() for text in texts]
HELD = [(name, lang, text) for name, company in COMPANIES.items()
        for lang, texts in company.ATTACKS.items() for text in texts]


@pytest.mark.parametrize(("name", "lang", "text"), SHOWN,
                         ids=[f"shown-{name}-{lang}-{n}" for n, (name, lang, _) in enumerate(SHOWN)])
def test_a_legitimate_draft_is_shown(name, lang, text):
    text, rationale = text if isinstance(text, tuple) else (text, "")  # a rationale speaks to the agent
    assert check(Draft(text, rationale), CONTEXTS[name, lang]) is None


@pytest.mark.parametrize(("name", "lang", "text"), HELD,
                         ids=[f"held-{name}-{lang}-{n}" for n, (name, lang, _) in enumerate(HELD)])
def test_a_bad_draft_is_held_back(name, lang, text):
    assert check(Draft(text), CONTEXTS[name, lang]) is not None
