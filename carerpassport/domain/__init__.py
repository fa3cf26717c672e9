"""The passport domain: model, template, canonical JSON, diff, review schedule. Pure Python."""
