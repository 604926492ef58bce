"""Misconception: stacked decorators are applied from the top down, so the bottom one's wrapper runs first.

checklist: none
"""

stacked_decorators.prediction = "make outer\napply outer\nmake inner\napply inner\nenter inner\nenter outer\nhello"
