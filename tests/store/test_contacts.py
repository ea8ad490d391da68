"""Local contacts: imports from CSV and vCard, E.164 lookup, completion search, the file."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from agentdesk.core.records import CallerInfo
from agentdesk.store.contacts import (
    Contact,
    ContactDirectory,
    ContactsError,
    SkippedLine,
    SkipReason,
    decode_text,
    import_file,
    sniff_delimiter,
)

CSV_WITH_BOM = (
    "\ufeffJméno;Příjmení;Firma;Mobil;Telefon 2\r\n"
    "Jana;Nováková;Acme s.r.o.;601 234 567;\r\n"
    'Petr;Svoboda;;+420 777 888 999;"00420 222 333 444"\r\n'
    ";;;hello;\r\n"
    "Karel;Černý;;;\r\n"
    "Eva;Malá;;602 111 222;not a number\r\n"
    ";;;603 000 111;\r\n"
)

VCARD = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Zdeněk Dlouhý\r\n"
    "N:Dlouhý;Zdeněk;;;\r\n"
    "ORG:Dlouhý\\, Novák a spol.;Sales\r\n"
    'item1.TEL;TYPE="cell,voice":+420 604\r\n'
    " 555 666\r\n"
    "TEL;TYPE=fax:+420 222 000 000\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "N:Smith;John;;;\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:+44-20-7946-0958\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Nobody Reachable\r\n"
    "EMAIL:nobody@example.com\r\n"
    "END:VCARD\r\n"
)


@pytest.fixture
def directory(tmp_path: Path) -> ContactDirectory:
    return ContactDirectory(tmp_path / "data" / "contacts.json")


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def test_csv_import_with_bom_semicolons_and_junk(
    directory: ContactDirectory, tmp_path: Path
) -> None:
    report = import_file(directory, write(tmp_path, "export.csv", CSV_WITH_BOM), "CZ")
    assert (report.file_format, report.encoding) == ("csv", "utf-8")
    assert (report.added, report.updated, report.unchanged) == (3, 0, 0)
    assert report.skipped == [
        SkippedLine(4, SkipReason.NOT_A_NUMBER, "hello"),
        SkippedLine(5, SkipReason.NO_NUMBER, "Karel Černý"),
        SkippedLine(7, SkipReason.NO_NAME, "+420603000111"),
    ]
    assert str(report.skipped[0]) == "line 4: not a phone number (hello)"
    assert report.dropped == [SkippedLine(6, SkipReason.NOT_A_NUMBER, "not a number")]
    assert directory.contacts == (
        Contact("Jana Nováková", ("+420601234567",), "Acme s.r.o."),
        Contact("Petr Svoboda", ("+420777888999", "+420222333444")),
        Contact("Eva Malá", ("+420602111222",)),
    )


def test_vcard_import_with_folded_lines(directory: ContactDirectory, tmp_path: Path) -> None:
    report = import_file(directory, write(tmp_path, "phone.vcf", VCARD), "CZ")
    assert report.file_format == "vcard"
    assert report.added == 2
    assert report.skipped == [SkippedLine(15, SkipReason.NO_NUMBER, "Nobody Reachable")]
    assert directory.contacts == (
        # The fax number is left out: nobody calls it from a contact centre.
        Contact("Zdeněk Dlouhý", ("+420604555666",), "Dlouhý, Novák a spol."),
        Contact("John Smith", ("+442079460958",)),
    )


def test_vcard_21_quoted_printable(directory: ContactDirectory, tmp_path: Path) -> None:
    card = (
        "BEGIN:VCARD\nVERSION:2.1\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nov=C3=A1kov=C3=A1;Jana;;;\n"
        "TEL;CELL:601234567\nEND:VCARD\n"
    )
    import_file(directory, write(tmp_path, "old.vcf", card), "CZ")
    assert directory.contacts == (Contact("Jana Nováková", ("+420601234567",)),)


def test_windows_encodings_are_recognised(directory: ContactDirectory, tmp_path: Path) -> None:
    czech = "Jméno,Telefon\nŽofie Řeháková,601 234 567\n".encode("cp1250")
    report = import_file(directory, write(tmp_path, "cz.csv", czech), "CZ")
    assert report.encoding == "cp1250"
    russian = "Имя,Телефон\nИван Петров,+7 912 345 67 89\n".encode("cp1251")  # noqa: RUF001
    report = import_file(directory, write(tmp_path, "ru.csv", russian), "CZ")
    assert report.encoding == "cp1251"
    assert [c.name for c in directory.contacts] == ["Žofie Řeháková", "Иван Петров"]
    assert decode_text(b"plain ascii") == ("plain ascii", "utf-8")


def test_csv_without_header_and_google_multi_numbers(
    directory: ContactDirectory, tmp_path: Path
) -> None:
    import_file(directory, write(tmp_path, "plain.csv", "Jana Nováková\t601 234 567\n"), "CZ")
    google = (
        "Name,Given Name,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name\n"
        "Petr Svoboda,Petr,Mobile,777 888 999 ::: 222 333 444,Acme\n"
    )
    import_file(directory, write(tmp_path, "google.csv", google), "CZ")
    assert directory.contacts == (
        Contact("Jana Nováková", ("+420601234567",)),
        Contact("Petr Svoboda", ("+420777888999", "+420222333444"), "Acme"),
    )


@pytest.mark.parametrize(
    ("line", "delimiter"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb", "\t"), ('"x;y",b,c', ","), ("name", ",")],
)
def test_delimiter_sniffing(line: str, delimiter: str) -> None:
    assert sniff_delimiter(line) == delimiter


def test_reimport_updates_and_counts_unchanged(directory: ContactDirectory, tmp_path: Path) -> None:
    import_file(directory, write(tmp_path, "a.csv", "Name,Phone\nJana,601234567\n"), "CZ")
    report = import_file(
        directory,
        write(tmp_path, "b.csv", "Name,Phone,Company\nJana,601234567,\nJana N.,601234567,Acme\n"),
        "CZ",
    )
    assert (report.added, report.updated, report.unchanged) == (0, 1, 1)
    assert directory.contacts == (Contact("Jana N.", ("+420601234567",), "Acme"),)


def test_lookup_in_e164_from_any_written_form(directory: ContactDirectory, tmp_path: Path) -> None:
    import_file(directory, write(tmp_path, "export.csv", CSV_WITH_BOM), "CZ")
    expected = CallerInfo(
        number="+420601234567", name="Jana Nováková", company="Acme s.r.o.", source="contacts"
    )
    for written in ("601 234 567", "+420601234567", "00420 601-234-567", "(601) 234 567"):
        assert directory.lookup(written) == expected
    assert directory.lookup("222333444", "CZ") is not None
    assert directory.lookup("601 999 999") is None
    assert directory.lookup("hello") is None


def test_search_by_name_and_number(directory: ContactDirectory, tmp_path: Path) -> None:
    import_file(directory, write(tmp_path, "export.csv", CSV_WITH_BOM), "CZ")

    def found(text: str) -> list[tuple[str, str]]:
        return [(hit.contact.name, hit.number) for hit in directory.search(text)]

    assert found("nova") == [("Jana Nováková", "+420601234567")]  # accents ignored
    assert found("SVO") == [("Petr Svoboda", "+420777888999"), ("Petr Svoboda", "+420222333444")]
    assert found("acme") == [("Jana Nováková", "+420601234567")]  # the company counts
    assert found("e") == [("Eva Malá", "+420602111222")]  # name start before word start
    assert found("777 88") == [("Petr Svoboda", "+420777888999")]
    assert found("+420 60") == [("Jana Nováková", "+420601234567"), ("Eva Malá", "+420602111222")]
    assert found("00420222") == [("Petr Svoboda", "+420222333444")]
    assert found("") == found("zzz") == found("7") == []
    assert len(directory.search("+420", limit=2)) == 2


def test_saved_atomically_and_loaded_back(directory: ContactDirectory, tmp_path: Path) -> None:
    import_file(directory, write(tmp_path, "phone.vcf", VCARD), "CZ")
    files = sorted(p.name for p in directory.path.parent.iterdir())
    assert files == ["contacts.json"]  # no temporary file left behind
    assert directory.path.stat().st_mode & 0o077 == 0  # private to the user
    data = json.loads(directory.path.read_text(encoding="utf-8"))
    assert data["version"] == 1
    loaded = ContactDirectory.load(directory.path)
    assert loaded.contacts == directory.contacts
    assert loaded.lookup("+44 20 7946 0958") is not None


def test_missing_file_is_empty_and_broken_file_says_so(tmp_path: Path) -> None:
    assert len(ContactDirectory.load(tmp_path / "none.json")) == 0
    broken = write(tmp_path, "broken.json", "{not json")
    with pytest.raises(ContactsError, match="cannot read the contacts"):
        ContactDirectory.load(broken)
    with pytest.raises(ContactsError, match="cannot read"):
        import_file(ContactDirectory(tmp_path / "c.json"), tmp_path / "missing.csv")


async def test_a_few_thousand_contacts_through_a_thread(tmp_path: Path) -> None:
    rows = "\n".join(f"Person {i} Novák,60{i:07d}" for i in range(3000))
    source = write(tmp_path, "big.csv", "Name,Phone\n" + rows + "\n")
    directory = ContactDirectory(tmp_path / "contacts.json")
    report = await asyncio.to_thread(import_file, directory, source, "CZ")
    assert report.added == 3000
    loaded = await asyncio.to_thread(ContactDirectory.load, directory.path)
    assert len(loaded) == 3000
    assert loaded.lookup("600 001 234") is not None
    assert len(loaded.search("nov", limit=20)) == 20
