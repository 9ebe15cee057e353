"""Featured pictures for the demo, drawn with Pillow at load time (no downloads)."""

import io
import random

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1600, 900


def _blend(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def demo_picture(
    *, seed: str, palette: tuple[tuple[int, ...], tuple[int, ...]]
) -> SimpleUploadedFile:
    """A landscape-like picture: a sky gradient, a sun, layered hills and a fence line."""
    rng = random.Random(seed)  # the same seed draws the same picture on every machine
    top, bottom = palette
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    for y in range(HEIGHT):
        draw.line([(0, y), (WIDTH, y)], fill=_blend(top, bottom, y / HEIGHT))
    sun_x, sun_y = rng.randint(200, WIDTH - 200), rng.randint(120, 320)
    draw.ellipse(
        [sun_x - 90, sun_y - 90, sun_x + 90, sun_y + 90], fill=_blend(top, (255, 245, 220), 0.7)
    )
    for layer in range(4):
        base = 480 + layer * 110
        points = [(0, HEIGHT)]
        for x in range(0, WIDTH + 100, 100):
            points.append((x, base + rng.randint(-60, 40)))
        points.append((WIDTH, HEIGHT))
        draw.polygon(points, fill=_blend(bottom, (15, 15, 25), 0.15 + layer * 0.2))
    fence_y = 700
    for x in range(0, WIDTH, 40):
        draw.line([(x, fence_y - 90), (x, fence_y + 10)], fill=(30, 30, 35), width=5)
    draw.line([(0, fence_y - 80), (WIDTH, fence_y - 80)], fill=(30, 30, 35), width=4)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=88)
    return SimpleUploadedFile(f"{seed}.jpg", out.getvalue(), content_type="image/jpeg")
