"""The encrypted store: SQLCipher database, migrations, revisions and log, key slots and keyring."""
