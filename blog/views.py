"""Read pages of the blog: generic views over the public articles (see blog.selectors)."""

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView, MonthArchiveView, TemplateView
from django.views.generic.dates import YearArchiveView

from blog import selectors
from blog.models import Author, SiteSettings, Tag
from blog.policy_clauses import DEFAULT_POLICY_INTRO, POLICY_CLAUSES

PAGE_SIZE = 10


class ArticleListMixin:
    """Shared by every list of articles: the public ones, newest first, ten a page."""

    paginate_by = PAGE_SIZE
    template_name = "blog/article_list.html"

    def get_queryset(self):
        return selectors.article_list_public()


class HomeView(ArticleListMixin, ListView):
    pass


class ArticleDetailView(DetailView):
    template_name = "blog/article_detail.html"

    def get_queryset(self):
        return selectors.article_detail_public()

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        kw = self.kwargs
        try:
            return queryset.get(
                slug=kw["slug"],
                published_at__year=kw["year"],
                published_at__month=kw["month"],
                published_at__day=kw["day"],
            )
        except queryset.model.DoesNotExist:
            raise Http404(_("No article at this address.")) from None
        except queryset.model.MultipleObjectsReturned:
            return queryset.filter(slug=kw["slug"]).order_by("-published_at").first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        if article.is_public:
            context["previous"], context["next"] = selectors.article_neighbours(article=article)
        context["disclaimer"] = article.effective_disclaimer(SiteSettings.load_for(self.request))
        return context


@method_decorator(staff_member_required, name="dispatch")
class ArticlePreviewView(ArticleDetailView):
    """Drafts and scheduled articles as readers will see them; staff with view permission only."""

    def get_queryset(self):
        if not self.request.user.has_perm("blog.view_article"):
            raise Http404
        return selectors.article_detail_any()

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = True
        return context


class ArchiveMixin:
    date_field = "published_at"
    paginate_by = PAGE_SIZE
    allow_empty = False
    make_object_list = True
    template_name = "blog/article_archive.html"

    def get_queryset(self):
        return selectors.article_list_public()


class ArticleYearArchiveView(ArchiveMixin, YearArchiveView):
    pass


class ArticleMonthArchiveView(ArchiveMixin, MonthArchiveView):
    month_format = "%m"


class TagDetailView(ArticleListMixin, ListView):
    template_name = "blog/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class AuthorDetailView(ArticleListMixin, ListView):
    template_name = "blog/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(
            Author.objects.select_related("photo"), slug=self.kwargs["slug"]
        )
        return super().get_queryset().filter(author=self.author)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)


class SearchView(ArticleListMixin, ListView):
    """Search never fails: an empty or oversized query gets a message, not an error."""

    template_name = "blog/search.html"

    def get_queryset(self):
        self.query = self.request.GET.get("q", "").strip()
        self.problem = ""
        if not self.query:
            self.problem = _("Type a word or two to search the articles.")
        elif len(self.query) > selectors.SEARCH_MAX_LENGTH:
            self.problem = _("That search is too long; use at most %(n)d characters.") % {
                "n": selectors.SEARCH_MAX_LENGTH
            }
        if self.problem:
            return selectors.article_list_public().none()
        return selectors.article_search(query=self.query)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            query=self.query[: selectors.SEARCH_MAX_LENGTH], problem=self.problem, **kwargs
        )


class PolicyView(TemplateView):
    """The posted comment policy: the site's text, then one anchored clause per category."""

    template_name = "blog/policy.html"

    def get_context_data(self, **kwargs):
        site = SiteSettings.load_for(self.request)
        clauses = [
            {"anchor": key, "title": title, "text": text}
            for key, (title, text) in POLICY_CLAUSES.items()
        ]
        return super().get_context_data(
            intro=site.comment_policy or DEFAULT_POLICY_INTRO, clauses=clauses, **kwargs
        )


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /moderation/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('blog:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages that name no icon (the admin, feeds)."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


class LoginView(auth_views.LoginView):
    """Django's login page; its context names the current Site `site`, which would hide the
    blog's SiteSettings that every template reads as `site` (and break the page)."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["site"] = SiteSettings.load_for(self.request)
        return context
