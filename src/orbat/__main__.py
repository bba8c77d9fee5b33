"""`python -m orbat` runs the command line."""
import sys

from orbat.cli import main

sys.exit(main())
