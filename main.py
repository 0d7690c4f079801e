"""Start Autoencoder Studio: ``python main.py [--verbose] [--help]``."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
