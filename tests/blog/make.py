"""Factory functions only the blog tests need: pictures as bytes (with EXIF/GPS) and Images."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags
from PIL import Image as PILImage

from blog.images import image_create
from blog.models import Image


def make_jpeg_bytes(
    *, size: tuple[int, int] = (1200, 800), orientation: int | None = None, gps: bool = False
) -> bytes:
    """A JPEG; optionally with an EXIF orientation tag and a GPS position of somewhere real."""
    picture = PILImage.new("RGB", size, (200, 60, 40))
    picture.paste((20, 90, 200), (0, 0, size[0] // 2, size[1] // 3))  # asymmetry shows rotation
    exif = PILImage.Exif()
    exif[ExifTags.Base.Make] = "StoaTestCamera"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        gps_ifd = exif.get_ifd(ExifTags.IFD.GPSInfo)
        gps_ifd[ExifTags.GPS.GPSLatitudeRef] = "N"
        gps_ifd[ExifTags.GPS.GPSLatitude] = (31.0, 45.0, 0.0)
        gps_ifd[ExifTags.GPS.GPSLongitudeRef] = "W"
        gps_ifd[ExifTags.GPS.GPSLongitude] = (106.0, 29.0, 0.0)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def make_png_bytes(*, size: tuple[int, int] = (600, 400), alpha: bool = True) -> bytes:
    picture = PILImage.new(
        "RGBA" if alpha else "RGB", size, (10, 120, 60, 128)[: 4 if alpha else 3]
    )
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def make_upload(data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def make_image(**kw) -> Image:
    data = kw.pop("data", None) or make_jpeg_bytes()
    return image_create(
        upload=make_upload(data, kw.pop("name", "photo.jpg")),
        alt_text=kw.pop("alt_text", "A test picture"),
        caption=kw.pop("caption", "A caption"),
        credit=kw.pop("credit", "Photo: Test Credit"),
    )
