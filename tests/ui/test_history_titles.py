"""Every column of Recent calls is at least as wide as its title, in every language: the
fixed starting widths cut "Recording" to "Recordin"."""

from __future__ import annotations

from typing import Any

import pytest

from agentdesk.ui.history_model import HistoryColumn
from agentdesk.ui.history_view import HistoryView
from agentdesk.ui.i18n import LANGUAGES, Translations
from tests.ui.conftest import RecordingMessageBus


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_no_column_title_is_cut(
    translations: Translations, qtbot: Any, messages: RecordingMessageBus, language: str
) -> None:
    assert translations.install(language)
    view = HistoryView(messages)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    cut = {
        view.proxy.headerData(column, header.orientation()): (
            header.sectionSize(column),
            header.sectionSizeHint(column),
        )
        for column in HistoryColumn
        if header.sectionSize(column) < header.sectionSizeHint(column)
    }
    assert cut == {}
