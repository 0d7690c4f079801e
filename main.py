"""Start Autoencoder Studio: ``python main.py``."""

import sys

from gui.app import main

if __name__ == "__main__":
    sys.exit(main())
