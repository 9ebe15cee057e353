"""Training of the hate/profanity model (numpy, scipy, scikit-learn); never imported by the web.

Entry point: `python manage.py train_policy_model`. The trained artifact is scored in plain Python
by moderation.policy.model.
"""
