"""Importing contacts from any bytes: a report (bad lines skipped) or ContactsError."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agentdesk.store.contacts import ContactDirectory, ContactsError, decode_text, import_file
from tests.property.strategies import FUZZ, cells, csv_texts, traps, typed_error

CSV_TITLES = ["Name", "First Name", "Last Name", "Company", "Phone", "Mobile Phone",
              "Phone 1 - Type", "Jméno", "Příjmení", "Telefon", "ФИО", "Телефон",
              "E-mail"]  # fmt: skip
PHONES = st.sampled_from(["+420 601 234 567", "601234567", "00420601234567", "tel:+420601234567",
                          "601 234 567 ::: 777 888 999", "sip:201@pbx", "12",
                          "+7 910 123-45-67"])  # fmt: skip
CSV = csv_texts(CSV_TITLES, cells | PHONES)

VCARD_LINES = st.one_of(
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "BEGIN:VCARD", "END:VCARD"]),
    st.builds(lambda v: "FN:" + v, cells),
    st.builds(lambda v: "N:" + v, st.lists(cells, max_size=5).map(";".join)),
    st.builds(lambda v: "ORG:" + v, cells),
    st.builds(
        lambda params, v: "TEL" + params + ":" + v,
        st.sampled_from(
            [
                "",
                ";TYPE=CELL",
                ";CELL",
                ";TYPE=FAX",
                ';TYPE="work,voice"',
                ";ENCODING=QUOTED-PRINTABLE;CHARSET=cp1250",
                ";ENCODING=QUOTED-PRINTABLE;CHARSET=nonsense",
                ";ENCODING=QUOTED-PRINTABLE;CHARSET=a\x00b",
                ";ENCODING=QP;CHARSET=base64",
                "item1.TEL;type=pref",
            ]
        ),
        PHONES | cells,
    ),
    st.builds(
        lambda v: "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" + v, cells | st.just("=C3=A1=")
    ),
    st.sampled_from([" folded", "\tfolded", "=", ":", ";", '"', "\\"]),
    cells,
)
VCARD = st.builds(
    lambda lines, at: "\r\n".join(lines)[: int(len("\r\n".join(lines)) * at)],
    st.lists(VCARD_LINES, max_size=12),
    st.just(1.0) | st.floats(min_value=0, max_value=1),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1250", "cp1251", "utf-16", "latin-1"])
FILES = st.one_of(
    st.builds(lambda text, enc: text.encode(enc, errors="replace"), CSV | VCARD, ENCODINGS),
    st.binary(max_size=200),
    traps.map(str.encode),
)


@FUZZ
@given(FILES, st.sampled_from([".csv", ".vcf", ".txt", ".vcard"]))
def test_any_file_gives_a_report_or_a_contacts_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"import{suffix}"
        path.write_bytes(data)
        directory = ContactDirectory(Path(folder) / "contacts.json")
        reports = []
        error = typed_error(ContactsError, lambda: reports.append(import_file(directory, path)))
        if error is not None:
            assert str(error)
            return
        [report] = reports
        assert report.added == len(directory)  # the directory started empty
        assert all(n.startswith("+") for c in directory.contacts for n in c.numbers)
        assert all(line.line >= 0 and str(line) for line in report.skipped + report.dropped)
        if report.added or report.updated:
            assert len(ContactDirectory.load(directory.path)) == len(directory)


@FUZZ
@given(st.binary(max_size=200))
def test_any_bytes_decode(data: bytes) -> None:
    text, encoding = decode_text(data)
    assert encoding in ("utf-8", "cp1250", "cp1251")
    assert isinstance(text, str)


def test_a_field_beyond_the_csv_limit_is_a_contacts_error(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_bytes(b'Name,Phone\n"' + b"x" * 200_000 + b'",601234567\n')
    directory = ContactDirectory(tmp_path / "contacts.json")
    with pytest.raises(ContactsError, match=r"huge\.csv"):
        import_file(directory, path)


def test_a_vcard_charset_with_a_nul_is_read_as_utf8(tmp_path: Path) -> None:
    path = tmp_path / "card.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=a\x00b:Jana=20N=C3=A1\r\n"
        b"TEL:+420601234567\r\nEND:VCARD\r\n"
    )
    directory = ContactDirectory(tmp_path / "contacts.json")
    assert import_file(directory, path).added == 1
    assert directory.contacts[0].name == "Jana Ná"
