"""URLs of the blog (namespace `blog`)."""

from django.contrib.sitemaps.views import sitemap
from django.urls import path

from blog import feeds, views
from blog.sitemaps import SITEMAPS

app_name = "blog"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "<int:year>/<int:month>/<int:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="article-detail",
    ),
    path("<int:year>/", views.ArticleYearArchiveView.as_view(), name="archive-year"),
    path("<int:year>/<int:month>/", views.ArticleMonthArchiveView.as_view(), name="archive-month"),
    path("preview/<int:pk>/", views.ArticlePreviewView.as_view(), name="article-preview"),
    path("author/<slug:slug>/", views.AuthorDetailView.as_view(), name="author-detail"),
    path("tag/<slug:slug>/", views.TagDetailView.as_view(), name="tag-detail"),
    path("tag/<slug:slug>/feed/", feeds.TagRssFeed(), name="tag-feed-rss"),
    path("tag/<slug:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag-feed-atom"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("policy/", views.PolicyView.as_view(), name="policy"),
    path("feed/", feeds.LatestRssFeed(), name="feed-rss"),
    path("feed/atom/", feeds.LatestAtomFeed(), name="feed-atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon, name="favicon"),
]
