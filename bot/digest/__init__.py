"""Weekly digests: compose from usage statistics, post exactly once per subscription per ISO week."""
