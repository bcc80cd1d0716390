"""``python -m consumer`` is the same as the ``quote-consumer`` console script."""

from consumer.cli import main

raise SystemExit(main())
