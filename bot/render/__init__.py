"""Pure renderers: Assessment / Digest → Block Kit, Adaptive Card, terminal text, HTML."""
