"""Misconception: sys.exit at module level is how a script ends; importers will cope.

Importing the module now runs the program and raises SystemExit.

checklist: imports_modules.imports_execute
"""


sys.exit(main(sys.argv[1:]))
