"""Misconception: sys.path[0] is always the current working directory.

For a script run by its path it is the script's own folder.

checklist: imports_modules.imports_execute
"""

# The contract test appends this to solutions/14_imports_modules/imports_predictions.py: the reference answers, with the wrong belief's instead.
where_sys_path_starts.prediction = "True False\nTrue False"
