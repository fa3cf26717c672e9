"""The use cases behind :class:`carerpassport.app.PassportApp`, one class per area.

Every area is constructed with the open vault's :class:`~carerpassport.usecases.context.Context` and with
exactly the other areas it calls, e.g. ``Bundles(ctx, editing=..., pdfs=..., contacts=...,
countersigning=...)``; no area inherits another (they share only the small ``context.Area`` base, which
holds no use case). So an area's dependencies are in its constructor, a call into another area is
``self.pdfs.signed_pdf(...)`` (a public method), and mypy checks each one.

The areas and their modules: ``Editing`` and ``Keys`` (core.py), ``Integrity`` (integrity.py), ``Pdfs``
(pdfs.py), ``Countersigning`` (countersigning.py), ``Contacts`` and ``Bundles`` (bundles.py), ``Backups``
(backups.py), ``Reviews`` and ``Shares`` (reviews.py). ``PassportApp`` holds one of each as an attribute
(``app.editing``, ``app.keys``, ``app.integrity``, ``app.pdfs``, ``app.countersigning``, ``app.contacts``,
``app.bundles``, ``app.backups``, ``app.reviews``, ``app.shares``).
"""
