"""Phone numbers from the clipboard, links and free text: NumberError or a number, nothing
else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from agentdesk import phone
from agentdesk.phone import NumberError
from tests.property.strategies import FUZZ, traps, typed_error

NUMBERISH = st.text(alphabet=st.sampled_from("0123456789+-() ./#*;@?=%:x٣²\u00a0"), max_size=30)
PREFIXES = st.sampled_from(["", "tel:", "TEL:", "callto://", "sip:", "sips:", "mailto:", "tel:%"])
REGIONS = st.sampled_from(["CZ", "cz", "RU", "UY", "US", "", "XX", "ZZZ", "001"]) | st.text(
    max_size=3
)
TEXTS = NUMBERISH | st.text(max_size=40) | traps


@FUZZ
@given(TEXTS, REGIONS)
def test_parse(text: str, region: str) -> None:
    numbers: list[phone.PhoneNumber] = []
    error = typed_error(NumberError, lambda: numbers.append(phone.parse(text, region)))
    if error is not None:
        assert str(error)
        return
    [number] = numbers
    assert number.e164.startswith("+")
    assert phone.to_e164(text, region) == number.e164
    assert phone.for_humans(text, region)


@FUZZ
@given(PREFIXES, TEXTS, REGIONS)
def test_from_uri(prefix: str, text: str, region: str) -> None:
    error = typed_error(NumberError, lambda: phone.from_uri(prefix + text, region))
    assert error is None or str(error)


@FUZZ
@given(st.lists(NUMBERISH | st.text(max_size=20), max_size=6).map(" ".join), REGIONS)
def test_find_numbers(text: str, region: str) -> None:
    found = phone.find_numbers(text, region, limit=5)
    assert len(found) <= 5
    assert all(n.e164.startswith("+") for n in found)


# Words around a number in a selection (an e-mail signature, a CRM page), without digits
# or the characters a number may be written with, so they cannot extend it.
WORDS = st.text(
    alphabet=st.characters(
        blacklist_categories=("Nd", "No", "Cs"), blacklist_characters="+-()./#*x·"
    ),
    max_size=40,
)
KNOWN = st.sampled_from(
    [
        ("+420 777 123 456", "CZ", "+420777123456"),
        ("777 123 456", "CZ", "+420777123456"),
        ("+7 (916) 111-22-33", "RU", "+79161112233"),
        ("099 124 484", "UY", "+59899124484"),
        ("(201) 555-0123", "US", "+12015550123"),
    ]
)


@FUZZ
@given(WORDS, KNOWN, WORDS)
def test_a_number_in_selected_text_is_found_whatever_surrounds_it(
    before: str, known: tuple[str, str, str], after: str
) -> None:
    written, region, e164 = known
    found = phone.find_numbers(f"{before} {written} {after}", region)
    assert [n.e164 for n in found] == [e164]


@FUZZ
@given(TEXTS, REGIONS)
def test_dial_target(text: str, region: str) -> None:
    # What the dial bar and `ctl dial` send: an extension as typed, an E.164 number, or a
    # NumberError saying why not in one short line.
    targets: list[str] = []
    error = typed_error(NumberError, lambda: targets.append(phone.dial_target(text, region)))
    if error is not None:
        assert str(error) and "\n" not in str(error) and len(str(error)) < 200
        return
    [target] = targets
    assert target == phone.internal_number(text) or (
        target.startswith("+") and target[1:].isdigit()
    )
