"""The editors' admin: articles with preview and bulk publishing, images, authors, settings."""

from django import forms
from django.contrib import admin, messages
from django.core.files.storage import default_storage
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from blog.images import image_renditions_make, image_validate
from blog.models import Article, Author, Image, SiteSettings, Tag
from blog.services import article_publish, article_unpublish


def _thumbnail(image: Image | None) -> str:
    if image is None or not image.file:
        return "—"
    fallback = (image.renditions or {}).get("fallback") or {}
    url = default_storage.url(fallback[min(fallback, key=int)]) if fallback else image.file.url
    return format_html(
        '<img src="{}" alt="{}" width="96" height="{}" loading="lazy">',
        url,
        image.alt_text,
        round(96 * image.height / image.width) if image.width else 64,
    )


class ImageAdminForm(forms.ModelForm):
    # A plain FileField: Django's ImageField check would answer every problem with one generic
    # message; image_validate says which problem it is (SVG, too big, damaged, bomb).
    file = forms.FileField(
        label=_("file"), help_text=_("JPEG, PNG or WebP. Metadata (EXIF, GPS) is removed.")
    )

    class Meta:
        model = Image
        fields = ["file", "alt_text", "caption", "credit"]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload is not None and hasattr(upload, "content_type"):  # a new upload
            image_validate(upload)
        return upload


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageAdminForm
    list_display = ["thumbnail", "alt_text", "caption", "credit", "width", "height", "uploaded_at"]
    search_fields = ["alt_text", "caption", "credit"]
    readonly_fields = ["thumbnail", "width", "height"]

    @admin.display(description=_("preview"))
    def thumbnail(self, obj: Image) -> str:
        return _thumbnail(obj)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "file" in form.changed_data:
            image_renditions_make(image=obj)


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "state", "published_at", "thumbnail", "preview_link"]
    list_filter = ["status", "author", "tags", "published_at"]
    list_select_related = ["author", "featured_image"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    # Tags use the plain labelled multiple select: Django's filter_horizontal widget puts
    # aria-label on bare spans and select2's search box has no label (both axe errors).
    readonly_fields = ["thumbnail", "preview_link", "updated_at"]
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "author", "summary", "body"]}),
        (_("Image"), {"fields": ["featured_image", "thumbnail"]}),
        (_("Publication"), {"fields": ["status", "published_at", "preview_link", "updated_at"]}),
        (_("Tags and disclaimer"), {"fields": ["tags", "disclaimer"]}),
        (_("Comments"), {"fields": ["comments_open", "close_comments_after_days"]}),
    ]

    @admin.display(description=_("state"), ordering="status")
    def state(self, obj: Article) -> str:
        if obj.is_scheduled:
            local = timezone.localtime(obj.published_at)
            return _("Scheduled for %(when)s") % {"when": local.strftime("%Y-%m-%d %H:%M")}
        if obj.is_public:
            return _("Published")
        return _("Draft")

    @admin.display(description=_("image"))
    def thumbnail(self, obj: Article) -> str:
        return _thumbnail(obj.featured_image)

    @admin.display(description=_("preview"))
    def preview_link(self, obj: Article) -> str:
        if not obj.pk:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("blog:article-preview", kwargs={"pk": obj.pk}),
            _("Preview"),
        )

    def get_changeform_initial_data(self, request: HttpRequest) -> dict:
        initial = super().get_changeform_initial_data(request)
        author = Author.objects.filter(user=request.user).first()
        if author:
            initial.setdefault("author", author.pk)
        return initial

    @admin.action(description=_("Publish the selected articles"), permissions=["change"])
    def publish(self, request: HttpRequest, queryset) -> None:
        published = scheduled = 0
        for article in queryset:
            article_publish(article=article)
            if article.is_scheduled:
                scheduled += 1
            else:
                published += 1
        message = ngettext("%(n)d article published.", "%(n)d articles published.", published) % {
            "n": published
        }
        if scheduled:
            message += " " + ngettext(
                "%(n)d scheduled for later.", "%(n)d scheduled for later.", scheduled
            ) % {"n": scheduled}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description=_("Unpublish the selected articles (back to draft)"), permissions=["change"]
    )
    def unpublish(self, request: HttpRequest, queryset) -> None:
        count = 0
        for article in queryset:
            article_unpublish(article=article)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(n)d article moved back to draft.", "%(n)d articles moved back to draft.", count
            )
            % {"n": count},
            messages.SUCCESS,
        )


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["display_name", "user", "slug"]
    search_fields = ["display_name", "user__username"]
    prepopulated_fields = {"slug": ["display_name"]}
    raw_id_fields = ["user"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    """One row: no adding a second, no deleting; the list page goes straight to the form."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return not SiteSettings.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def changelist_view(self, request: HttpRequest, extra_context=None):
        if not self.has_view_or_change_permission(request):
            return super().changelist_view(request, extra_context)
        site = SiteSettings.load()
        return HttpResponseRedirect(reverse("admin:blog_sitesettings_change", args=[site.pk]))
