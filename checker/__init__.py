"""Pure-Python deadline and responsibility checker for Party coordination regulations."""
