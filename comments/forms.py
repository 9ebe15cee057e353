"""Forms readers fill in: post (or reply), edit, report. Crispy forms with Bootstrap 5.

The post form carries two traps for bots: a honeypot field people never see, and a signed
timestamp that refuses forms sent back faster than a person can type.
"""

import time

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Field, Layout
from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from moderation.models import Report

_FILL_SALT = "stoa.comments.fill"
_FILL_MAX_AGE = 2 * 24 * 3600


def fill_token_make(at: float | None = None) -> str:
    return signing.dumps({"t": at if at is not None else time.time()}, salt=_FILL_SALT)


def _fill_started(token: str) -> float | None:
    try:
        data = signing.loads(token, salt=_FILL_SALT, max_age=_FILL_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    value = data.get("t") if isinstance(data, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


def _text_field() -> forms.CharField:
    return forms.CharField(
        label=_("Comment"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=settings.STOA_COMMENT_MAX_LENGTH,
        error_messages={
            "max_length": _(
                "Please keep your comment under %(limit_value)d characters (it has %(show_value)d)."
            ),
            "required": _("Please write a comment."),
        },
        help_text=_("Plain text. Links are allowed; other markup is removed."),
    )


class CommentForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=80)
    email = forms.EmailField(label=_("Email"), help_text=_("Never shown on the site."))
    url = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    text = _text_field()
    notify_replies = forms.BooleanField(label=_("Email me replies"), required=False)
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    started = forms.CharField(widget=forms.HiddenInput, required=False)
    # The honeypot: hidden from people (CSS and aria-hidden), filled by naive bots.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("started", fill_token_make())
        super().__init__(*args, **kwargs)
        self.signed_in = user is not None and user.is_authenticated
        if self.signed_in:
            for name in ("name", "email", "url"):
                del self.fields[name]
        self.fields["text"].widget.attrs["maxlength"] = settings.STOA_COMMENT_MAX_LENGTH
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        visible = [] if self.signed_in else ["name", "email", "url"]
        self.helper.layout = Layout(
            *visible,
            Field("text"),
            "notify_replies",
            "parent",
            "started",
            Div(
                "homepage", css_class="stoa-hp visually-hidden", aria_hidden="true", hidden="hidden"
            ),
        )

    def clean(self) -> dict:
        # Errors go to the whole form: crispy does not show errors of hidden fields.
        data = super().clean()
        if self.data.get("homepage"):
            raise forms.ValidationError(_("Your comment looks automated and was not accepted."))
        started = _fill_started(self.data.get("started", ""))
        if started is None:
            raise forms.ValidationError(
                _("This form has expired. Please copy your comment and post it again.")
            )
        if time.time() - started < settings.STOA_COMMENT_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was quicker than anyone can type. Please wait a moment and post again.")
            )
        return data


class CommentEditForm(forms.Form):
    text = _text_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything moderators should know (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
