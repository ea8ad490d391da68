from agentdesk.ui.text import fill


def test_placeholders_are_filled_once_in_any_order() -> None:
    assert fill("%2 said: %1", "no", "Daktela") == "Daktela said: no"
    assert fill("Cannot reach %1: %2", "https://x.test/a%20b", "timeout") == (
        "Cannot reach https://x.test/a%20b: timeout"
    )
    assert fill("%1 and %3", "a") == "a and %3"
