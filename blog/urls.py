"""URLs of the blog (namespace `blog`)."""

from django.urls import path

from blog import views

app_name = "blog"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "<int:year>/<int:month>/<int:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="article-detail",
    ),
    path("author/<slug:slug>/", views.HomeView.as_view(), name="author-detail"),
    path("tag/<slug:slug>/", views.HomeView.as_view(), name="tag-detail"),
]
