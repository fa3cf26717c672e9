"""Launch the Carer's Passport desktop app."""

import sys

from carerpassport.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
