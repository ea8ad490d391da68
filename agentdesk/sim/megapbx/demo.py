"""The demo agent's own small contacts list: it answers the PBX's ``contact`` command and
names callers on the card, as the agent's local contacts would (``--demo --vendor megapbx``).
"""

# Cyrillic names are the point of the demo's contacts: RUF001 would flag their letters.
# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path
from typing import Final

from agentdesk.store.contacts import Contact, ContactDirectory

DEMO_CONTACTS: Final = (
    Contact("Сергей Кузнецов", ("+79101234567",), "ООО «Рога и копыта»"),
    Contact("Ольга Смирнова", ("+79161112233",), "ИП Смирнова"),
    Contact("Дмитрий Волков", ("+79037776655",)),
    Contact("Айгерим Садыкова", ("+77012345678",), "ТОО «Шанырак»"),
)


def demo_contacts() -> ContactDirectory:
    """The demo's contacts, in memory: never saved, the path only names where they would go."""
    return ContactDirectory(Path("megapbx-demo-contacts.json"), DEMO_CONTACTS)
