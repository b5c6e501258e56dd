"""`python -m sitegen build|serve|verify-corpus|verify-links`: the one docs command line."""

import sys

from .build import main

sys.exit(main())
