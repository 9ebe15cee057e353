"""Uploads through the admin: renditions made, EXIF and GPS stripped, bad files refused clearly."""

import io

import pytest
from django.core.files.storage import default_storage
from PIL import Image as PILImage

from blog.images import RENDITION_WIDTHS
from blog.models import Image
from tests.blog.make import make_image, make_jpeg_bytes, make_png_bytes, make_upload
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/blog/image/add/"


@pytest.fixture
def admin_client(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    return client


def _post(client, upload, alt="A picture"):
    return client.post(
        ADD_URL, {"file": upload, "alt_text": alt, "caption": "Caption", "credit": "Credit"}
    )


def _stored_files(image: Image) -> list[str]:
    names = [image.file.name]
    for kind in ("webp", "fallback"):
        names += list(image.renditions[kind].values())
    return names


def _has_metadata(name: str) -> bool:
    with default_storage.open(name) as handle:
        data = handle.read()
    with PILImage.open(io.BytesIO(data)) as picture:
        return bool(picture.getexif()) or "exif" in picture.info or b"StoaTestCamera" in data


def test_upload_makes_renditions_and_strips_gps_and_exif(admin_client):
    data = make_jpeg_bytes(size=(2000, 1000), gps=True)
    with PILImage.open(io.BytesIO(data)) as original:  # the test file really carries GPS
        assert original.getexif().get_ifd(0x8825)
    response = _post(admin_client, make_upload(data))
    assert response.status_code == 302, response.content[:500]
    image = Image.objects.get()
    assert sorted(map(int, image.renditions["webp"])) == list(RENDITION_WIDTHS)
    assert sorted(map(int, image.renditions["fallback"])) == list(RENDITION_WIDTHS)
    assert image.renditions["format"] == "jpeg"
    for name in _stored_files(image):
        assert default_storage.exists(name), name
        assert not _has_metadata(name), f"{name} still carries metadata"
    with (
        default_storage.open(image.renditions["webp"]["480"]) as handle,
        PILImage.open(handle) as small,
    ):
        assert small.format == "WEBP" and small.size == (480, 240)


def test_renditions_never_upscale(admin_client):
    _post(admin_client, make_upload(make_jpeg_bytes(size=(700, 350))))
    image = Image.objects.get()
    assert sorted(map(int, image.renditions["webp"])) == [480, 700]


def test_exif_orientation_is_applied(admin_client):
    _post(admin_client, make_upload(make_jpeg_bytes(size=(1200, 800), orientation=6)))
    image = Image.objects.get()
    assert (image.width, image.height) == (800, 1200)
    with default_storage.open(image.file.name) as handle:
        assert PILImage.open(handle).size == (800, 1200)


def test_png_with_transparency_keeps_a_png_fallback():
    image = make_image(data=make_png_bytes(alpha=True), name="logo.png")
    assert image.renditions["format"] == "png"
    assert image.renditions["fallback"]["480"].endswith(".png")


def test_picture_markup_on_the_article_page(client):
    image = make_image(alt_text="Trucks at the gate")
    article = make_article(featured_image=image)
    text = client.get(article.get_absolute_url()).text
    assert '<source type="image/webp" srcset="' in text
    assert "480w" in text and "960w" in text and "1200w" in text  # capped at the original
    assert 'alt="Trucks at the gate"' in text
    assert f'width="{image.width}" height="{image.height}"' in text


def _bomb_bytes() -> bytes:
    out = io.BytesIO()
    PILImage.new("L", (400, 400)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: make_upload(b"just some words\n" * 20, "notes.txt", "text/plain"),
            "not an image",
        ),
        (
            lambda: make_upload(make_jpeg_bytes(size=(800, 600))[:3000], "cut.jpg"),
            "damaged or incomplete",
        ),
        (
            lambda: make_upload(
                b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg">'
                b"<script>alert(1)</script></svg>",
                "drawing.svg",
                "image/svg+xml",
            ),
            "SVG files are not accepted",
        ),
        (
            lambda: make_upload(
                b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "sneaky.jpg", "image/jpeg"
            ),
            "SVG files are not accepted",
        ),
        (lambda: make_upload(_bomb_bytes(), "bomb.png", "image/png"), "too many pixels"),
        (
            lambda: make_upload(make_jpeg_bytes(size=(1000, 1000)), "big.jpg"),
            "too large",
        ),
    ],
    ids=["text", "truncated", "svg", "svg-as-jpg", "bomb", "too-large"],
)
def test_bad_uploads_get_a_form_error(admin_client, settings, upload, message, request):
    if request.node.callspec.id == "bomb":
        settings.STOA_MAX_IMAGE_PIXELS = 50_000  # the 400x400 "bomb" is 160,000 pixels
    if request.node.callspec.id == "too-large":
        settings.STOA_MAX_IMAGE_BYTES = 1_000
    request.addfinalizer(lambda: setattr(PILImage, "MAX_IMAGE_PIXELS", 40_000_000))
    response = _post(admin_client, upload())
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["file"]
    assert any(message in error for error in errors), errors
    assert message in response.text
    assert not Image.objects.exists()


def test_editing_an_image_without_a_new_file_keeps_its_renditions(admin_client):
    image = make_image(alt_text="Old alt")
    renditions = image.renditions
    response = admin_client.post(
        f"/admin/blog/image/{image.pk}/change/",
        {"alt_text": "New alt", "caption": "New caption", "credit": "New credit"},
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    image.refresh_from_db()
    assert image.alt_text == "New alt" and image.renditions == renditions
    assert admin_client.get("/admin/blog/image/").status_code == 200


def test_image_form_requires_alt_text(admin_client):
    response = _post(admin_client, make_upload(make_jpeg_bytes()), alt="")
    assert response.status_code == 200
    assert "alt_text" in response.context["adminform"].form.errors


def test_opaque_png_keeps_png_and_jpeg_stays_jpeg():
    drawing = make_image(data=make_png_bytes(alpha=False), name="chart.png")
    assert drawing.renditions["format"] == "png" and drawing.file.name.endswith(".png")
    photo = make_image()
    assert photo.renditions["format"] == "jpeg" and photo.file.name.endswith(".jpg")
