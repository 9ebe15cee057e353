"""Forms of the moderation pages; the services do the work, the forms only check the input."""

from django import forms
from django.utils.translation import gettext_lazy as _

from comments.models import Comment
from moderation.models import ModeratorPreference, PolicySettings
from moderation.selectors.queue import REASONS
from moderation.services.decisions import ACTION_TARGET, CLAUSES

CLAUSE_CHOICES = [("", _("— clause —"))] + [(c, c) for c in CLAUSES]
CATEGORY_CHOICES = [("", _("Any category"))] + [(c, c) for c in CLAUSES]
REASON_CHOICES = [("", _("Any reason")), *REASONS.items()]


class QueueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    category = forms.ChoiceField(choices=CATEGORY_CHOICES, required=False)
    reason = forms.ChoiceField(choices=REASON_CHOICES, required=False)
    article = forms.IntegerField(label=_("Article id"), required=False, min_value=1)
    author = forms.CharField(label=_("Author name or email"), required=False, max_length=200)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput({"type": "date"})
    )
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput({"type": "date"}))


class DecideForm(forms.Form):
    action = forms.ChoiceField(choices=[(a, a) for a in ACTION_TARGET])
    expected_status = forms.ChoiceField(choices=Comment.Status.choices)
    clause = forms.ChoiceField(choices=CLAUSE_CHOICES, required=False)
    note = forms.CharField(
        label=_("Note to the author (optional)"), required=False, widget=forms.Textarea({"rows": 2})
    )
    text = forms.CharField(
        label=_("Edited text"), required=False, max_length=10000, widget=forms.Textarea({"rows": 5})
    )


class BulkForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("reject", _("Reject"))])
    clause = forms.ChoiceField(choices=CLAUSE_CHOICES, required=False)

    def clean(self):
        data = super().clean()
        if data.get("action") == "reject" and not data.get("clause"):
            self.add_error("clause", _("Choose the policy clause for the rejection."))
        return data


class BanForm(forms.Form):
    reason = forms.CharField(max_length=2000, widget=forms.Textarea({"rows": 2}))
    days = forms.IntegerField(
        label=_("Days (empty: for good)"), required=False, min_value=1, max_value=3650
    )
    ban_email = forms.BooleanField(label=_("Ban the email"), required=False, initial=True)
    ban_ip = forms.BooleanField(label=_("Ban the IP hash"), required=False, initial=True)


class TrustForm(forms.Form):
    note = forms.CharField(required=False, max_length=1000)


class AppealForm(forms.Form):
    message = forms.CharField(
        label=_("Why should the decision change?"),
        max_length=3000,
        widget=forms.Textarea({"rows": 6}),
    )


class AppealDecideForm(forms.Form):
    outcome = forms.ChoiceField(choices=[("uphold", _("Uphold")), ("deny", _("Deny"))])
    note = forms.CharField(required=False, max_length=2000, widget=forms.Textarea({"rows": 2}))


class LibelComplaintForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    contact = forms.CharField(label=_("How we can reach you (email or phone)"), max_length=200)
    comment = forms.CharField(label=_("Which comment (its link, or its number)"), max_length=300)
    untrue_statement = forms.CharField(
        label=_("What the comment says about you that is untrue"),
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 4}),
    )
    why_untrue = forms.CharField(
        label=_("Why it is untrue"),
        required=False,
        max_length=5000,
        widget=forms.Textarea({"rows": 4}),
    )

    def clean_comment(self):
        from moderation.services.libel import libel_comment_find

        reference = self.cleaned_data["comment"]
        comment = libel_comment_find(reference)
        if comment is None:
            raise forms.ValidationError(
                _("We could not find a visible comment from that link or number.")
            )
        self.comment_obj = comment
        return reference


class LibelStepForm(forms.Form):
    step = forms.ChoiceField(
        choices=[("notify", _("Notify the poster")), ("keep", _("Keep")), ("remove", _("Remove"))]
    )
    complaint = forms.IntegerField(min_value=1)
    poster_response = forms.CharField(
        required=False, max_length=5000, widget=forms.Textarea({"rows": 3})
    )
    note = forms.CharField(required=False, max_length=2000)


class PolicySettingsForm(forms.ModelForm):
    """The tunable policy; thresholds are one hold and one reject field per category."""

    class Meta:
        model = PolicySettings
        fields = [
            "extra_blocked_terms",
            "extra_allowed_terms",
            "links_to_hold",
            "profanity_excessive",
            "trust_threshold",
            "report_threshold",
            "note",
        ]
        widgets = {
            "extra_blocked_terms": forms.Textarea({"rows": 3}),
            "extra_allowed_terms": forms.Textarea({"rows": 3}),
            "note": forms.Textarea({"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        thresholds = (self.instance.thresholds or {}) if self.instance else {}
        for category in CLAUSES:
            for level in ("hold", "reject"):
                self.fields[f"{category}_{level}"] = forms.FloatField(
                    label=f"{category}: {level} at score",
                    required=False,
                    min_value=0.0,
                    max_value=1.0,
                    initial=thresholds.get(category, {}).get(level),
                )

    def clean(self):
        data = super().clean()
        for category in CLAUSES:
            hold, reject = data.get(f"{category}_hold"), data.get(f"{category}_reject")
            if hold is not None and reject is not None and hold > reject:
                self.add_error(
                    f"{category}_hold", _("The hold score must not be above the reject score.")
                )
        return data

    def policy_values(self) -> dict:
        data = self.cleaned_data
        thresholds: dict[str, dict[str, float]] = {}
        for category in CLAUSES:
            for level in ("hold", "reject"):
                value = data.get(f"{category}_{level}")
                if value is not None:
                    thresholds.setdefault(category, {})[level] = value
        values = {name: data[name] for name in self.Meta.fields}
        values["thresholds"] = thresholds
        return values


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = ModeratorPreference
        fields = ["mode"]
        widgets = {"mode": forms.RadioSelect}
