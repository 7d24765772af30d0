"""Rule families, one module each. Every rule is ``fn(state) -> None`` and only labels."""
