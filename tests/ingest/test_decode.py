import pytest

from rashomon.ingest.base import UnreadableFile
from rashomon.ingest.decode import decode_bytes, looks_binary

TEXTS = [
    "Le café de la Société générale à Montréal était fermé.",
    "Señor Pérez llegó a la embajada en diciembre; la situación es difícil.",
    "Die Bürger in München äußerten sich.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252"])
def test_western_encodings_decode_to_the_original(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)).strip() == text


def test_windows_1252_punctuation_decodes() -> None:
    text = "“Quoted” – and a dash — fine"
    assert decode_bytes(text.encode("cp1252")).strip() == text


def test_cyrillic_single_byte_encoding_is_not_read_as_western() -> None:
    text = "Привет мир, это тест кодировки и ещё немного текста для уверенности."
    assert decode_bytes(text.encode("cp1251")).strip() == text


def test_mojibake_is_repaired() -> None:
    assert decode_bytes("cafÃ© society".encode()).strip() == "café society"


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", bytes(range(256)) * 4])
def test_binary_data_is_rejected(data: bytes) -> None:
    assert looks_binary(data)
    with pytest.raises(UnreadableFile, match="binary"):
        decode_bytes(data)
