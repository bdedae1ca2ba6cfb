#!/usr/bin/env python3
"""Remakes the raw DEFLATE fixtures of the inflate tests (Tests/LKEKitTests/Fixtures/inflate).

Each case is a deterministic input compressed by the standard zlib as a raw stream (wbits -15). The
compressed bytes go to NAME.deflate; MANIFEST lists, per case, the name, the block types found in the
stream's first block header, the input's size and its SHA-256, so the test can check the inflated bytes
without storing them. Run from the repository root: python3 scripts/make-inflate-fixtures.py
"""
import hashlib
import os
import random
import zlib

OUT = os.path.join("Tests", "LKEKitTests", "Fixtures", "inflate")


def compress(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, flush_every=None):
    c = zlib.compressobj(level, zlib.DEFLATED, -15, 9, strategy)
    if flush_every is None:
        return c.compress(data) + c.flush()
    out = b""
    for i in range(0, len(data), flush_every):
        out += c.compress(data[i:i + flush_every]) + c.flush(zlib.Z_FULL_FLUSH)
    return out + c.flush()


def words(rng, n):
    vocab = ("ya tidak unit kerja zona integritas wilayah bebas korupsi pelayanan publik sasaran kinerja "
             "agen perubahan jumlah pegawai laporan harta kekayaan <c r=\"F23\" t=\"s\"><v>12</v></c> "
             "&amp; 0 1 2 3 4 5 6 7 8 9").split(" ")
    return " ".join(rng.choice(vocab) for _ in range(n)).encode()


def cases():
    rng = random.Random(20261204)
    text = words(rng, 40000)
    block = bytes(rng.getrandbits(8) for _ in range(20000))
    gap = bytes(rng.getrandbits(8) for _ in range(12000))
    yield "empty-fixed", b"", {}
    yield "empty-stored", b"", {"level": 0}
    yield "short-fixed", b"Ya, Tidak, A/B/C, A/B/C/D: jawaban unit kerja.", {}
    yield "text-dynamic", text, {"level": 9}
    yield "text-stored", text[:70000], {"level": 0}
    yield "text-fixed", text[:60000], {"strategy": zlib.Z_FIXED}
    yield "text-huffman-only", text[:60000], {"strategy": zlib.Z_HUFFMAN_ONLY}
    yield "runs-rle", b"a" * 5000 + b"ab" * 3000 + b"\x00" * 70000, {"strategy": zlib.Z_RLE}
    yield "long-distance", block + gap + block, {"level": 9}
    yield "random-incompressible", bytes(rng.getrandbits(8) for _ in range(40000)), {}
    yield "flushed-blocks", text[:80000], {"flush_every": 7000}
    yield "zeros-bomb", b"\x00" * (8 << 20), {"level": 9}


def main():
    os.makedirs(OUT, exist_ok=True)
    lines = []
    for name, data, options in cases():
        stream = compress(data, **options)
        with open(os.path.join(OUT, name + ".deflate"), "wb") as f:
            f.write(stream)
        block_type = (stream[0] >> 1) & 3 if stream else -1
        lines.append(f"{name} {block_type} {len(data)} {hashlib.sha256(data).hexdigest()}")
    with open(os.path.join(OUT, "MANIFEST"), "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
