"""Build the demo blog: settings, accounts, authors, tags, articles with pictures. Idempotent.

Everything is created only when missing, so a second run changes nothing.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from blog.demo import content
from blog.demo.pictures import demo_picture
from blog.images import image_create
from blog.models import Article, Author, SiteSettings, Tag


class Command(BaseCommand):
    help = "Load the demo blog (idempotent) and print the demo accounts."

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            created = self._site() + self._accounts() + self._authors() + self._tags()
            created += self._articles()
        # Hook for the comments app: it may add demo comments with its own command.
        if "load_demo_comments" in get_commands():
            call_command("load_demo_comments", verbosity=options.get("verbosity", 1))
        self.stdout.write(
            self.style.SUCCESS(f"Demo blog ready ({created} new object(s)).")
            if created
            else "Demo blog already loaded; nothing changed."
        )
        self.stdout.write("Demo accounts (demo-only passwords; change them for any real use):")
        for username, password, group, _staff, superuser in content.ACCOUNTS:
            role = "superuser" if superuser else group
            self.stdout.write(f"  {username:<10} {password:<22} {role}")
        for author in content.AUTHORS:
            self.stdout.write(
                f"  {author['username']:<10} {content.AUTHOR_PASSWORD:<22} Editors (author)"
            )

    def _site(self) -> int:
        site = SiteSettings.load()
        if site.comment_policy:
            return 0
        site.blog_name = content.BLOG_NAME
        site.tagline = content.TAGLINE
        site.copyright_line = content.COPYRIGHT
        site.default_disclaimer = content.DISCLAIMER
        site.comment_policy = content.COMMENT_POLICY
        site.save()
        return 1

    def _user(
        self, username: str, password: str, group: str | None, staff: bool, superuser: bool
    ) -> int:
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            return 0
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.com",
            password=password,
            is_staff=staff,
            is_superuser=superuser,
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return 1

    def _accounts(self) -> int:
        return sum(self._user(*account) for account in content.ACCOUNTS)

    def _authors(self) -> int:
        created = 0
        for spec in content.AUTHORS:
            created += self._user(spec["username"], content.AUTHOR_PASSWORD, "Editors", True, False)
            _author, new = Author.objects.get_or_create(
                slug=spec["slug"],
                defaults={
                    "user": get_user_model().objects.get(username=spec["username"]),
                    "display_name": spec["display_name"],
                    "bio": spec["bio"],
                },
            )
            created += new
        return created

    def _tags(self) -> int:
        return sum(
            Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[1]
            for name in content.TAGS
        )

    def _articles(self) -> int:
        created = 0
        now = timezone.now().replace(second=0, microsecond=0)
        for spec in content.ARTICLES:
            if Article.objects.filter(slug=spec["slug"]).exists():
                continue
            image = None
            if spec["image"]:
                picture = spec["image"]
                image = image_create(
                    upload=demo_picture(seed=spec["slug"], palette=picture["palette"]),
                    alt_text=picture["alt"],
                    caption=picture["caption"],
                    credit=picture["credit"],
                )
            article = Article.objects.create(
                title=spec["title"],
                slug=spec["slug"],
                author=Author.objects.get(slug=spec["author"]),
                summary=spec["summary"],
                body=spec["body"].strip(),
                featured_image=image,
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(days=spec["days_ago"], hours=3),
            )
            article.tags.set(Tag.objects.filter(slug__in=[slugify(t) for t in spec["tags"]]))
            created += 1
        return created
