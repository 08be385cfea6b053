"""E-mail messages (.eml) and mailboxes (.mbox): one document per message."""

from __future__ import annotations

import email
import mailbox
from email.message import Message
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

from rashomon.ingest.base import Extracted, UnreadableFile
from rashomon.ingest.decode import clean_text, decode_bytes
from rashomon.ingest.html import read_html


def message_body(message: Message) -> str:
    """Return the message's text: its text/plain parts, else its HTML main text."""
    plain, html = [], []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        payload = part.get_payload(decode=True) or b""
        if part.get_content_type() == "text/plain":
            plain.append(_decode_part(part, payload))
        elif part.get_content_type() == "text/html":
            html.append(payload)
    if plain:
        return clean_text("\n\n".join(plain))
    if html:
        return read_html(Path("message.html"), html[0])[0].text
    return ""


def _decode_part(part: Message, payload: bytes) -> str:
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(payload)


def message_metadata(message: Message) -> dict[str, object]:
    """Return title, author, outlet (list name) and date from a message's headers."""
    meta: dict[str, object] = {}
    if message["Subject"]:
        meta["title"] = str(message["Subject"]).strip()
    name, address = parseaddr(str(message["From"] or ""))
    if name or address:
        meta["author"] = name or address
    outlet = message["List-Id"] or message["Newsgroups"]
    if outlet:
        meta["outlet"] = str(outlet).strip("<> ")
    try:
        sent = parsedate_to_datetime(str(message["Date"])) if message["Date"] else None
    except (TypeError, ValueError):
        sent = None
    if sent:
        meta["published"], meta["published_precision"] = sent.date().isoformat(), "day"
    return meta


def read_eml(path: Path, data: bytes) -> list[Extracted]:
    """Read one message: headers give the metadata, the text parts the body."""
    message = email.message_from_bytes(data)
    body = message_body(message)
    if not body.strip():
        raise UnreadableFile("no-text")
    return [Extracted(str(path), body, message_metadata(message))]


def read_mbox(path: Path, data: bytes) -> list[Extracted]:
    """Read every message of a mailbox as its own document, addressed as path#N."""
    box = mailbox.mbox(str(path), create=False)
    messages = [email.message_from_bytes(box.get_bytes(key)) for key in box.iterkeys()]
    extracted = [
        Extracted(f"{path}#{number}", body, message_metadata(message))
        for number, message in enumerate(messages, start=1)
        if (body := message_body(message)).strip()
    ]
    if not extracted:
        raise UnreadableFile("no-text")
    return extracted
