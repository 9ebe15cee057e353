"""Background work of moderation (Django Tasks): sending mail. Callers enqueue on commit."""

from django.core.mail import EmailMultiAlternatives
from django.tasks import task


@task
def email_send(*, subject: str, to: list[str], text: str, html: str = "") -> int:
    """Send one text-plus-HTML message to each recipient separately (no shared To: line)."""
    sent = 0
    for address in to:
        message = EmailMultiAlternatives(subject=subject, body=text, to=[address])
        if html:
            message.attach_alternative(html, "text/html")
        sent += message.send()
    return sent
