"""Screen-pop templates: what they expand to, what they refuse, and that no caller's data can
change a URL's structure or a command's arguments."""

from __future__ import annotations

import shlex
import subprocess
from dataclasses import fields
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.core import Call, CallDirection, CallPhase, ConfigurationError
from agentdesk.screen_pop import (
    OPTIONS,
    VARIABLES,
    CallMoment,
    CallVariables,
    CommandTemplate,
    PathSegmentError,
    ScreenPopTemplate,
    Slot,
    TemplateError,
    UrlTemplate,
    clean_value,
    parse_pieces,
    parse_template,
    screen_pop_templates,
    split_windows,
)

CALL = Call(
    id="c-42",
    direction=CallDirection.INBOUND,
    number="601 123 456",
    phase=CallPhase.RINGING,
    name="Petr Svoboda",
    queue="Support",
)
VALUES = CallVariables.of_call(CALL, agent="jnovak", vendor="daktela", region="CZ")
EVIL = (
    "x@evil.example/",
    "#frag",
    "?a=b&c=d",
    "%2F",
    "\r\n",
    "../",
    "a b",
    "-rf",
    "$(id)",
    "..",
    ".",
)
# What a value must not make of a path segment it stands in alone (dot segments are resolved,
# an empty one merged): such a URL is refused.
MOVING_SEGMENTS = ("", ".", "..")


def url(text: str) -> UrlTemplate:
    template = parse_template("screen_pop_ringing", text)
    assert isinstance(template, UrlTemplate)
    return template


def command(text: str, *, windows: bool = False) -> CommandTemplate:
    template = parse_template("screen_pop_ringing", text, windows=windows)
    assert isinstance(template, CommandTemplate)
    return template


def problem(text: str, *, windows: bool = False) -> str:
    with pytest.raises(TemplateError) as caught:
        parse_template("screen_pop_answered", text, windows=windows)
    error = caught.value
    assert isinstance(error, ConfigurationError)
    assert error.option == "screen_pop_answered"
    assert str(error) == f"screen_pop_answered: {error.problem}"
    assert "\n" not in str(error)
    return error.problem


# -- options and variables --


def test_the_three_options() -> None:
    assert OPTIONS == ("screen_pop_ringing", "screen_pop_answered", "screen_pop_ended")
    assert [m.option for m in CallMoment] == list(OPTIONS)


def test_the_variables_are_the_dataclass_fields() -> None:
    assert tuple(f.name for f in fields(CallVariables)) == VARIABLES


def test_variables_of_a_call() -> None:
    assert (
        CallVariables(
            number="601 123 456",
            number_e164="+420601123456",
            name="Petr Svoboda",
            queue="Support",
            call_id="c-42",
            direction="inbound",
            agent="jnovak",
            vendor="daktela",
        )
        == VALUES
    )


def test_variables_of_an_outbound_call_without_name_or_queue() -> None:
    call = Call("c-1", CallDirection.OUTBOUND, "+421905111222", CallPhase.TALKING)
    variables = CallVariables.of_call(call, agent="a", vendor="okitoki", region="CZ")
    assert variables.direction == "outbound"
    assert variables.name == variables.queue == ""
    assert variables.number_e164 == "+421905111222"


def test_without_a_region_only_international_numbers_have_an_e164_form() -> None:
    national = CallVariables.of_call(CALL, agent="a", vendor="v", region=None)
    assert national.number_e164 == ""
    plus = Call("c", CallDirection.INBOUND, "+420 601 123 456", CallPhase.RINGING)
    assert CallVariables.of_call(plus, agent="a", vendor="v").number_e164 == "+420601123456"


def test_a_caller_id_that_is_no_number_has_an_empty_e164_form() -> None:
    call = Call("c", CallDirection.INBOUND, "anonymous", CallPhase.RINGING)
    assert CallVariables.of_call(call, agent="a", vendor="v", region="CZ").number_e164 == ""


def test_control_characters_are_removed_from_values() -> None:
    assert clean_value("60\r\n1\x00\x1b[31m\u2028\ud800x\u0085") == "601[31mx"
    assert clean_value("Žluťoučký kůň 🐎") == "Žluťoučký kůň 🐎"


# -- URLs --


