"""Errors about files that cross the machine's edge. Each has a sentence a user can act on."""

from carerpassport.domain.errors import PassportError


class ExchangeError(PassportError):
    """A file could not be exported, verified or imported."""


class NotAPassportFileError(ExchangeError):
    """The file is not a passport PDF or bundle (wrong type, truncated, huge)."""


class TamperedDocumentError(ExchangeError):
    """The file was changed after it was signed."""


class ChangedAfterCountersignError(TamperedDocumentError):
    """Something was added to the file after the manager signed it."""


class NotOurSignatureError(ExchangeError):
    """The signature was made by another vault's key."""


class RollbackError(ExchangeError):
    """The file is older than what this vault already recorded."""


class UntrustedSignerError(ExchangeError):
    """A signer whose certificate is not pinned, or differs from the pinned one."""


class DecisionNeededError(ExchangeError):
    """A countersigned copy can be recorded only after the employee decides (to trust a new manager
    certificate, to accept a copy signed in another PDF reader); the sentence says what to check and how
    to give that decision. Nothing was imported."""


class ContactNameTakenError(UntrustedSignerError):
    """A new identity card uses the name of someone already trusted, with another certificate."""


class AmbiguousRecipientError(ExchangeError):
    """A name given as a recipient matches more than one trusted person (or a file and a person)."""


class OwnKeyCountersignError(UntrustedSignerError):
    """A "countersignature" made with the vault's own key: the employee cannot agree with themselves."""
