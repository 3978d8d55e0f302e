"""`python -m thanknote` runs the command-line tool."""

import sys

from thanknote.cli import main

sys.exit(main())