def test_every_variable_expands_in_a_url() -> None:
    template = url("https://crm.example.com/p?" + "&".join(f"{v}={{{v}}}" for v in VARIABLES))
    query = dict(parse_qsl(urlsplit(template.expand(VALUES)).query))
    assert query == {
        "number": "601 123 456",
        "number_e164": "+420601123456",
        "name": "Petr Svoboda",
        "queue": "Support",
        "call_id": "c-42",
        "direction": "inbound",
        "agent": "jnovak",
        "vendor": "daktela",
    }


def test_url_values_are_percent_encoded() -> None:
    template = url("https://crm.example.com/search?phone={number_e164}&who={name}")
    assert template.expand(VALUES) == (
        "https://crm.example.com/search?phone=%2B420601123456&who=Petr%20Svoboda"
    )


@pytest.mark.parametrize("value", EVIL)
def test_a_malicious_caller_id_stays_in_its_slot(value: str) -> None:
    template = url("https://crm.example.com/c/{name}/v?q={number}")
    if clean_value(value) in MOVING_SEGMENTS:
        with pytest.raises(PathSegmentError):
            template.expand(CallVariables(name=value, number=value))
        return
    expanded = template.expand(CallVariables(name=value, number=value))
    parts = urlsplit(expanded)
    assert (parts.scheme, parts.netloc, parts.fragment) == ("https", "crm.example.com", "")
    assert parts.path.split("/")[:2] == ["", "c"] and parts.path.endswith("/v")
    assert len(parts.path.split("/")) == 4
    assert [key for key, _ in parse_qsl(parts.query, keep_blank_values=True)] == ["q"]
    assert unquote(parts.path.split("/")[2]) == clean_value(value)


def test_double_braces_are_literal() -> None:
    # A URL cannot hold a raw brace: the literal ones are percent-encoded.
    assert url("https://crm/x?a={{b}}&n={number}").expand(VALUES) == (
        "https://crm/x?a=%7Bb%7D&n=601%20123%20456"
    )
    assert parse_pieces("{{{number}}}") == ("{", Slot("number"), "}")
    json = command("crm '--json={{\"n\":{call_id}}}'")
    assert json.expand(VALUES) == ["crm", '--json={"n":c-42}']


def test_scheme_case_and_surrounding_space_do_not_matter() -> None:
    assert (
        url("  HTTPS://crm.example.com/{call_id} ").expand(VALUES) == "HTTPS://crm.example.com/c-42"
    )
    assert url("http://crm:8080/?id={call_id}").expand(VALUES) == "http://crm:8080/?id=c-42"


def test_a_url_without_variables_is_fine() -> None:
    assert url("https://crm.example.com/").expand(VALUES) == "https://crm.example.com/"
    assert url("https://crm/a%2Fb?q=%C4%8D[1]").expand(VALUES) == "https://crm/a%2Fb?q=%C4%8D[1]"


# -- commands --


def test_every_variable_expands_in_a_command() -> None:
    template = command("/usr/bin/crm " + " ".join(f"--{v}={{{v}}}" for v in VARIABLES))
    assert template.expand(VALUES) == [
        "/usr/bin/crm",
        "--number=601 123 456",
        "--number_e164=+420601123456",
        "--name=Petr Svoboda",
        "--queue=Support",
        "--call_id=c-42",
        "--direction=inbound",
        "--agent=jnovak",
        "--vendor=daktela",
    ]


def test_a_command_is_split_before_the_values_go_in() -> None:
    template = command("/usr/bin/firefox --new-tab https://crm/{number}")
    evil = CallVariables(number="1; rm -rf ~ && echo $(id) | sh\n'\"` x")
    assert template.expand(evil) == [
        "/usr/bin/firefox",
        "--new-tab",
        "https://crm/1; rm -rf ~ && echo $(id) | sh'\"` x",
    ]


def test_quoted_arguments_keep_their_spaces() -> None:
    template = command("crm --title 'Call from {name}' \"{queue} queue\"")
    assert template.expand(VALUES) == ["crm", "--title", "Call from Petr Svoboda", "Support queue"]


def test_a_value_alone_as_an_argument_cannot_become_an_option() -> None:
    template = command("crm --phone {number} {name}{queue} x{name}")
    variables = CallVariables(number="--config=/tmp/evil", name="", queue="-x", call_id="1")
    assert template.expand(variables) == ["crm", "--phone", "config=/tmp/evil", "x", "x"]
    assert command("crm --phone={number}").expand(variables) == [
        "crm",
        "--phone=--config=/tmp/evil",
    ]


