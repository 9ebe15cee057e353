"""System checks for the policy engine: `manage.py check` fails on a duplicate rule id, a
category with no rule, or a lexicon that does not load. Registered in ModerationConfig.ready().
"""

from django.core import checks


@checks.register("moderation")
def policy_engine_check(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    from moderation.policy.lexicon import load
    from moderation.policy.rules import all_rules, registry_problems

    try:
        load()
    except Exception as exc:  # a LexiconError, or any other failure reading the files
        # The rules are ordered only once the lexicon has loaded (their needle index shares its
        # rows'): in a fresh process `all_rules` would raise the same error again.
        return [checks.Error(f"Policy lexicon does not load: {exc}", id="moderation.E001")]
    return [
        checks.Error(f"Policy rule registry: {problem}", id="moderation.E002")
        for problem in registry_problems(all_rules())
    ]
