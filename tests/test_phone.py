import pytest

from agentdesk.phone import NumberError, find_numbers, for_humans, from_uri, parse, to_e164


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("601 234 567", "+420601234567"),
        ("+420 601-234-567", "+420601234567"),
        ("00420601234567", "+420601234567"),
        ("(601) 234 567", "+420601234567"),
        ("+34 912 345 678", "+34912345678"),
    ],
)
def test_numbers_are_read_in_e164(text: str, e164: str) -> None:
    assert parse(text, "CZ").e164 == e164


@pytest.mark.parametrize(
    ("text", "why"),
    [("", "no number"), ("hello", "no digits"), ("12", "wrong length"), ("+", "no digits")],
)
def test_junk_is_refused_with_a_reason(text: str, why: str) -> None:
    with pytest.raises(NumberError, match=why):
        parse(text, "CZ")
    assert to_e164(text) is None


def test_numbers_are_shown_national_at_home_and_international_abroad() -> None:
    assert for_humans("601234567", "CZ") == "601 234 567"
    assert for_humans("00420601234567", "CZ") == "601 234 567"
    assert for_humans("+34912345678", "CZ") == "+34 912 34 56 78"
    assert for_humans("200", "CZ") == "200"  # an extension stays as it is


@pytest.mark.parametrize(
    "uri",
    [
        "tel:+420601234567",
        "tel:+420-601-234-567;phone-context=example.com",
        "callto://+420601234567",
        "sip:+420601234567@pbx.example.com",
        "TEL:%2B420601234567",
    ],
)
def test_links_give_their_number(uri: str) -> None:
    assert from_uri(uri, "CZ").e164 == "+420601234567"


def test_a_link_of_another_scheme_is_refused() -> None:
    with pytest.raises(NumberError, match="not a tel:"):
        from_uri("https://example.com/601234567")


def test_numbers_are_found_in_free_text_once_each() -> None:
    text = "Call Petr on 601 234 567 or +34 912 345 678; again: +420601234567."
    assert [n.e164 for n in find_numbers(text, "CZ")] == ["+420601234567", "+34912345678"]
    assert find_numbers("nothing here", "CZ") == []
