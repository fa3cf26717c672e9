"""What every use-case area works on: the open vault, the keyring, the clock and the passport's template.

One :class:`Context` is made per open vault and handed to each area (see :mod:`carerpassport.usecases`),
so that an area never reaches another area for the vault, today's date or the template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from carerpassport.domain.template import Template, parse_template
from carerpassport.exchange.identity import Identity
from carerpassport.resource_files import load_default_template
from carerpassport.vault.keyring_store import KeyringStore
from carerpassport.vault.repository import Repository
from carerpassport.vault.store import Vault
from carerpassport.vault.templates_table import TemplateTable


class Context:
    """One open vault, the OS keyring (None when left out), the clock, and the template (read once, lazily)."""

    def __init__(self, vault: Vault, keyring: KeyringStore | None, clock: Callable[[], dt.datetime] | None = None):
        self.vault = vault
        self.keyring = keyring
        self._template: Template | None = None
        self.clock = clock or vault.repo.clock

    @property
    def clock(self) -> Callable[[], dt.datetime]:
        return self._clock

    @clock.setter
    def clock(self, clock: Callable[[], dt.datetime]) -> None:
        self._clock = clock
        self.vault.repo.clock = clock  # what the vault stores (revisions, events, pins, shares) is stamped by it

    @property
    def repo(self) -> Repository:
        return self.vault.repo

    @property
    def data_dir(self) -> Path:
        return self.vault.paths.root

    def now(self) -> dt.datetime:
        """The clock's time (aware, UTC unless a test pinned another zone)."""
        return self.clock()

    def today(self) -> dt.date:
        """Today in the user's local time zone: the date a person means by "today"."""
        return self.clock().astimezone().date()

    @property
    def template(self) -> Template:
        """The template in use: the employer's version the vault points at (``templates`` table), else a
        template stored at creation, else the default; parsed on first use. Its ``former_labels`` name the
        questions earlier templates in this vault asked that this one does not."""
        if self._template is None:
            self._template = self._load_template()
        return self._template

    def forget_template(self) -> None:
        """Read the template again on next use (a new one was imported, or an import was rolled back)."""
        self._template = None

    def _load_template(self) -> Template:
        table = TemplateTable(self.repo)
        current = table.current()
        legacy = self.repo.get_meta("template_json")
        if current is None:
            return parse_template(legacy, "the vault's template") if legacy else load_default_template()
        template = parse_template(current.content, f"the vault's template {current.id!r} version {current.version}")
        # Every template this vault used before, oldest first, so the newest label of a dropped question wins.
        earlier = [load_default_template()] + ([parse_template(legacy, "the vault's template")] if legacy else [])
        earlier += [parse_template(row.content, f"the vault's template {row.id!r} version {row.version}")
                    for row in table.all() if (row.id, row.version) != (current.id, current.version)]
        labels = {f.id: f.label for t in earlier for f in t.employee_fields()}
        return template.with_former_labels(labels)

    def identity(self) -> Identity:
        """This vault's signing and encryption identity."""
        stored = self.repo.identity()
        return Identity(stored.name, stored.cert_pem, stored.key_pem, stored.age_secret)


class Area:
    """The base of every use-case area: the context, and short names for what method bodies use of it
    (``self.repo``, ``self.today()``, ``self.template``...). It holds no use case; areas never inherit
    from each other, and reach other areas only through the references they are constructed with."""

    def __init__(self, ctx: Context):
        self.ctx = ctx

    @property
    def vault(self) -> Vault:
        return self.ctx.vault

    @property
    def keyring(self) -> KeyringStore | None:
        return self.ctx.keyring

    @property
    def repo(self) -> Repository:
        return self.ctx.repo

    @property
    def template(self) -> Template:
        return self.ctx.template

    def clock(self) -> dt.datetime:
        return self.ctx.clock()

    def today(self) -> dt.date:
        return self.ctx.today()

    def identity(self) -> Identity:
        return self.ctx.identity()
