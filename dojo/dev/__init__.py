"""Tools for the people who maintain the katas: the contract check and mutation testing (`dojo dev`)."""
