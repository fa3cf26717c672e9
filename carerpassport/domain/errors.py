"""Errors the domain raises. Each carries a sentence a user can act on."""


class PassportError(Exception):
    """Base for every error the app reports to a user: ``str(error)`` is the sentence to show."""


class ValidationError(PassportError):
    """Input that does not fit the passport or template (a bad date, an unknown field, ...)."""


class TemplateError(PassportError):
    """A passport template that is broken or unreadable."""


class PrivateAnswerError(ValidationError):
    """An export was asked to include answers the employee marked private, without saying so explicitly."""
