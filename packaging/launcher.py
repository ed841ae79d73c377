"""Entry script of the frozen application (PyInstaller needs a script, not a module).

It does what the ``journeydesigner`` console script does: the command line,
which opens the window when no command is given.
"""

import sys

from journeydesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
