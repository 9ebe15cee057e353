"""Uploaded images: validation, metadata stripping and responsive renditions (Pillow).

Every stored file, the original included, is re-encoded from pixels only, so no EXIF (GPS,
camera, dates) survives; the EXIF orientation is applied first so the picture stays upright.
"""

import io
import warnings
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError

from blog.models import Image

RENDITION_WIDTHS = (480, 960, 1600)
ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
JPEG_QUALITY = 85
WEBP_QUALITY = 80


def _pixel_limit() -> None:
    # Pillow's bomb guard is a module global; take it from settings every time so an override
    # (tests, a deployment) is honoured.
    PILImage.MAX_IMAGE_PIXELS = settings.STOA_MAX_IMAGE_PIXELS


def image_validate(upload) -> None:
    """Raise ValidationError with a clear reason unless `upload` is a safe raster image."""
    size = getattr(upload, "size", None) or 0
    if size > settings.STOA_MAX_IMAGE_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)d MB); the limit is %(limit)d MB."),
            code="too_large",
            params={
                "size": size // (1024 * 1024) + 1,
                "limit": settings.STOA_MAX_IMAGE_BYTES // (1024 * 1024),
            },
        )
    upload.seek(0)
    head = upload.read(512)
    upload.seek(0)
    name = (getattr(upload, "name", "") or "").lower()
    if name.endswith((".svg", ".svgz")) or b"<svg" in head.lower():
        raise ValidationError(
            _("SVG files are not accepted: they can carry scripts. Upload a JPEG, PNG or WebP."),
            code="svg",
        )
    _pixel_limit()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as probe:
                image_format = probe.format
                probe.verify()
            upload.seek(0)
            with PILImage.open(upload) as full:
                full.load()  # verify() misses truncated data; decoding every pixel does not
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise ValidationError(
            _("The image has too many pixels (more than %(limit)s); scale it down first."),
            code="bomb",
            params={"limit": f"{settings.STOA_MAX_IMAGE_PIXELS:,}"},
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("This file is not an image. Upload a JPEG, PNG or WebP picture."), code="not_image"
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("The image is damaged or incomplete (%(reason)s). Try exporting it again."),
            code="damaged",
            params={"reason": str(exc)[:80]},
        ) from None
    finally:
        upload.seek(0)
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("%(format)s images are not accepted. Upload a JPEG, PNG or WebP picture."),
            code="format",
            params={"format": image_format or "This kind of"},
        )


def _has_alpha(picture: PILImage.Image) -> bool:
    return picture.mode in {"RGBA", "LA", "PA"} or (
        picture.mode == "P" and "transparency" in picture.info
    )


def _clean_pixels(picture: PILImage.Image) -> PILImage.Image:
    """Upright pixels in RGB or RGBA, with no metadata attached."""
    picture = ImageOps.exif_transpose(picture) or picture
    mode = "RGBA" if _has_alpha(picture) else "RGB"
    clean = PILImage.new(mode, picture.size)
    clean.paste(picture.convert(mode))
    return clean


def _encode(picture: PILImage.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "webp":
        picture.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
    elif fmt == "png":
        picture.save(out, "PNG", optimize=True)
    else:
        picture.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return out.getvalue()


def _replace(name: str, data: bytes) -> str:
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))


def image_renditions_make(*, image: Image) -> Image:
    """Re-encode the original without metadata and store the renditions; updates `image`."""
    _pixel_limit()
    with image.file.open("rb") as handle, PILImage.open(handle) as source:
        source.load()
        source_format = source.format
        picture = _clean_pixels(source)
    # Transparency needs PNG; so do drawings and screenshots, which JPEG blurs. Photos: JPEG.
    fallback = "png" if picture.mode == "RGBA" or source_format in {"PNG", "GIF"} else "jpeg"
    extension = {"png": ".png", "jpeg": ".jpg"}[fallback]

    old_name = image.file.name
    original = PurePosixPath(old_name)
    new_name = str(original.with_suffix(extension))
    if new_name != old_name and default_storage.exists(old_name):
        default_storage.delete(old_name)
    image.file.name = _replace(new_name, _encode(picture, fallback))
    image.width, image.height = picture.size

    stem = f"images/r/{image.pk}/{original.stem}"
    widths = sorted({min(w, picture.width) for w in RENDITION_WIDTHS})
    renditions: dict = {"webp": {}, "fallback": {}, "format": fallback}
    for width in widths:
        height = max(1, round(picture.height * width / picture.width))
        resized = (
            picture if width == picture.width else picture.resize((width, height), PILImage.LANCZOS)
        )
        renditions["webp"][str(width)] = _replace(f"{stem}-{width}.webp", _encode(resized, "webp"))
        renditions["fallback"][str(width)] = _replace(
            f"{stem}-{width}{extension}", _encode(resized, fallback)
        )
    image.renditions = renditions
    Image.objects.filter(pk=image.pk).update(
        file=image.file.name, width=image.width, height=image.height, renditions=renditions
    )
    return image


def image_create(*, upload, alt_text: str, caption: str = "", credit: str = "") -> Image:
    """Store a validated upload as an Image with its renditions (used by the demo and tests)."""
    image_validate(upload)
    image = Image(alt_text=alt_text, caption=caption, credit=credit)
    image.file.save(getattr(upload, "name", "image.jpg"), upload, save=False)
    image.save()
    return image_renditions_make(image=image)


def rendition_urls(image: Image) -> dict:
    """What the <picture> partial needs: srcsets for WebP and the fallback, and a default src."""
    renditions = image.renditions or {}
    webp = renditions.get("webp") or {}
    fallback = renditions.get("fallback") or {}

    def srcset(entries: dict) -> str:
        return ", ".join(
            f"{default_storage.url(name)} {width}w"
            for width, name in sorted(entries.items(), key=lambda item: int(item[0]))
        )

    src = image.file.url if image.file else ""
    if fallback:
        middle = [w for w in fallback if int(w) <= 960] or list(fallback)
        src = default_storage.url(fallback[max(middle, key=int)])
    return {"webp_srcset": srcset(webp), "fallback_srcset": srcset(fallback), "src": src}
