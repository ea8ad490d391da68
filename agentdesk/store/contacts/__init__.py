"""The agent's local contacts: names for numbers the call centre does not know.

- :mod:`.directory`: the directory itself, stored as JSON in the user data dir with every
  number in E.164, and its lookups: a caller's number for the caller card, a name or the
  first digits for the dial field's completion.
- :mod:`.importing`: a CSV export (Outlook, Google, a spreadsheet) or a vCard 3.0/4.0 file
  (phones, Thunderbird) into the directory, with a report; :mod:`.reading` reads such a file
  (its encoding, its format, its numbers), :mod:`.csv_reader` and :mod:`.vcard_reader` the
  two formats.
- :mod:`.records`: the contact, the completion hit and the error the others share.

Nothing here touches Qt. Loading, saving and importing read files: call them through
``asyncio.to_thread`` from the GUI.
"""

from agentdesk.store.contacts.csv_reader import read_csv, sniff_delimiter
from agentdesk.store.contacts.directory import FILE_VERSION, ContactDirectory, contacts_path
from agentdesk.store.contacts.importing import ImportReport, SkippedLine, SkipReason, import_file
from agentdesk.store.contacts.reading import MAX_IMPORT_BYTES, decode_text
from agentdesk.store.contacts.records import Candidate, Contact, ContactHit, ContactsError, fold
from agentdesk.store.contacts.vcard_reader import read_vcards

__all__ = [
    "FILE_VERSION",
    "MAX_IMPORT_BYTES",
    "Candidate",
    "Contact",
    "ContactDirectory",
    "ContactHit",
    "ContactsError",
    "ImportReport",
    "SkipReason",
    "SkippedLine",
    "contacts_path",
    "decode_text",
    "fold",
    "import_file",
    "read_csv",
    "read_vcards",
    "sniff_delimiter",
]
