"""URLs of reader comments (namespace `comments`)."""

from django.urls import path

from comments import feeds, views

app_name = "comments"

urlpatterns = [
    path("post/<int:article_pk>/", views.comment_post, name="post"),
    path("<int:pk>/delete/", views.comment_delete_view, name="delete"),
    path("<int:pk>/edit/", views.comment_edit_view, name="edit"),
    path("<int:pk>/report/", views.comment_report_view, name="report"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
    path("feed/", feeds.LatestCommentsFeed(), name="feed"),
    path("feed/article/<int:article_pk>/", feeds.ArticleCommentsFeed(), name="article-feed"),
]
