"""The concurrent package (Interlock): holds concurrent.futures."""
