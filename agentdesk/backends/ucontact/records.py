"""Where a uContact recording lies, and the search the text prescribes.

"The recording could be in 4 different places": ``https://TelephonyIP/records/guid.mp3``
(listed twice), ``https://BackupRecords/records/20160118/guid.mp3`` and
``https://BackupRecords/records/guid.mp3``, the folder being the call's ``calldate`` without
hyphens or time. We read the repeated first line as the telephony host's dated folder
(``TelephonyIP/records/20160118/guid.mp3``): the text's own reason for the folders (millions
of files) holds on both hosts. The order tried is the text's: telephony, telephony dated,
backup dated, backup.

Not found as ``.mp3``, the text offers two ways: look for the ``.gsm`` in the same places, or
ask ``Supervisor/convert`` (``guid``, ``folder`` where the ``.gsm`` was found) and look for
the ``.mp3`` again. :class:`RecordingSearch` does both: it finds the ``.gsm``, converts it,
looks again, and hands over the ``.gsm`` itself only when the conversion fails (saved by
``agentdesk ctl recording``; few players play GSM).
"""

from __future__ import annotations

from datetime import date
from typing import Final

from agentdesk.backends.audio_type import media_type_by_bytes
from agentdesk.backends.ucontact.wire import UContactWire
from agentdesk.core import Recording, VendorError

FOLDER_FORMAT: Final = "%Y%m%d"
CONVERT: Final = "Supervisor/convert"
GSM_TYPE: Final = "audio/gsm"


def record_urls(
    guid: str, day: date | None, suffix: str, *, telephony: str, backup: str | None
) -> list[tuple[str, str | None]]:
    """The places to look, in order, each with its folder (None: the top folder); dated
    places only when the call's day is known, backup ones only with a backup host."""
    folder = day.strftime(FOLDER_FORMAT) if day else None
    places: list[tuple[str, str | None]] = [(telephony, None)]
    if folder:
        places.append((telephony, folder))
    if backup:
        if folder:
            places.append((backup, folder))
        places.append((backup, None))
    return [
        (f"{host}/records/{folder + '/' if folder else ''}{guid}.{suffix}", folder)
        for host, folder in places
    ]


class RecordingSearch:
    """Finds one call's recording on the instance's hosts (base URLs, no trailing slash)."""

    def __init__(self, wire: UContactWire, *, telephony: str, backup: str | None) -> None:
        self._wire = wire
        self.telephony = telephony
        self.backup = backup

    async def find(self, guid: str, day: date | None) -> Recording:
        """The ``.mp3``, converting a ``.gsm`` first if need be; VendorError when the call
        has no recording in any place."""
        found = await self._first(guid, day, "mp3")
        if found is not None:
            return _recording(guid, found[0], found[1], "audio/mpeg")
        gsm = await self._first(guid, day, "gsm")
        if gsm is None:
            raise VendorError(f"uContact has no recording of call {guid}", action="records")
        form = {"guid": guid}
        if gsm[2]:
            form["folder"] = gsm[2]
        try:
            await self._wire.done(CONVERT, form)
        except VendorError:
            return _recording(guid, gsm[0], gsm[1], GSM_TYPE)
        found = await self._first(guid, day, "mp3")
        if found is not None:
            return _recording(guid, found[0], found[1], "audio/mpeg")
        return _recording(guid, gsm[0], gsm[1], GSM_TYPE)

    async def _first(
        self, guid: str, day: date | None, suffix: str
    ) -> tuple[bytes, str, str | None] | None:
        for url, folder in record_urls(
            guid, day, suffix, telephony=self.telephony, backup=self.backup
        ):
            fetched = await self._wire.fetch(url)
            if fetched is not None and fetched[0]:
                return fetched[0], fetched[1], folder
        return None


def _recording(guid: str, data: bytes, content_type: str, by_name: str) -> Recording:
    kind = media_type_by_bytes(content_type, data)
    if kind in ("application/octet-stream", "text/plain", ""):
        kind = by_name
    return Recording(call_id=guid, data=data, content_type=kind)