def test_an_empty_value_is_still_its_own_argument() -> None:
    template = command("crm --name {name} --queue {queue}")
    assert template.expand(CallVariables()) == ["crm", "--name", "", "--queue", ""]


def test_windows_commands_keep_quoted_program_paths() -> None:
    template = command('"C:\\Program Files\\CRM\\crm.exe" --phone {number}', windows=True)
    assert template.program == "C:\\Program Files\\CRM\\crm.exe"
    assert template.expand(VALUES) == ["C:\\Program Files\\CRM\\crm.exe", "--phone", "601 123 456"]


def test_windows_values_cannot_become_options_either() -> None:
    template = command("crm.exe {number}", windows=True)
    assert template.expand(CallVariables(number="/s -x")) == ["crm.exe", "s -x"]


def test_windows_splitting_follows_the_c_runtime() -> None:
    assert split_windows('a "b c" d\\e "f\\"g" h\\\\"i j" "" k\t l') == [
        "a",
        "b c",
        "d\\e",
        'f"g',
        "h\\i j",
        "",
        "k",
        "l",
    ]
    with pytest.raises(ValueError, match="No closing quotation"):
        split_windows('crm "open')


@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"))
    )
)
def test_windows_splitting_inverts_list2cmdline(arguments: list[str]) -> None:
    assert split_windows(subprocess.list2cmdline(arguments)) == arguments


# -- validation --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://crm/?n={phone}", "unknown variable {phone} (known: {number}, {number_e164}"),
        ("https://crm/?n={}", "unknown variable {}"),
        ("https://crm/?n={Number}", "unknown variable {Number}"),
        ("https://crm/?n={number!r}", "unknown variable {number!r}"),
        ("https://crm/?n={number:>9}", "unknown variable {number:>9}"),
        ("https://crm/?n={number", "unbalanced braces: '{' at position 16 is never closed"),
        ("https://crm/?n={{number}", "unbalanced braces: '}' at position 24 closes nothing"),
        ("https://crm/?n=number}", "unbalanced braces: '}' at position 22 closes nothing"),
        ("crm {na{number}", "unbalanced braces: '{' at position 5 is never closed"),
        ("{vendor}://crm/x", "the URL's scheme must not contain a variable"),
        ("http{{s}}://crm/x", "only http:// and https:// URLs can be opened, not http{s}://"),
        ("https://{agent}.crm.example.com/x", "the URL's host must not contain a variable"),
        ("https://crm.example.com{number}/x", "the URL's host must not contain a variable"),
        ("https://crm.example.com:{number}", "the URL's host must not contain a variable"),
        ("https://{agent}@crm.example.com/", "the URL's host must not contain a variable"),
        ("https://crm.example.com{number}", "the URL's host must not contain a variable"),
        ("https:///search?q={number}", "the URL has no host"),
        ("https://", "the URL has no host"),
        ("ftp://crm/{number}", "only http:// and https:// URLs can be opened, not ftp://"),
        ("file:///etc/{number}", "only http:// and https:// URLs can be opened, not file://"),
        ("javascript://x/%0Aalert({number})", "not javascript://"),
        ("://crm/{number}", "only http:// and https:// URLs can be opened, not ://"),
        ("https://crm/search?q=a {number}", "the URL contains a space or a control character"),
        ("https://crm/?q=<{number}>", "the URL contains < >, which a URL must percent-encode"),
        ('https://crm/?q="{number}"|x', 'the URL contains " |, which a URL must percent-encode'),
        ("https://crm/?q=100%&n={number}", "the URL has a % not followed by two hex digits"),
        ("https://crm/?q=%zz{number}", "the URL has a % not followed by two hex digits"),
        ('""', "the command is empty"),
        ("''", "the command is empty"),
        ("{number} --x", "the program '{number}' must not contain a variable"),
        ("/opt/{vendor}/crm --x", "the program '/opt/{vendor}/crm' must not contain a variable"),
        ("crm 'open", "the command cannot be split into arguments (No closing quotation)"),
        ("crm open\\", "the command cannot be split into arguments (No escaped character)"),
    ],
)
def test_every_problem_is_named_in_one_line(text: str, expected: str) -> None:
    assert expected in problem(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"C:\\CRM\\crm.exe', "No closing quotation"),
        ('"C:\\CRM\\pop.bat" {number}', "a .bat or .cmd program runs through cmd.exe"),
        ("C:\\CRM\\pop.CMD {number}", "a .bat or .cmd program runs through cmd.exe"),
        ('"" {number}', "the command is empty"),
        ('"{vendor}.exe" x', "must not contain a variable"),
    ],
)
def test_windows_problems(text: str, expected: str) -> None:
    assert expected in problem(text, windows=True)


