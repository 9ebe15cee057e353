"""The model file format (`scorer.artifact_write` / `artifact_read`): each weight table comes
back bit for bit, and a file whose payload holds too few or too many tables, or is damaged, is
refused with `ArtifactError` (the engine then screens with the rules alone)."""

from array import array

import pytest

from moderation.policy.model.scorer import ArtifactError, artifact_read, artifact_write

BITS = 6  # 64 weights a table: small, but the same format as the shipped models


def _table(seed: int) -> array:
    return array("h", [(seed * 7919 + k * 104729) % 65536 - 32768 for k in range(1 << BITS)])


def _write(path, signals: list[str], tables: int) -> None:
    header = {"bits": BITS, "signals": signals}
    artifact_write(path, header=header, weights=[_table(s) for s in range(tables)])


def test_tables_come_back_bit_for_bit(tmp_path):
    path = tmp_path / "model.bin"
    _write(path, ["hate", "profanity"], 2)
    header, tables = artifact_read(path)
    assert header["signals"] == ["hate", "profanity"]
    assert tables == [_table(0), _table(1)]


@pytest.mark.parametrize("tables", [1, 3])
def test_a_payload_with_another_number_of_tables_is_refused(tmp_path, tables):
    path = tmp_path / "model.bin"
    _write(path, ["hate", "profanity"], tables)
    with pytest.raises(ArtifactError, match="wrong size"):
        artifact_read(path)


def test_a_damaged_payload_is_refused(tmp_path):
    path = tmp_path / "model.bin"
    _write(path, ["hate", "profanity"], 2)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF
    path.write_bytes(bytes(raw))
    with pytest.raises(ArtifactError, match="corrupt"):
        artifact_read(path)


def test_another_file_is_refused(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"PK\x03\x04 not a model at all")
    with pytest.raises(ArtifactError, match="not a Stoa policy model"):
        artifact_read(path)
