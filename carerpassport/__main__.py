"""``python -m carerpassport``: the command line (never loads Qt)."""

import sys

from carerpassport.cli import main

sys.exit(main())
