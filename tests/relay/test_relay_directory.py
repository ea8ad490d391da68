"""MegaFon's ``contact`` command (2.3) answered by ``agentdesk relay --directory FILE`` from a
company directory (CSV or vCard, read by the desktop's importers): the caller's name and the
PBX user responsible for them; an unknown number gets the empty answer; numbers meet however
the file writes them. The relay as a subprocess; the MegaFon simulator and plain POSTs."""

# The directory's names are Russian on purpose: RUF001 would flag their letters.
# ruff: noqa: RUF001

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from agentdesk.relay.directory import CompanyDirectory
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.cli.watching import relay_process
from tests.relay.desks import MEGAPBX_TOKEN

TOKENS = {"AGENTDESK_RELAY_MEGAPBX_TOKEN": MEGAPBX_TOKEN}

CSV = """\
ФИО;Организация;Телефон;Ответственный
Иван Петров;ЗАО Рога и копыта;8 (910) 123-45-67;admin
Мария Сидорова;;+7 495 765-43-21;101
Без номера;;;admin
"""

VCARD = """\
BEGIN:VCARD
VERSION:3.0
FN:Ольга Кузнецова
ORG:ООО Ромашка
TEL;TYPE=CELL:+7 912 000-11-22
X-RESPONSIBLE:petrov
END:VCARD
"""


def _contact(phone: str) -> dict[str, str]:
    return {
        "cmd": "contact",
        "phone": phone,
        "diversion": "74957654321",
        "callid": "B10D0EB124F4E64AF4EA-1511",
        "crm_token": MEGAPBX_TOKEN,
    }


async def test_the_pbx_gets_the_callers_name_and_responsible_user(tmp_path: Path) -> None:
    directory = tmp_path / "directory.csv"
    directory.write_text(CSV, encoding="cp1251")  # as a Russian Excel saves it
    options = ("--directory", str(directory))
    async with (
        relay_process(tmp_path / "relay", *options, **TOKENS) as relay,
        httpx.AsyncClient() as client,
    ):
        hook = relay + "/hooks/megapbx"
        known = await client.post(hook, json=_contact("79101234567"))  # the document's JSON
        as_form = await client.post(hook, data=_contact("74957654321"))
        unknown = await client.post(hook, json=_contact("79990000000"))
        wrong_token = await client.post(hook, json={**_contact("79101234567"), "crm_token": "x"})
        metrics = (await client.get(relay + "/metrics")).text
    assert known.status_code == 200
    assert known.json() == {
        "contact_name": "Иван Петров, ЗАО Рога и копыта",
        "responsible": "admin",
    }
    assert as_form.json() == {"contact_name": "Мария Сидорова", "responsible": "101"}
    assert unknown.json() == {"contact_name": "", "responsible": ""}
    assert wrong_token.status_code == 403
    assert "agentdesk_relay_contact_requests_total 3" in metrics
    assert "agentdesk_relay_contact_known_total 2" in metrics


async def test_the_simulated_pbx_asks_a_vcard_directory_when_a_call_rings(tmp_path: Path) -> None:
    directory = tmp_path / "company.vcf"
    directory.write_text(VCARD, encoding="utf-8")
    async with MegaPbxSimulator() as sim:
        tokens = {"AGENTDESK_RELAY_MEGAPBX_TOKEN": sim.crm_token}
        async with relay_process(
            tmp_path / "relay", "--directory", str(directory), **tokens
        ) as relay:
            sim.webhook_url = relay + "/hooks/megapbx"
            sim.ring("79120001122")
            await sim.wait_for_commands(2, timeout=10)
    contact = next(c for c in sim.commands.sent if c.payload["cmd"] == "contact")
    assert contact.status == 200
    assert contact.answer == {
        "contact_name": "Ольга Кузнецова, ООО Ромашка",
        "responsible": "petrov",
    }


def test_the_directory_is_read_as_the_desk_reads_numbers(tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text(CSV, encoding="utf-8")
    directory, report = CompanyDirectory.load(path, "RU")
    assert (report.contacts, report.numbers, report.skipped) == (2, 2, 1)
    for written in ("79101234567", "+79101234567", "8 910 123-45-67", "9101234567"):
        entry = directory.lookup(written)
        assert entry is not None and entry.name == "Иван Петров", written
    assert directory.lookup("101") is None and directory.lookup("") is None


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--directory", "{missing}"), "cannot read {missing}: No such file or directory"),
        (("--directory", "{csv}", "--region", "XX"), "--region wants a country code like RU"),
    ],
)
def test_a_bad_directory_gets_one_sentence(
    tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    paths = {"missing": tmp_path / "missing.csv", "csv": tmp_path / "directory.csv"}
    paths["csv"].write_text(CSV, encoding="utf-8")
    serve = [sys.executable, "-m", "agentdesk", "relay", "--port", "0"]
    refused = subprocess.run(
        [*serve, "--state-dir", str(tmp_path / "relay"), *(a.format(**paths) for a in args)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **TOKENS},
        check=False,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("agentdesk relay: " + says.format(**paths))
    assert "Traceback" not in refused.stderr
