"""System checks for the policy engine: `manage.py check` fails on a duplicate rule id, a
category with no rule, or a lexicon that does not load. Registered in ModerationConfig.ready().
"""

from django.core import checks


@checks.register("moderation")
def policy_engine_check(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    from moderation.policy.lexicon import LexiconError, load
    from moderation.policy.rules import all_rules, registry_problems

    errors: list[checks.CheckMessage] = []
    try:
        load()
    except LexiconError as exc:
        errors.append(checks.Error(f"Policy lexicon does not load: {exc}", id="moderation.E001"))
    except Exception as exc:
        errors.append(checks.Error(f"Policy lexicon does not load: {exc}", id="moderation.E001"))
    if errors:
        # The rules are ordered after the lexicon has loaded (their needle index shares its
        # rows'): in a fresh process `all_rules` would raise the same error again.
        return errors
    for problem in registry_problems(all_rules()):
        errors.append(checks.Error(f"Policy rule registry: {problem}", id="moderation.E002"))
    return errors
