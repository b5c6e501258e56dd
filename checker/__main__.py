"""`python -m checker`: see checker/cli.py."""

import sys

from .cli import main

sys.exit(main())
