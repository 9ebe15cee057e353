"""Articles, images, authors, tags and the site-wide settings editors change in the admin."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SiteSettings(models.Model):
    """The one row of site-wide settings (a singleton: always pk=1)."""

    blog_name = models.CharField(_("blog name"), max_length=100, default="Stoa")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    copyright_line = models.CharField(
        _("copyright line"), max_length=200, default="© Stoa authors. All rights reserved."
    )
    default_disclaimer = models.TextField(
        _("default disclaimer"),
        blank=True,
        default="The views expressed here are the author's own and not necessarily the blog's.",
    )
    comment_policy = models.TextField(
        _("posted comment policy"),
        blank=True,
        help_text=_("Shown on the comment policy page; one anchor per category is added."),
    )
    comment_max_depth = models.PositiveSmallIntegerField(_("reply depth"), default=3)
    comments_close_after_days = models.PositiveIntegerField(
        _("close comments after days"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep comments open for ever."),
    )
    comments_per_page = models.PositiveSmallIntegerField(_("comment threads per page"), default=50)

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self) -> str:
        return self.blog_name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("blog:home")

    @classmethod
    def load(cls) -> "SiteSettings":
        obj, _created = cls.objects.get_or_create(pk=1)
        return obj

    @classmethod
    def load_for(cls, request) -> "SiteSettings":
        """The row, read at most once per request (the context processor shares it)."""
        if not hasattr(request, "_stoa_site"):
            request._stoa_site = cls.load()
        return request._stoa_site


class Author(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="author_profile"
    )
    display_name = models.CharField(_("display name"), max_length=100)
    slug = models.SlugField(unique=True)
    bio = models.TextField(_("bio"), blank=True)
    photo = models.ForeignKey(
        "blog.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("blog:author-detail", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(max_length=60, unique=True)
    slug = models.SlugField(max_length=60, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("blog:tag-detail", kwargs={"slug": self.slug})


class Image(models.Model):
    """An uploaded picture; renditions (several widths, WebP plus JPEG/PNG) are made on upload."""

    file = models.ImageField(
        _("file"), upload_to="images/%Y/%m/", width_field="width", height_field="height"
    )
    alt_text = models.CharField(_("alt text"), max_length=250)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit line"), max_length=200, blank=True)
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    # {"webp": {"480": "images/r/..webp", ...}, "fallback": {"480": "...jpg"}, "format": "jpeg"}
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return self.alt_text

    def get_absolute_url(self) -> str:
        return self.file.url


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """The one definition of public: status not draft and the publication time has passed.

        Scheduled articles need no cron: they become public as soon as `published_at` passes.
        """
        return self.filter(
            status__in=[Article.Status.PUBLISHED, Article.Status.SCHEDULED],
            published_at__lte=timezone.now(),
        )


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique_for_date="published_at")
    author = models.ForeignKey(Author, on_delete=models.PROTECT, related_name="articles")
    summary = models.TextField(_("summary"), blank=True)
    body = models.TextField(_("body"), help_text=_("HTML; sanitised when saved."))
    featured_image = models.ForeignKey(
        Image, null=True, blank=True, on_delete=models.SET_NULL, related_name="featured_in"
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    disclaimer = models.TextField(
        _("disclaimer"), blank=True, help_text=_("Empty: the site's default disclaimer is shown.")
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT, db_index=True)
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    comments_open = models.BooleanField(_("comments open"), default=True)
    close_comments_after_days = models.PositiveIntegerField(
        _("close comments after days"),
        null=True,
        blank=True,
        help_text=_("Empty: the site setting applies."),
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        from blog.sanitize import sanitize_html

        self.body = sanitize_html(self.body)
        if self.status != self.Status.DRAFT and self.published_at is None:
            self.published_at = timezone.now()
        # A published article dated in the future is scheduled; keep the label honest.
        if self.status == self.Status.PUBLISHED and self.published_at > timezone.now():
            self.status = self.Status.SCHEDULED
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        when = timezone.localtime(self.published_at) if self.published_at else timezone.now()
        return reverse(
            "blog:article-detail",
            kwargs={
                "year": when.year,
                "month": f"{when.month:02d}",
                "day": f"{when.day:02d}",
                "slug": self.slug,
            },
        )

    @property
    def is_public(self) -> bool:
        return (
            self.status != self.Status.DRAFT
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status != self.Status.DRAFT
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def effective_disclaimer(self, site: SiteSettings) -> str:
        return self.disclaimer or site.default_disclaimer

    def comments_are_open(self, site: SiteSettings) -> bool:
        """Open unless closed by hand or older than the article's (or the site's) limit."""
        if not self.comments_open or not self.is_public:
            return False
        days = self.close_comments_after_days or site.comments_close_after_days
        return not (days and self.published_at + timedelta(days=days) < timezone.now())
