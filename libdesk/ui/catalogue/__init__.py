"""Tools → Import the library catalogue…: the local catalogue scans fill lines from."""