def test_an_empty_option_pops_nothing() -> None:
    assert parse_template("screen_pop_ended", "") is None
    assert parse_template("screen_pop_ended", "   ") is None


def test_the_options_of_a_profile() -> None:
    templates = screen_pop_templates(
        {
            "screen_pop_ringing": "https://crm/?n={number}",
            "screen_pop_answered": "",
            "screen_pop_ended": "crm --ended {call_id}",
            "api_version": "4.0",
        }
    )
    assert set(templates) == {CallMoment.RINGING, CallMoment.ENDED}
    assert isinstance(templates[CallMoment.RINGING], UrlTemplate)
    assert isinstance(templates[CallMoment.ENDED], CommandTemplate)
    assert templates[CallMoment.ENDED].option == "screen_pop_ended"
    assert screen_pop_templates({}) == {}


def test_the_first_wrong_option_is_named() -> None:
    with pytest.raises(TemplateError, match=r"^screen_pop_ended: unknown variable \{who\}"):
        screen_pop_templates(
            {"screen_pop_ringing": "https://crm/{number}", "screen_pop_ended": "crm {who}"}
        )


# -- properties: no value changes the structure --

URL_TEMPLATE = "https://crm.example.com:8443/a/{number}/b;p?x={name}&y=1&z={queue}#f{call_id}"


@given(st.text(), st.text(), st.text(), st.text())
def test_no_value_changes_a_urls_structure(number: str, name: str, queue: str, cid: str) -> None:
    template = url(URL_TEMPLATE)
    variables = CallVariables(number=number, name=name, queue=queue, call_id=cid)
    if clean_value(number) in MOVING_SEGMENTS:  # {number} stands alone in a path segment
        with pytest.raises(PathSegmentError):
            template.expand(variables)
        return
    parts = urlsplit(template.expand(variables))
    assert (parts.scheme, parts.netloc) == ("https", "crm.example.com:8443")
    segments = parts.path.split("/")
    assert len(segments) == 4 and segments[:2] == ["", "a"] and segments[3] == "b;p"
    assert unquote(segments[2]) == clean_value(number)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    assert [key for key, _ in pairs] == ["x", "y", "z"]
    assert dict(pairs) == {"x": clean_value(name), "y": "1", "z": clean_value(queue)}
    assert parts.fragment.startswith("f") and unquote(parts.fragment[1:]) == clean_value(cid)


COMMANDS = (
    "/usr/bin/firefox --new-tab https://crm/{number}",
    "crm --phone {number} --name={name} '{queue} queue' {call_id}{name}",
    '/opt/crm/bin/pop "{name}" -- {number}',
)


@given(st.sampled_from(COMMANDS), st.text(), st.text(), st.text(), st.text())
def test_no_value_changes_a_commands_arguments(
    text: str, number: str, name: str, queue: str, cid: str
) -> None:
    template = command(text)
    variables = CallVariables(number=number, name=name, queue=queue, call_id=cid)
    argv = template.expand(variables)
    words = shlex.split(text)
    assert len(argv) == len(words)
    assert argv[0] == words[0]
    for word, argument in zip(words[1:], argv[1:], strict=True):
        if word.startswith("{"):
            assert not argument.startswith("-")
        if "{" not in word:
            assert argument == word
    assert all(clean_value(argument) == argument for argument in argv)


@given(st.sampled_from(COMMANDS), st.text(), st.text(), st.text())
def test_no_value_changes_a_windows_commands_arguments(
    text: str, number: str, name: str, queue: str
) -> None:
    text = text.replace("'", '"')
    template = command(text, windows=True)
    argv = template.expand(CallVariables(number=number, name=name, queue=queue))
    words = split_windows(text)
    assert len(argv) == len(words)
    assert argv[0] == words[0]
    for word, argument in zip(words[1:], argv[1:], strict=True):
        if word.startswith("{"):
            assert not argument.startswith(("-", "/"))


@given(st.text())
def test_parsing_any_text_raises_only_template_errors(text: str) -> None:
    for windows in (False, True):
        try:
            template: ScreenPopTemplate | None = parse_template(
                "screen_pop_ringing", text, windows=windows
            )
        except TemplateError:
            continue
        if template is not None:
            template.expand(VALUES)
