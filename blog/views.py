"""Read pages of the blog: generic views over Article.objects.published()."""

from django.views.generic import DetailView, ListView

from blog.models import Article


class HomeView(ListView):
    template_name = "blog/article_list.html"
    paginate_by = 10

    def get_queryset(self):
        return Article.objects.published().select_related("author", "featured_image")


class ArticleDetailView(DetailView):
    template_name = "blog/article_detail.html"

    def get_queryset(self):
        return Article.objects.published().select_related("author", "featured_image")
